"""PostgreSQL column builders and their value mapping (psycopg 3 on the wire)."""

from __future__ import annotations

import datetime as _dt
import json
import uuid as _uuid
from decimal import Decimal
from typing import Any, Literal

from harness.core.column import Column, ColumnBuilder, Identity, decode_decimal
from harness.core.errors import SchemaError
from harness.sql.chunks import SQL, Raw


class PgColumnBuilder(ColumnBuilder):
    """Adds PostgreSQL-only modifiers: ``.array()``, identity columns."""

    def array(self, size: int | None = None) -> PgColumnBuilder:
        """``<type>[]`` of this builder's type; Python lists both ways."""
        return PgArrayBuilder(self, size)

    def _identity(self, kind: str, options: dict[str, Any]) -> PgColumnBuilder:
        allowed = {"name", "start_with", "increment_by", "min_value", "max_value", "cache", "cycle"}
        unknown = set(options) - allowed
        if unknown:
            raise SchemaError(f"identity options {sorted(unknown)} unknown; use {sorted(allowed)}")
        name = options.pop("name", None)
        self.identity = Identity(kind, sequence_name=name, **options)
        self.is_not_null = True
        self.has_default = True
        return self

    def generated_always_as_identity(self, **options: Any) -> PgColumnBuilder:
        """``generated always as identity`` (sequence options: start_with, increment_by...)."""
        return self._identity("always", options)

    def generated_by_default_as_identity(self, **options: Any) -> PgColumnBuilder:
        return self._identity("byDefault", options)


class _DateTimeBuilder(PgColumnBuilder):
    def default_now(self) -> _DateTimeBuilder:
        """``default now()``."""
        return self.default(SQL([Raw("now()")]))


class PgColumn(Column):
    pass


# -- numbers -------------------------------------------------------------------------------
class _IntBuilder(PgColumnBuilder):
    pass


class PgInteger(PgColumn):
    data_type = "number"
    type_name = "integer"

    def sql_type(self) -> str:
        return self.type_name

    def map_from_driver(self, value: Any) -> Any:
        return int(value) if isinstance(value, str) else value


class PgSmallInt(PgInteger):
    type_name = "smallint"


class PgBigInt(PgInteger):
    type_name = "bigint"

    def map_from_driver(self, value: Any) -> Any:
        value = int(value)
        return str(value) if self.config.get("mode") == "string" else value


class PgSerial(PgInteger):
    type_name = "serial"


class PgSmallSerial(PgInteger):
    type_name = "smallserial"


class PgBigSerial(PgBigInt):
    type_name = "bigserial"


def _int(cls: type[PgColumn], name: str | None, **config: Any) -> PgColumnBuilder:
    b = _IntBuilder(name, **config)
    b.column_class = cls
    return b


def integer(name: str | None = None) -> PgColumnBuilder:
    return _int(PgInteger, name)


def smallint(name: str | None = None) -> PgColumnBuilder:
    return _int(PgSmallInt, name)


def bigint(
    name: str | None = None, mode: Literal["number", "bigint", "string"] = "number"
) -> PgColumnBuilder:
    """Python ints either way; ``mode="string"`` returns str as Drizzle's string mode."""
    return _int(PgBigInt, name, mode=mode)


def _serial(cls: type[PgColumn], name: str | None, **config: Any) -> PgColumnBuilder:
    b = _int(cls, name, **config)
    b.has_default = True
    b.is_not_null = True
    return b


def serial(name: str | None = None) -> PgColumnBuilder:
    return _serial(PgSerial, name)


def smallserial(name: str | None = None) -> PgColumnBuilder:
    return _serial(PgSmallSerial, name)


def bigserial(name: str | None = None, mode: str = "number") -> PgColumnBuilder:
    return _serial(PgBigSerial, name, mode=mode)


class PgBoolean(PgColumn):
    data_type = "boolean"

    def sql_type(self) -> str:
        return "boolean"


def boolean(name: str | None = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name)
    b.column_class = PgBoolean
    return b


class PgNumeric(PgColumn):
    """``numeric(p, s)``; Decimal by default, ``mode="string"|"number"|"bigint"`` otherwise."""

    data_type = "decimal"

    def sql_type(self) -> str:
        p, s = self.config.get("precision"), self.config.get("scale")
        if p is not None and s is not None:
            return f"numeric({p}, {s})"
        if p is not None:
            return f"numeric({p})"
        return "numeric"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, str):
            return Decimal(value)
        return value

    def map_from_driver(self, value: Any) -> Any:
        return decode_decimal(value, self.config.get("mode", "decimal"))


