"""``get_table_config`` / ``get_table_columns`` / ``get_view_config``: Drizzle's
``getTableConfig`` family, for code that inspects declarations (admin tooling, test helpers,
custom DDL) without reaching into a table's private attributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.core.column import Column
from harness.core.constraints import Check, ForeignKey, Index, PrimaryKey, UniqueConstraint
from harness.core.table import Table
from harness.core.view import View


@dataclass(frozen=True)
class TableConfig:
    """What a table declares: its columns (in order) and constraints; ``primary_keys`` holds
    the table-level (composite) keys, as Drizzle's ``primaryKeys``."""

    name: str
    schema: str | None
    columns: list[Column[Any]]
    indexes: list[Index] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    primary_keys: list[PrimaryKey] = field(default_factory=list)
    unique_constraints: list[UniqueConstraint] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    #: PostgreSQL: the table's ``pg_policy(...)`` items and whether ``enable_rls()`` was called
    policies: list[Any] = field(default_factory=list)
    enable_rls: bool = False


@dataclass(frozen=True)
class ViewConfig:
    """A view's name, schema, kind, definition (a select builder or ``sql(...)``) and the
    fields it exposes (Drizzle's ``selectedFields``)."""

    name: str
    schema: str | None
    kind: str
    query: Any
    selected_fields: dict[str, Any]


def get_table_config(table: Table) -> TableConfig:
    if not isinstance(table, Table):
        raise TypeError(f"get_table_config() takes a table, got {type(table).__name__}")
    return TableConfig(
        name=table._name,
        schema=table._schema,
        columns=list(table._columns.values()),
        indexes=list(table._indexes),
        foreign_keys=list(table._foreign_keys),
        primary_keys=list(table._primary_keys),
        unique_constraints=list(table._unique_constraints),
        checks=list(table._checks),
        policies=list(getattr(table, "_policies", [])),
        enable_rls=bool(getattr(table, "_rls_enabled", False)),
    )


def get_table_columns(table: Table) -> dict[str, Column[Any]]:
    """The table's columns by key (a copy: changing it does not change the table)."""
    if not isinstance(table, Table):
        raise TypeError(f"get_table_columns() takes a table, got {type(table).__name__}")
    return dict(table._columns)


def get_view_config(view: View) -> ViewConfig:
    if not isinstance(view, View):
        raise TypeError(f"get_view_config() takes a view, got {type(view).__name__}")
    return ViewConfig(
        name=view._name,
        schema=view._schema,
        kind=view._kind,
        query=view._definition,
        selected_fields=dict(view._fields),
    )
