"""SQLite column builders: integer/text/blob/numeric/real with Drizzle's modes.

A column's ``kind`` is its SQL type (``integer`` stays INTEGER in boolean or timestamp mode);
the mode changes ``data_type`` and the Python type read back, hence the unions in ``T``.
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from typing import Any, Literal

from harness.core.column import Column, ColumnBuilder, ColumnKind, DecimalValue, T, decode_decimal


class SQLiteColumnBuilder(ColumnBuilder):
    pass


class _IntegerBuilder(SQLiteColumnBuilder):
    def primary_key(self, auto_increment: bool = False) -> _IntegerBuilder:
        """``primary key`` (``autoincrement`` with ``auto_increment=True``)."""
        super().primary_key()
        self.is_autoincrement = auto_increment
        if auto_increment:
            self.is_not_null = True
        return self


class SQLiteColumn(Column[T]):
    """Base of the SQLite columns; ``T`` is the Python type values are read as."""


class SQLiteInteger(SQLiteColumn[int | bool | _dt.datetime]):
    """``integer``: modes number, boolean, timestamp (seconds), timestamp_ms."""

    data_type = "number"
    kind = ColumnKind.INTEGER

    def __init__(self, table: Any, key: str, builder: ColumnBuilder) -> None:
        super().__init__(table, key, builder)
        mode = self.config.get("mode", "number")
        self.data_type = {"boolean": "boolean", "timestamp": "date", "timestamp_ms": "date"}.get(
            mode, "number"
        )

    def sql_type(self) -> str:
        return "integer"

    def map_to_driver(self, value: Any) -> Any:
        mode = self.config.get("mode", "number")
        if mode == "boolean":
            return 1 if value else 0
        if mode in ("timestamp", "timestamp_ms") and isinstance(value, _dt.datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=_dt.timezone.utc)
            seconds = value.timestamp()
            return int(seconds) if mode == "timestamp" else round(seconds * 1000)
        return value

    def map_from_driver(self, value: Any) -> int | bool | _dt.datetime:
        mode = self.config.get("mode", "number")
        if mode == "boolean":
            return bool(value)
        if mode == "timestamp":
            return _dt.datetime.fromtimestamp(int(value), tz=_dt.timezone.utc)
        if mode == "timestamp_ms":
            return _dt.datetime.fromtimestamp(int(value) / 1000, tz=_dt.timezone.utc)
        number: int = value  # sqlite3's own int
        return number


def integer(
    name: str | None = None,
    mode: Literal["number", "boolean", "timestamp", "timestamp_ms"] = "number",
) -> _IntegerBuilder:
    b = _IntegerBuilder(name, mode=mode)
    b.column_class = SQLiteInteger
    return b


int_ = integer


class SQLiteText(SQLiteColumn[Any]):
    """``text`` (``text(n)`` with length); ``mode="json"`` stores JSON text.

    ``T`` is ``Any``: a str, or in json mode any JSON value."""

    data_type = "string"
    kind = ColumnKind.STRING

    def __init__(self, table: Any, key: str, builder: ColumnBuilder) -> None:
        super().__init__(table, key, builder)
        if self.config.get("mode") == "json":
            self.data_type = "json"

    def sql_type(self) -> str:
        length = self.config.get("length")
        return "text" if length is None else f"text({length})"

    def map_to_driver(self, value: Any) -> Any:
        if self.config.get("mode") == "json":
            return json.dumps(value)
        return value

    def map_from_driver(self, value: Any) -> Any:
        if self.config.get("mode") == "json" and isinstance(value, (str, bytes)):
            return json.loads(value)
        return value


def text(
    name: str | None = None,
    mode: Literal["text", "json"] = "text",
    length: int | None = None,
    enum: Any = None,
) -> SQLiteColumnBuilder:
    b = SQLiteColumnBuilder(
        name, mode=mode, length=length, enum=None if enum is None else tuple(enum)
    )
    b.column_class = SQLiteText
    return b


class SQLiteBlob(SQLiteColumn[Any]):
    """``blob``: modes buffer (bytes), json, bigint (int stored as decimal text bytes).

    ``T`` is ``Any``: bytes, an int, or in json mode any JSON value."""

    data_type = "buffer"
    kind = ColumnKind.BINARY

    def __init__(self, table: Any, key: str, builder: ColumnBuilder) -> None:
        super().__init__(table, key, builder)
        self.data_type = {"json": "json", "bigint": "bigint"}.get(
            self.config.get("mode", "buffer"), "buffer"
        )

    def sql_type(self) -> str:
        return "blob"

    def map_to_driver(self, value: Any) -> Any:
        mode = self.config.get("mode", "buffer")
        if mode == "json":
            return json.dumps(value).encode()
        if mode == "bigint":
            return str(value).encode()
        return value

    def map_from_driver(self, value: Any) -> Any:
        mode = self.config.get("mode", "buffer")
        if mode == "json":
            raw_json = bytes(value) if isinstance(value, memoryview) else value
            return json.loads(raw_json.decode() if isinstance(raw_json, bytes) else raw_json)
        if mode == "bigint":
            raw = bytes(value) if isinstance(value, memoryview) else value
            return int(raw.decode() if isinstance(raw, bytes) else raw)
        return bytes(value) if isinstance(value, memoryview) else value


def blob(
    name: str | None = None, mode: Literal["buffer", "json", "bigint"] = "buffer"
) -> SQLiteColumnBuilder:
    b = SQLiteColumnBuilder(name, mode=mode)
    b.column_class = SQLiteBlob
    return b


class SQLiteNumeric(SQLiteColumn[DecimalValue]):
    """``numeric``: Decimal by default (stored as text to keep every digit); modes string,
    number, bigint as Drizzle's."""

    data_type = "decimal"
    kind = ColumnKind.DECIMAL

    def sql_type(self) -> str:
        return "numeric"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return str(value)
        return value

    def map_from_driver(self, value: Any) -> DecimalValue:
        return decode_decimal(value, self.config.get("mode", "decimal"))


def numeric(
    name: str | None = None, mode: Literal["decimal", "string", "number", "bigint"] = "decimal"
) -> SQLiteColumnBuilder:
    b = SQLiteColumnBuilder(name, mode=mode)
    b.column_class = SQLiteNumeric
    return b


class SQLiteReal(SQLiteColumn[float]):
    data_type = "number"
    kind = ColumnKind.FLOAT

    def sql_type(self) -> str:
        return "real"

    def map_from_driver(self, value: Any) -> float:
        return float(value)


def real(name: str | None = None) -> SQLiteColumnBuilder:
    b = SQLiteColumnBuilder(name)
    b.column_class = SQLiteReal
    return b