def numeric(
    name: str | None = None,
    precision: int | None = None,
    scale: int | None = None,
    mode: Literal["decimal", "string", "number", "bigint"] = "decimal",
) -> PgColumnBuilder:
    b = PgColumnBuilder(name, precision=precision, scale=scale, mode=mode)
    b.column_class = PgNumeric
    return b


decimal = numeric


class PgReal(PgColumn):
    data_type = "number"

    def sql_type(self) -> str:
        return "real"

    def map_from_driver(self, value: Any) -> Any:
        return float(value)


class PgDouble(PgReal):
    def sql_type(self) -> str:
        return "double precision"


def real(name: str | None = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name)
    b.column_class = PgReal
    return b


def double_precision(name: str | None = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name)
    b.column_class = PgDouble
    return b


# -- strings -------------------------------------------------------------------------------
class PgText(PgColumn):
    data_type = "string"

    def sql_type(self) -> str:
        return "text"


class PgVarchar(PgText):
    def sql_type(self) -> str:
        length = self.config.get("length")
        return "varchar" if length is None else f"varchar({length})"


class PgChar(PgText):
    def sql_type(self) -> str:
        length = self.config.get("length")
        return "char" if length is None else f"char({length})"


def _enum_tuple(enum: Any) -> tuple[str, ...] | None:
    return None if enum is None else tuple(enum)


def text(name: str | None = None, enum: Any = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name, enum=_enum_tuple(enum))
    b.column_class = PgText
    return b


def varchar(
    name: str | None = None, length: int | None = None, enum: Any = None
) -> PgColumnBuilder:
    b = PgColumnBuilder(name, length=length, enum=_enum_tuple(enum))
    b.column_class = PgVarchar
    return b


def char(name: str | None = None, length: int | None = None, enum: Any = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name, length=length, enum=_enum_tuple(enum))
    b.column_class = PgChar
    return b


# -- json ----------------------------------------------------------------------------------
class PgJson(PgColumn):
    data_type = "json"
    type_name = "json"

    def sql_type(self) -> str:
        return self.type_name

    def map_to_driver(self, value: Any) -> Any:
        return json.dumps(value)

    def map_from_driver(self, value: Any) -> Any:
        # psycopg already parses json/jsonb, so a str here is a JSON string scalar: keep it.
        return value


class PgJsonb(PgJson):
    type_name = "jsonb"


def json_(name: str | None = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name)
    b.column_class = PgJson
    return b


def jsonb(name: str | None = None) -> PgColumnBuilder:
    b = PgColumnBuilder(name)
    b.column_class = PgJsonb
    return b


# -- uuid ----------------------------------------------------------------------------------
class _UuidBuilder(PgColumnBuilder):
    def default_random(self) -> _UuidBuilder:
        """``default gen_random_uuid()``."""
        return self.default(SQL([Raw("gen_random_uuid()")]))


class PgUuid(PgColumn):
    data_type = "uuid"

    def sql_type(self) -> str:
        return "uuid"

    def map_to_driver(self, value: Any) -> Any:
        return str(value)

    def map_from_driver(self, value: Any) -> Any:
        return value if isinstance(value, _uuid.UUID) else _uuid.UUID(str(value))


def uuid(name: str | None = None) -> _UuidBuilder:
    b = _UuidBuilder(name)
    b.column_class = PgUuid
    return b


# -- dates and times -----------------------------------------------------------------------
def _precision(config: dict[str, Any]) -> str:
    p = config.get("precision")
    return "" if p is None else f" ({p})"


