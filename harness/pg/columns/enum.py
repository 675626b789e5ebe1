"""PostgreSQL enum types: ``pg_enum("mood", [...])`` declares the type, calling it declares a
column of it.

Separate from the text types because an enum is a schema object of its own (DDL creates and
orders it before the tables, and a schema may own it), while its column is just strings both
ways.
"""

from __future__ import annotations

from harness.core.column import ColumnKind
from harness.core.errors import SchemaError
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder, _quote


class PgEnum:
    """``pg_enum("roles", [...])``: a named type; call it to get a column builder."""

    def __init__(
        self, name: str, values: list[str] | tuple[str, ...], schema: str | None = None
    ) -> None:
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

    def sql_type(self) -> str:
        enum: PgEnum = self.config["pg_enum"]
        # drizzle-kit leaves the schema out for "public" (the search path finds it there)
        if enum.schema and enum.schema != "public":
            return f"{_quote(enum.schema)}.{_quote(enum.enum_name)}"
        return _quote(enum.enum_name)


def pg_enum(name: str, values: list[str] | tuple[str, ...]) -> PgEnum:
    """A PostgreSQL enum type in the default schema (``pg_schema(...).enum`` for another)."""
    return PgEnum(name, values)
