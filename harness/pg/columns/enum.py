"""PostgreSQL enum types: ``pg_enum("mood", [...])`` declares the type, calling it declares a
column of it.

Separate from the text types because an enum is a schema object of its own (DDL creates and
orders it before the tables, and a schema may own it), while its column is just strings both
ways.
"""

from __future__ import annotations

import enum as py_enum
from typing import Any

from harness.core.column import ColumnKind
from harness.core.errors import SchemaError
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder, _quote


class PgEnum:
    """``pg_enum("roles", [...])``: a named type; call it to get a column builder.  The
    values may also be a Python ``Enum`` class (Drizzle's ``pgEnum("muscle", Muscle)`` with
    a TypeScript enum): its members' values, in order."""

    def __init__(
        self,
        name: str,
        values: list[str] | tuple[str, ...] | type[py_enum.Enum],
        schema: str | None = None,
    ) -> None:
        if isinstance(values, type) and issubclass(values, py_enum.Enum):
            values = [str(member.value) for member in values]
        if isinstance(values, str):
            raise SchemaError(f"pg_enum {name!r}: give a list of values, not one string")
        if not values:
            raise SchemaError(f"pg_enum {name!r}: an enum needs at least one value")
        if len(set(values)) != len(values):
            raise SchemaError(f"pg_enum {name!r}: duplicate values in {list(values)}")
        self.enum_name = name
        self.enum_values = tuple(values)
        self.schema = schema

    def __call__(self, name: str | None = None) -> PgColumnBuilder:
        return _builder(PgEnumColumn, name, enum=self.enum_values, pg_enum=self)

    def __repr__(self) -> str:
        return f"<PgEnum {self.enum_name} {list(self.enum_values)}>"


class PgEnumColumn(PgColumn[str]):
    """A column of a ``pg_enum`` type: strings both ways."""

    data_type = "string"
    kind = ColumnKind.ENUM

    def map_to_driver(self, value: Any) -> Any:
        """A Python ``Enum`` member travels as its value (a TypeScript enum's counterpart:
        ``class Muscle(str, Enum): chest = "chest"``), in scalar and array columns alike."""
        return value.value if isinstance(value, py_enum.Enum) else value

    def sql_type(self) -> str:
        enum: PgEnum = self.config["pg_enum"]
        # drizzle-kit leaves the schema out for "public" (the search path finds it there)
        if enum.schema and enum.schema != "public":
            return f"{_quote(enum.schema)}.{_quote(enum.enum_name)}"
        return _quote(enum.enum_name)


def pg_enum(name: str, values: list[str] | tuple[str, ...] | type[py_enum.Enum]) -> PgEnum:
    """A PostgreSQL enum type in the default schema (``pg_schema(...).enum`` for another)."""
    return PgEnum(name, values)