class PgTimestamp(PgColumn):
    """``timestamp [(p)] [with time zone]``; ``mode="date"`` -> datetime, ``"string"`` -> str.

    Naive datetimes mean UTC for ``with time zone`` columns; aware values written to a plain
    ``timestamp`` column are converted to UTC first.  Values read back are UTC-aware for
    ``with time zone`` columns and naive otherwise.
    """

    data_type = "date"

    def sql_type(self) -> str:
        tz = " with time zone" if self.config.get("with_timezone") else ""
        return f"timestamp{_precision(self.config)}{tz}"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, _dt.datetime):
            if self.config.get("with_timezone"):
                return value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
            if value.tzinfo is not None:
                return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return value

    def map_from_driver(self, value: Any) -> Any:
        if isinstance(value, str):
            value = _dt.datetime.fromisoformat(value)
        if isinstance(value, _dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(_dt.timezone.utc)
        if self.config.get("mode") == "string":
            return value.isoformat(sep=" ")
        return value


class PgDate(PgColumn):
    data_type = "date"

    def sql_type(self) -> str:
        return "date"

    def map_from_driver(self, value: Any) -> Any:
        if isinstance(value, str):
            value = _dt.date.fromisoformat(value)
        return value.isoformat() if self.config.get("mode") == "string" else value


class PgTime(PgColumn):
    data_type = "time"

    def sql_type(self) -> str:
        tz = " with time zone" if self.config.get("with_timezone") else ""
        return f"time{_precision(self.config)}{tz}"

    def map_from_driver(self, value: Any) -> Any:
        return _dt.time.fromisoformat(value) if isinstance(value, str) else value


class PgInterval(PgColumn):
    """``interval [fields] [(p)]``; Python ``timedelta`` both ways."""

    data_type = "interval"

    def sql_type(self) -> str:
        fields = self.config.get("fields")
        return f"interval{' ' + fields if fields else ''}{_precision(self.config)}"


def timestamp(
    name: str | None = None,
    with_timezone: bool = False,
    precision: int | None = None,
    mode: Literal["date", "string"] = "date",
) -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, with_timezone=with_timezone, precision=precision, mode=mode)
    b.column_class = PgTimestamp
    return b


def date(name: str | None = None, mode: Literal["date", "string"] = "date") -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, mode=mode)
    b.column_class = PgDate
    return b


def time(
    name: str | None = None, with_timezone: bool = False, precision: int | None = None
) -> _DateTimeBuilder:
    b = _DateTimeBuilder(name, with_timezone=with_timezone, precision=precision)
    b.column_class = PgTime
    return b


def interval(
    name: str | None = None, fields: str | None = None, precision: int | None = None
) -> PgColumnBuilder:
    b = PgColumnBuilder(name, fields=fields, precision=precision)
    b.column_class = PgInterval
    return b


# -- geometry and network ------------------------------------------------------------------
def _numbers(text: str) -> list[float]:
    return [float(x) for x in text.strip("(){}[]").replace("(", "").replace(")", "").split(",")]


class PgPoint(PgColumn):
    """``point``: ``(x, y)`` tuples (``mode="tuple"``) or ``{"x":..,"y":..}`` (``mode="xy"``)."""

    data_type = "point"

    def sql_type(self) -> str:
        return "point"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, dict):
            return f"({value['x']},{value['y']})"
        x, y = value
        return f"({x},{y})"

    def map_from_driver(self, value: Any) -> Any:
        x, y = _numbers(value) if isinstance(value, str) else value
        return {"x": x, "y": y} if self.config.get("mode") == "xy" else (x, y)


class PgLine(PgColumn):
    """``line``: ``(a, b, c)`` of ``ax + by + c = 0`` (``mode="tuple"``) or ``{"a","b","c"}``."""

    data_type = "line"

    def sql_type(self) -> str:
        return "line"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, dict):
            return f"{{{value['a']},{value['b']},{value['c']}}}"
        a, b, c = value
        return f"{{{a},{b},{c}}}"

    def map_from_driver(self, value: Any) -> Any:
        a, b, c = _numbers(value) if isinstance(value, str) else value
        return {"a": a, "b": b, "c": c} if self.config.get("mode") == "abc" else (a, b, c)


def point(name: str | None = None, mode: Literal["tuple", "xy"] = "tuple") -> PgColumnBuilder:
    b = PgColumnBuilder(name, mode=mode)
    b.column_class = PgPoint
    return b


def line(name: str | None = None, mode: Literal["tuple", "abc"] = "tuple") -> PgColumnBuilder:
    b = PgColumnBuilder(name, mode=mode)
    b.column_class = PgLine
    return b


class PgNetwork(PgColumn):
    """inet / cidr / macaddr / macaddr8 as strings (as Drizzle returns them)."""

    data_type = "string"

    def sql_type(self) -> str:
        return str(self.config["type"])

    def map_to_driver(self, value: Any) -> Any:
        return str(value)

    def map_from_driver(self, value: Any) -> Any:
        return str(value)


def _network(kind: str, name: str | None) -> PgColumnBuilder:
    b = PgColumnBuilder(name, type=kind)
    b.column_class = PgNetwork
    return b


def inet(name: str | None = None) -> PgColumnBuilder:
    return _network("inet", name)


def cidr(name: str | None = None) -> PgColumnBuilder:
    return _network("cidr", name)


