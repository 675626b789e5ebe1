"""MySQL / MariaDB column builders and value mapping (PyMySQL on the wire).

The session runs with ``time_zone = '+00:00'``: datetimes are written and read as UTC; aware
values are converted to UTC, naive values are taken as UTC.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Literal

from harness.core.column import Column, ColumnBuilder, ColumnKind, DecimalValue, T, decode_decimal
from harness.core.errors import SchemaError
from harness.sql.chunks import SQL, Raw


class MySqlColumnBuilder(ColumnBuilder):
    def autoincrement(self) -> MySqlColumnBuilder:
        """``auto_increment``."""
        self.is_autoincrement = True
        self.has_default = True
        return self


class _DateTimeBuilder(MySqlColumnBuilder):
    def default_now(self) -> _DateTimeBuilder:
        """``default (now())``."""
        return self.default(SQL([Raw("(now())")]))

    def on_update_now(self) -> _DateTimeBuilder:
        """``on update current_timestamp`` (timestamp/datetime)."""
        self.config["on_update_now"] = True
        self.has_default = True
        return self


class MySqlColumn(Column[T]):
    """Base of the MySQL columns; ``T`` is the Python type values are read as."""

    type_name = ""

    def sql_type(self) -> str:
        return self.type_name


# -- integers ------------------------------------------------------------------------------
class _MySqlIntegerType(MySqlColumn[T]):
    """What the integer types share: ``type_name`` plus `` unsigned``."""

    data_type = "number"
    type_name = "int"
    kind = ColumnKind.INTEGER

    def sql_type(self) -> str:
        unsigned = " unsigned" if self.config.get("unsigned") else ""
        return f"{self.type_name}{unsigned}"


class MySqlInt(_MySqlIntegerType[int]):
    native_rows = True  # PyMySQL returns integer columns as int

    def map_from_driver(self, value: Any) -> int:
        return int(value)  # only bigint() takes a mode


class MySqlTinyInt(MySqlInt):
    type_name = "tinyint"
    kind = ColumnKind.TINYINT


class MySqlSmallInt(MySqlInt):
    type_name = "smallint"
    kind = ColumnKind.SMALLINT


class MySqlMediumInt(MySqlInt):
    type_name = "mediumint"
    kind = ColumnKind.MEDIUMINT


class MySqlBigInt(_MySqlIntegerType[int | str]):
    """``bigint``: ints, or their digits as ``str`` with ``mode="string"``."""

    type_name = "bigint"
    kind = ColumnKind.BIGINT

    def map_from_driver(self, value: Any) -> int | str:
        number = int(value)
        return str(number) if self.config.get("mode") == "string" else number


class MySqlSerial(MySqlInt):
    type_name = "serial"
    kind = ColumnKind.SERIAL

    def sql_type(self) -> str:
        return "serial"


def _int(cls: type[MySqlColumn[Any]], name: str | None, **config: Any) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name, **config)
    b.column_class = cls
    return b


def int_(name: str | None = None, unsigned: bool = False) -> MySqlColumnBuilder:
    return _int(MySqlInt, name, unsigned=unsigned)


def tinyint(name: str | None = None, unsigned: bool = False) -> MySqlColumnBuilder:
    return _int(MySqlTinyInt, name, unsigned=unsigned)


def smallint(name: str | None = None, unsigned: bool = False) -> MySqlColumnBuilder:
    return _int(MySqlSmallInt, name, unsigned=unsigned)


def mediumint(name: str | None = None, unsigned: bool = False) -> MySqlColumnBuilder:
    return _int(MySqlMediumInt, name, unsigned=unsigned)


def bigint(
    name: str | None = None,
    mode: Literal["number", "bigint", "string"] = "number",
    unsigned: bool = False,
) -> MySqlColumnBuilder:
    return _int(MySqlBigInt, name, mode=mode, unsigned=unsigned)


def serial(name: str | None = None) -> MySqlColumnBuilder:
    """``serial`` = bigint unsigned not null auto_increment unique."""
    b = _int(MySqlSerial, name)
    b.is_not_null = True
    b.has_default = True
    b.is_autoincrement = True
    return b


class MySqlBoolean(MySqlColumn[bool]):
    data_type = "boolean"
    type_name = "boolean"
    kind = ColumnKind.BOOLEAN

    def map_to_driver(self, value: Any) -> bool:
        # a bool, as Drizzle passes it: PyMySQL sends 1/0, inlined SQL reads true/false
        return bool(value)

    def map_from_driver(self, value: Any) -> bool:
        return bool(value)


def boolean(name: str | None = None) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name)
    b.column_class = MySqlBoolean
    return b


# -- decimals and floats ---------------------------------------------------------------------
class MySqlDecimal(MySqlColumn[DecimalValue]):
    data_type = "decimal"
    kind = ColumnKind.DECIMAL

    def sql_type(self) -> str:
        p, s = self.config.get("precision"), self.config.get("scale")
        if p is not None and s is not None:
            return f"decimal({p},{s})"
        if p is not None:
            return f"decimal({p})"
        return "decimal"

    def map_from_driver(self, value: Any) -> DecimalValue:
        return decode_decimal(value, self.config.get("mode", "decimal"))


def decimal(
    name: str | None = None,
    precision: int | None = None,
    scale: int | None = None,
    mode: Literal["decimal", "string", "number", "bigint"] = "decimal",
) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name, precision=precision, scale=scale, mode=mode)
    b.column_class = MySqlDecimal
    return b


class MySqlFloat(MySqlColumn[float]):
    """``float``, ``double`` and ``real`` (a double unless the server runs in REAL_AS_FLOAT)."""

    data_type = "number"
    kind = ColumnKind.FLOAT

    def sql_type(self) -> str:
        p, s = self.config.get("precision"), self.config.get("scale")
        base = str(self.config["type"])
        if p is not None and s is not None:
            return f"{base}({p},{s})"
        if p is not None:
            return f"{base}({p})"
        return base

    def map_from_driver(self, value: Any) -> float:
        return float(value)


def _float(
    kind: str, name: str | None, precision: int | None, scale: int | None
) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name, type=kind, precision=precision, scale=scale)
    b.column_class = MySqlFloat
    return b


def double(
    name: str | None = None, precision: int | None = None, scale: int | None = None
) -> MySqlColumnBuilder:
    return _float("double", name, precision, scale)


def float_(
    name: str | None = None, precision: int | None = None, scale: int | None = None
) -> MySqlColumnBuilder:
    return _float("float", name, precision, scale)


def real(
    name: str | None = None, precision: int | None = None, scale: int | None = None
) -> MySqlColumnBuilder:
    return _float("real", name, precision, scale)


# -- strings ---------------------------------------------------------------------------------
class MySqlString(MySqlColumn[str]):
    """``varchar``, ``char`` and the ``text`` sizes: strings both ways."""

    data_type = "string"
    kind = ColumnKind.STRING

    def sql_type(self) -> str:
        kind = str(self.config["type"])
        length = self.config.get("length")
        return kind if length is None else f"{kind}({length})"


def _string(kind: str, name: str | None, length: int | None, enum: Any) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(
        name, type=kind, length=length, enum=None if enum is None else tuple(enum)
    )
    b.column_class = MySqlString
    return b


def varchar(
    name: str | None = None, length: int | None = None, enum: Any = None
) -> MySqlColumnBuilder:
    """``varchar(n)``; MySQL requires the length."""
    if length is None:
        raise SchemaError(
            f"varchar({name or ''!r}): MySQL needs a length, e.g. varchar(length=256)"
        )
    return _string("varchar", name, length, enum)


def char(
    name: str | None = None, length: int | None = None, enum: Any = None
) -> MySqlColumnBuilder:
    return _string("char", name, length, enum)


def text(name: str | None = None, enum: Any = None) -> MySqlColumnBuilder:
    return _string("text", name, None, enum)


def tinytext(name: str | None = None, enum: Any = None) -> MySqlColumnBuilder:
    return _string("tinytext", name, None, enum)


def mediumtext(name: str | None = None, enum: Any = None) -> MySqlColumnBuilder:
    return _string("mediumtext", name, None, enum)


def longtext(name: str | None = None, enum: Any = None) -> MySqlColumnBuilder:
    return _string("longtext", name, None, enum)


class MySqlEnum(MySqlColumn[str]):
    data_type = "string"
    kind = ColumnKind.ENUM

    def sql_type(self) -> str:
        values = self.enum_values or ()
        return "enum(" + ",".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def mysql_enum(name_or_values: Any = None, values: Any = None) -> MySqlColumnBuilder:
    """``mysql_enum(["a", "b"])`` or ``mysql_enum("col_name", ["a", "b"])``."""
    if values is None and isinstance(name_or_values, (list, tuple)):
        name, values = None, name_or_values
    else:
        name = name_or_values
    if not values:
        raise SchemaError(f"mysql_enum({name or ''!r}): an enum needs at least one value")
    b = MySqlColumnBuilder(name, enum=tuple(values))
    b.column_class = MySqlEnum
    return b


class MySqlBinary(MySqlColumn[bytes]):
    data_type = "buffer"
    kind = ColumnKind.BINARY

    def sql_type(self) -> str:
        kind = str(self.config["type"])
        length = self.config.get("length")
        return kind if length is None else f"{kind}({length})"

    def map_from_driver(self, value: Any) -> bytes:
        return bytes(value)


def binary(name: str | None = None, length: int | None = None) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name, type="binary", length=length)
    b.column_class = MySqlBinary
    return b


def varbinary(name: str | None = None, length: int | None = None) -> MySqlColumnBuilder:
    if length is None:
        raise SchemaError(f"varbinary({name or ''!r}): MySQL needs a length")
    b = MySqlColumnBuilder(name, type="varbinary", length=length)
    b.column_class = MySqlBinary
    return b


# -- json ------------------------------------------------------------------------------------
class MySqlJson(MySqlColumn[Any]):
    data_type = "json"
    type_name = "json"
    kind = ColumnKind.JSON

    def map_to_driver(self, value: Any) -> str:
        # JSON.stringify's text: no spaces after separators, non-ASCII kept as it is
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    def map_from_driver(self, value: Any) -> Any:
        if isinstance(value, (str, bytes)):
            return json.loads(value)
        return value


def json_(name: str | None = None) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name)
    b.column_class = MySqlJson
    return b


# -- dates and times -------------------------------------------------------------------------
def _fsp(config: dict[str, Any]) -> str:
    fsp = config.get("fsp")
    return "" if fsp is None else f"({fsp})"


def _utc_naive(value: Any) -> Any:
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return value


def _datetime_text(moment: _dt.datetime, fsp: int | None) -> str:
    """The text the server sends for a DATETIME/TIMESTAMP (mysql2's string mode): seconds,
    then the fraction with the column's ``fsp`` digits when there is one."""
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"[: (fsp or 6) + 1]
    return text


class MySqlDateTime(MySqlColumn[_dt.datetime | str]):
    """``datetime`` [(fsp)]: naive UTC datetimes (``mode="string"`` -> str)."""

    data_type = "date"
    kind = ColumnKind.DATETIME

    def sql_type(self) -> str:
        return f"{self.config['type']}{_fsp(self.config)}"

    def map_to_driver(self, value: Any) -> Any:
        return _utc_naive(value)

    def map_from_driver(self, value: Any) -> _dt.datetime | str:
        moment: _dt.datetime = (
            _dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        )
        if self.config.get("mode") == "string":
            return _datetime_text(moment, self.config.get("fsp"))
        return moment


class MySqlTimestamp(MySqlDateTime):
    """``timestamp`` [(fsp)]: as ``datetime``, stored as UTC seconds by the server."""

    kind = ColumnKind.TIMESTAMP


def datetime(
    name: str | None = None, fsp: int | None = None, mode: Literal["date", "string"] = "date"
) -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, type="datetime", fsp=fsp, mode=mode)
    b.column_class = MySqlDateTime
    return b


