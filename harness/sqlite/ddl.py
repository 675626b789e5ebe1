"""SQLite DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

Each table (foreign keys inline) is followed by its indexes; column ``unique()`` becomes a
unique index named ``<table>_<column>_unique``; views come last.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.ddl import (
    Casing,
    entities_from,
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.table import Table
from harness.sql.chunks import SQL
from harness.sqlite.columns import SQLiteColumn
from harness.sqlite.quoting import SQLiteQuoting
from harness.sqlite.table import SQLiteView

_QUOTING = SQLiteQuoting()


def q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def default_sql(column: Column, casing: Casing) -> str:
    value = column.default
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, casing, bare_columns=True)
    if isinstance(value, str):
        return _QUOTING.escape_string(value)
    if isinstance(value, (dict, list)):
        return _QUOTING.escape_string(json.dumps(value, separators=(",", ":")))
    if value is True or value is False:
        return "true" if value else "false"
    mapped = column.map_to_driver(value)
    if isinstance(mapped, (int, float)):
        return str(mapped)
    return _QUOTING.escape_string(str(mapped))


def column_sql(column: Column, casing: Casing) -> str:
    parts = [f"{q(column.db_name(casing))} {column.sql_type()}"]
    if column.primary:
        parts.append(" PRIMARY KEY")
    if column.autoincrement:
        parts.append(" AUTOINCREMENT")
    if column.has_default and column.default is not None and column.generated is None:
        parts.append(f" DEFAULT {default_sql(column, casing)}")
    if column.generated is not None:
        rendered = generated_expression(column, _QUOTING, casing)
        parts.append(
            f" GENERATED ALWAYS AS ({rendered}) {(column.generated.mode or 'virtual').upper()}"
        )
    if column.not_null:
        parts.append(" NOT NULL")
    return "".join(parts)


def create_table(table: Table, casing: Casing) -> str:
    lines = [f"\t{column_sql(c, casing)}" for c in table._columns.values()]
    body = ",\n".join(lines)
    for pk in table._primary_keys[:1]:
        body += ",\n\tPRIMARY KEY(" + ", ".join(q(c.db_name(casing)) for c in pk.columns) + ")"
    for fk in table._foreign_keys:
        cols = ",".join(q(c.db_name(casing)) for c in fk.columns)
        refs = ",".join(q(c.db_name(casing)) for c in fk.foreign_columns)
        body += (
            f",\n\tFOREIGN KEY ({cols}) REFERENCES {q(fk.foreign_table._original_name)}({refs}) "
            f"ON UPDATE {fk.on_update_ or 'no action'} ON DELETE {fk.on_delete_ or 'no action'}"
        )
    for uc in table._unique_constraints:
        cols = "`,`".join(c.db_name(casing) for c in uc.columns)
        body += f",\n\tCONSTRAINT {uc.constraint_name(table, casing)} UNIQUE(`{cols}`)"
    for chk in table._checks:
        expr = render_inline(chk.condition, _QUOTING, casing, bare_columns=False)
        body += f',\n\tCONSTRAINT "{chk.name}" CHECK({expr})'
    return f"CREATE TABLE {q(table._name)} (\n{body}\n);"


def indexes(table: Table, casing: Casing) -> list[str]:
    out = []
    for column in table._columns.values():
        if column.is_unique:
            name = column.unique_name or f"{table._name}_{column.db_name(casing)}_unique"
            out.append(
                f"CREATE UNIQUE INDEX {q(name)} ON {q(table._name)} ({q(column.db_name(casing))});"
            )
    for idx in table._indexes:
        parts = []
        for entry in idx.columns:
            target, _, _ = index_parts(entry)
            if isinstance(target, Column):
                parts.append(q(target.db_name(casing)))
            else:
                parts.append(render_inline(target, _QUOTING, casing, bare_columns=True))
        where = ""
        if idx.where_ is not None:
            where = " WHERE " + render_inline(idx.where_, _QUOTING, casing, bare_columns=False)
        kind = "UNIQUE INDEX" if idx.unique else "INDEX"
        out.append(
            f"CREATE {kind} {q(idx.index_name(table, casing))} ON {q(table._name)} "
            f"({','.join(parts)}){where};"
        )
    return out


def create_view(view: SQLiteView, casing: Casing) -> str:
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    text = render_inline(body, _QUOTING, casing, bare_columns=False)
    return f"CREATE VIEW {q(view._name)} AS {text};"


def create_statements(entities: list[Any], casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty SQLite database."""
    entities = entities_from(entities)
    tables = tables_of(entities)
    for t in tables:
        if not isinstance(next(iter(t._columns.values())), SQLiteColumn):
            raise TypeError(f"table {t._name!r} is not a SQLite table (sqlite_table)")
    out: list[str] = []
    for t in tables:
        out.append(create_table(t, casing))
        out.extend(indexes(t, casing))
    out.extend(create_view(v, casing) for v in views_of(entities) if isinstance(v, SQLiteView))
    return out


class SQLiteDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