def macaddr(name: str | None = None) -> PgColumnBuilder:
    return _network("macaddr", name)


def macaddr8(name: str | None = None) -> PgColumnBuilder:
    return _network("macaddr8", name)


# -- enums ---------------------------------------------------------------------------------
class PgEnum:
    """``pg_enum("roles", [...])``: a named type; call it to get a column builder."""

    def __init__(
        self, name: str, values: list[str] | tuple[str, ...], schema: str | None = None
    ) -> None:
        if not values:
            raise SchemaError(f"pg_enum {name!r}: an enum needs at least one value")
        if len(set(values)) != len(values):
            raise SchemaError(f"pg_enum {name!r}: duplicate values in {list(values)}")
        self.enum_name = name
        self.enum_values = tuple(values)
        self.schema = schema

    def __call__(self, name: str | None = None) -> PgColumnBuilder:
        b = PgColumnBuilder(name, enum=self.enum_values, pg_enum=self)
        b.column_class = PgEnumColumn
        return b

    def __repr__(self) -> str:
        return f"<PgEnum {self.enum_name} {list(self.enum_values)}>"


class PgEnumColumn(PgColumn):
    data_type = "string"

    def sql_type(self) -> str:
        enum: PgEnum = self.config["pg_enum"]
        quoted = f'"{enum.enum_name}"'
        return f'"{enum.schema}".{quoted}' if enum.schema else quoted


def pg_enum(name: str, values: list[str] | tuple[str, ...]) -> PgEnum:
    return PgEnum(name, values)


# -- arrays --------------------------------------------------------------------------------
def _array_literal(value: Any, element: Column) -> str:
    """PostgreSQL array text (``{"a","b"}``), every element quoted and escaped; nested lists
    become nested braces (``integer[][]`` or a multi-dimensional value for ``integer[]``)."""
    parts = []
    for item in value:
        if item is None:
            parts.append("NULL")
        elif isinstance(element, PgArray):
            parts.append(_array_literal(item, element.element))
        elif isinstance(item, (list, tuple)) and not isinstance(element, (PgPoint, PgLine)):
            parts.append(_array_literal(item, element))
        else:
            mapped = element.map_to_driver(item)
            if isinstance(mapped, bool):
                text_value = "true" if mapped else "false"
            else:
                text_value = str(mapped)
            parts.append('"' + text_value.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "{" + ",".join(parts) + "}"


class PgArrayBuilder(PgColumnBuilder):
    def __init__(self, base: PgColumnBuilder, size: int | None) -> None:
        super().__init__(base.name, base=base, size=size)
        self.column_class = PgArray


class PgArray(PgColumn):
    """``<type>[]``: lists both ways (sent as an array literal so any element type resolves)."""

    data_type = "array"

    def __init__(self, table: Any, key: str, builder: ColumnBuilder) -> None:
        super().__init__(table, key, builder)
        base: PgColumnBuilder = self.config["base"]
        self.element = base.build(table, key)

    def sql_type(self) -> str:
        size = self.config.get("size")
        return f"{self.element.sql_type()}[{'' if size is None else size}]"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, str):
            return value
        return _array_literal(value, self.element)

    def map_from_driver(self, value: Any) -> Any:
        if isinstance(value, str):
            value = _parse_array(value)
        return [self._element_from(v) for v in value]

    def _element_from(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, list) and not isinstance(self.element, PgArray):
            return [self._element_from(v) for v in value]  # multi-dimensional value
        return self.element.map_from_driver(value)


def _parse_array(text_value: str) -> list[Any]:
    """Parse PostgreSQL's array text form (used for enum arrays psycopg leaves as text)."""
    pos = 0

    def parse() -> list[Any]:
        nonlocal pos
        assert text_value[pos] == "{"
        pos += 1
        out: list[Any] = []
        while pos < len(text_value):
            ch = text_value[pos]
            if ch == "}":
                pos += 1
                return out
            if ch == ",":
                pos += 1
                continue
            if ch == "{":
                out.append(parse())
            elif ch == '"':
                pos += 1
                buf = []
                while text_value[pos] != '"':
                    if text_value[pos] == "\\":
                        pos += 1
                    buf.append(text_value[pos])
                    pos += 1
                pos += 1
                out.append("".join(buf))
            else:
                end = pos
                while text_value[end] not in ",}":
                    end += 1
                token = text_value[pos:end]
                out.append(None if token == "NULL" else token)
                pos = end
        return out

    return parse()
