"""PostgreSQL's numbers and booleans: the integer types and serials, numeric, real, double
precision, boolean.

One module because they share the questions that matter for numbers: how wide the type is
(``kind`` keeps the width; seeding and DDL defaults depend on it), which Python type comes
back in which Drizzle ``mode``, and how a float is sent so that it compares equal to what
the column stores.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from harness.core.column import Column, ColumnKind, DecimalValue, T, decode_decimal
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder


# -- integers ------------------------------------------------------------------------------
class _PgIntegerType(PgColumn[T]):
    """What the integer types share: ``sql_type()`` is ``type_name``."""

    data_type = "number"
    type_name = "integer"
    kind = ColumnKind.INTEGER

    def sql_type(self) -> str:
        return self.type_name


class PgInteger(_PgIntegerType[int]):
    """``integer`` and the other integer types: Python ints both ways."""

    native_rows = True  # psycopg returns int2/int4/int8 as int

    def map_from_driver(self, value: Any) -> int:
        return int(value) if isinstance(value, (str, float)) else value


class PgSmallInt(PgInteger):
    type_name = "smallint"
    kind = ColumnKind.SMALLINT


class PgBigInt(_PgIntegerType[int | str]):
    """``bigint``: Python ints in modes "number" and "bigint" (Python ints are exact either way,
    unlike JavaScript numbers); ``mode="string"`` returns the digits as ``str``."""

    type_name = "bigint"
    kind = ColumnKind.BIGINT

    def map_from_driver(self, value: Any) -> int | str:
        number = int(value)
        return str(number) if self.config.get("mode") == "string" else number


class PgSerial(PgInteger):
    type_name = "serial"
    kind = ColumnKind.SERIAL


class PgSmallSerial(PgInteger):
    # drizzle-kit quotes the types it does not list as native, smallserial among them; the
    # server still recognises the quoted name as the serial pseudo-type.
    type_name = '"smallserial"'
    kind = ColumnKind.SMALLSERIAL


class PgBigSerial(PgBigInt):
    type_name = "bigserial"
    kind = ColumnKind.BIGSERIAL


BigIntMode = Literal["number", "bigint", "string"]


def integer(name: str | None = None) -> PgColumnBuilder:
    """``integer`` (int4)."""
    return _builder(PgInteger, name)


def smallint(name: str | None = None) -> PgColumnBuilder:
    """``smallint`` (int2)."""
    return _builder(PgSmallInt, name)


def bigint(name: str | None = None, mode: BigIntMode = "number") -> PgColumnBuilder:
    """``bigint`` (int8); Python ints in both Drizzle modes, ``mode="string"`` gives str."""
    return _builder(PgBigInt, name, mode=mode)


def _serial(cls: type[Column[Any]], name: str | None, **config: Any) -> PgColumnBuilder:
    b = _builder(cls, name, **config)
    b.has_default = True  # the sequence fills it; inserts may leave it out
    b.is_not_null = True
    return b


def serial(name: str | None = None) -> PgColumnBuilder:
    """``serial``: integer filled from its own sequence."""
    return _serial(PgSerial, name)


def smallserial(name: str | None = None) -> PgColumnBuilder:
    """``smallserial``."""
    return _serial(PgSmallSerial, name)


def bigserial(name: str | None = None, mode: BigIntMode = "number") -> PgColumnBuilder:
    """``bigserial``; ``mode`` as for :func:`bigint`."""
    return _serial(PgBigSerial, name, mode=mode)


# -- boolean -------------------------------------------------------------------------------
class PgBoolean(PgColumn[bool]):
    """``boolean``: Python bools both ways (also read from the text form ``t``/``f``)."""

    data_type = "boolean"
    kind = ColumnKind.BOOLEAN

    def sql_type(self) -> str:
        return "boolean"

    native_rows = True  # psycopg returns bool; text forms come from JSON and raw SQL

    def map_from_driver(self, value: Any) -> bool:
        if isinstance(value, str):
            return value.strip().lower() in ("t", "true", "1", "y", "yes", "on")
        decoded: bool = value  # psycopg's own bool
        return decoded


def boolean(name: str | None = None) -> PgColumnBuilder:
    """``boolean``."""
    return _builder(PgBoolean, name)


NumericMode = Literal["decimal", "string", "number", "bigint"]


# -- exact and floating point --------------------------------------------------------------
class PgNumeric(PgColumn[DecimalValue]):
    """``numeric(p, s)``: ``Decimal`` by default; ``mode="string"`` the digits as PostgreSQL
    prints them (``"1.50"``, never ``"1.5E-8"``), ``"number"`` float, ``"bigint"`` int."""

    data_type = "decimal"
    kind = ColumnKind.DECIMAL

    def sql_type(self) -> str:
        p, s = self.config.get("precision"), self.config.get("scale")
        if p is not None and s is not None:
            return f"numeric({p}, {s})"
        if p is not None:
            return f"numeric({p})"
        return "numeric"  # drizzle-kit drops a scale given without a precision too

    def map_to_driver(self, value: Any) -> Any:
        # repr() is the shortest text that reads back as the same float: 0.1 -> "0.1", not the
        # 55 digits Decimal(0.1) would store.  Strings go as text; the server parses them.
        if isinstance(value, float):
            return Decimal(repr(value))
        return value

    def map_from_driver(self, value: Any) -> DecimalValue:
        mode = self.config.get("mode", "decimal")
        if mode == "string":
            if isinstance(value, str):
                return value  # already PostgreSQL's own text (relational JSON casts to text)
            return format(value if isinstance(value, Decimal) else Decimal(str(value)), "f")
        return decode_decimal(value, mode)


def numeric(
    name: str | None = None,
    precision: int | None = None,
    scale: int | None = None,
    mode: NumericMode = "decimal",
) -> PgColumnBuilder:
    """``numeric``/``decimal`` with optional precision and scale."""
    return _builder(PgNumeric, name, precision=precision, scale=scale, mode=mode)


decimal = numeric


@lru_cache(maxsize=1)
def _float4_type() -> type[float]:
    """psycopg's ``Float4`` wrapper, imported on first use so the module loads without psycopg."""
    try:
        from psycopg.types.numeric import Float4
    except ImportError:  # pragma: no cover - depends on the install
        return float
    return Float4


class PgReal(PgColumn[float]):
    """``real`` (float4).  Values are sent as float4 so that ``eq(t.r, 1.1)`` compares float4
    with float4: sent as float8, 1.1 would never equal the stored float4 1.1."""

    data_type = "number"
    kind = ColumnKind.FLOAT

    def sql_type(self) -> str:
        return "real"

    def map_to_driver(self, value: Any) -> Any:
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return _float4_type()(value)
        return value

    def map_from_driver(self, value: Any) -> float:
        return float(value)


class PgDouble(PgColumn[float]):
    """``double precision`` (float8): Python floats both ways."""

    data_type = "number"
    kind = ColumnKind.FLOAT

    def sql_type(self) -> str:
        return "double precision"

    def map_from_driver(self, value: Any) -> float:
        return float(value)


def real(name: str | None = None) -> PgColumnBuilder:
    """``real`` (float4, about 6 significant digits)."""
    return _builder(PgReal, name)


def double_precision(name: str | None = None) -> PgColumnBuilder:
    """``double precision`` (float8)."""
    return _builder(PgDouble, name)