def timestamp(
    name: str | None = None, fsp: int | None = None, mode: Literal["date", "string"] = "date"
) -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, type="timestamp", fsp=fsp, mode=mode)
    b.column_class = MySqlTimestamp
    return b


class MySqlDate(MySqlColumn[_dt.date | str]):
    data_type = "date"
    type_name = "date"
    kind = ColumnKind.DATE

    def map_from_driver(self, value: Any) -> _dt.date | str:
        day: _dt.date = _dt.date.fromisoformat(value) if isinstance(value, str) else value
        return day.isoformat() if self.config.get("mode") == "string" else day


def date(name: str | None = None, mode: Literal["date", "string"] = "date") -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, mode=mode)
    b.column_class = MySqlDate
    return b


class MySqlTime(MySqlColumn[_dt.time]):
    """``time``: ``datetime.time`` both ways (PyMySQL reads TIME as timedelta)."""

    data_type = "time"
    kind = ColumnKind.TIME

    def sql_type(self) -> str:
        return f"time{_fsp(self.config)}"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, _dt.time):
            return value.isoformat()
        return value

    def map_from_driver(self, value: Any) -> _dt.time:
        if isinstance(value, _dt.timedelta):
            total = value.total_seconds()
            hours, rest = divmod(total, 3600)
            minutes, seconds = divmod(rest, 60)
            whole = int(seconds)
            return _dt.time(int(hours), int(minutes), whole, round((seconds - whole) * 1_000_000))
        if isinstance(value, str):
            return _dt.time.fromisoformat(value)
        decoded: _dt.time = value
        return decoded


def time(name: str | None = None, fsp: int | None = None) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name, fsp=fsp)
    b.column_class = MySqlTime
    return b


class MySqlYear(MySqlColumn[int]):
    data_type = "number"
    type_name = "year"
    kind = ColumnKind.YEAR

    def map_from_driver(self, value: Any) -> int:
        return int(value)


def year(name: str | None = None) -> MySqlColumnBuilder:
    b = MySqlColumnBuilder(name)
    b.column_class = MySqlYear
    return b
