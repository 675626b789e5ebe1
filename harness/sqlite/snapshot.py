"""SQLite declarations as drizzle-kit's snapshot (``meta/NNNN_snapshot.json``, version "6").

``generate`` diffs two of these, and the folder keeps one per migration, so the dict built here
must be exactly what drizzle-kit 0.31 serialises for the equivalent TypeScript schema: the same
keys in the same order (``json.dumps(snapshot, indent=2)`` is compared as text), the same
quirks.  The ones that matter:

* a column's ``unique()``, every unique index and every table-level ``unique()`` constraint all
  land in ``indexes`` (in that order); ``uniqueConstraints`` stays empty for SQLite;
* a one-column ``primary_key(...)`` marks the column instead of ``compositePrimaryKeys``;
* expressions are rendered as drizzle-orm renders them for the kit: index expressions and
  generated columns with bare column names, checks, partial-index conditions and view bodies
  with ``"table"."column"``;
* constraint names are built from the declared (not cased) column names, then each declared
  name is replaced once by its cased form, as the kit does.
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
from harness.sqlite.columns import SQLiteColumn, SQLiteInteger
from harness.sqlite.quoting import SQLiteQuoting
from harness.sqlite.table import SQLiteView

_QUOTING = SQLiteQuoting()

#: the snapshot format version this module writes
VERSION = "6"


def empty_snapshot() -> dict[str, Any]:
    """What drizzle-kit diffs a folder's first migration against (its ``drySQLite``)."""
    return {
        "version": VERSION,
        "dialect": "sqlite",
        "id": "00000000-0000-0000-0000-000000000000",
        "prevId": "",
        "tables": {},
        "views": {},
        "enums": {},
        "_meta": {"tables": {}, "columns": {}},
        "internal": {"indexes": {}},
    }


def snapshot(entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
    """The SQLite tables and views among ``entities`` as a version-6 snapshot; ``id`` and
    ``prevId`` are empty strings for the writer to fill."""
    found = entities_from(list(entities))
    internal: dict[str, Any] = {"indexes": {}}
    tables: dict[str, Any] = {}
    for table in tables_of(found):
        if not all(isinstance(c, SQLiteColumn) for c in table._columns.values()):
            raise TypeError(f"table {table._name!r} is not a SQLite table (sqlite_table)")
        table._check_casing(casing)
        tables[table._name] = _table(table, casing, internal)
    views: dict[str, Any] = {}
    for view in views_of(found):
        if isinstance(view, SQLiteView):
            views[view._name] = _view(view, casing)
    return {
        "version": VERSION,
        "dialect": "sqlite",
        "id": "",
        "prevId": "",
        "tables": tables,
        "views": views,
        "enums": {},
        "_meta": {"schemas": {}, "tables": {}, "columns": {}},
        "internal": internal,
    }


def _table(table: Table, casing: Casing, internal: dict[str, Any]) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    indexes: dict[str, Any] = {}
    for column in table._columns.values():
        entry = column_entry(column, casing)
        columns[entry["name"]] = entry
        if column.is_unique:
            name = column.declared_unique_name or f"{table._original_name}_{column.name}_unique"
            indexes[name] = {"name": name, "columns": [entry["name"]], "isUnique": True}
    foreign_keys: dict[str, Any] = {}
    for fk in table._foreign_keys:
        source, target = fk.columns, fk.foreign_columns
        parts = [table._original_name, *(c.name for c in source)]
        parts += [target[0].table._original_name, *(c.name for c in target), "fk"]
        name = fk.name or "_".join(parts)
        name = _cased_name(name, [*source, *target], casing)
        foreign_keys[name] = {
            "name": name,
            "tableFrom": table._name,
            "tableTo": target[0].table._original_name,
            "columnsFrom": [c.db_name(casing) for c in source],
            "columnsTo": [c.db_name(casing) for c in target],
            "onDelete": fk.on_delete_ or "no action",
            "onUpdate": fk.on_update_ or "no action",
        }
    for idx in table._indexes:
        name = idx.index_name(table, casing)
        names: list[str] = []
        for item in idx.columns:
            target_, _, _ = index_parts(item)
            if isinstance(target_, Column):
                names.append(target_.db_name(casing))
                continue
            expression = render_inline(target_, _QUOTING, casing, bare_columns=True)
            expressions = internal["indexes"].setdefault(name, {"columns": {}})["columns"]
            expressions[expression] = {"isExpression": True}
            names.append(expression)
        entry_: dict[str, Any] = {"name": name, "columns": names, "isUnique": idx.unique}
        if idx.where_ is not None:
            entry_["where"] = render_inline(idx.where_, _QUOTING, casing, bare_columns=False)
        indexes[name] = entry_
    for uc in table._unique_constraints:
        name = uc.name or "_".join([table._original_name, *(c.name for c in uc.columns), "unique"])
        indexes[name] = {
            "name": name,
            "columns": [c.db_name(casing) for c in uc.columns],
            "isUnique": True,
        }
    composite: dict[str, Any] = {}
    for pk in table._primary_keys:
        if len(pk.columns) == 1:
            columns[pk.columns[0].db_name(casing)]["primaryKey"] = True
            continue
        name = pk.name or "_".join([table._original_name, *(c.name for c in pk.columns), "pk"])
        name = _cased_name(name, pk.columns, casing)
        composite[name] = {"columns": [c.db_name(casing) for c in pk.columns], "name": name}
    checks: dict[str, Any] = {}
    for chk in table._checks:
        value = render_inline(chk.condition, _QUOTING, casing, bare_columns=False)
        checks[chk.name] = {"name": chk.name, "value": value}
    return {
        "name": table._name,
        "columns": columns,
        "indexes": indexes,
        "foreignKeys": foreign_keys,
        "compositePrimaryKeys": composite,
        "uniqueConstraints": {},
        "checkConstraints": checks,
    }


def _cased_name(name: str, columns: Sequence[Column], casing: Casing) -> str:
    """drizzle-kit's way of casing a generated constraint name: each declared column name
    replaced (first occurrence) by the column's cased name."""
    if casing is None:
        return name
    for column in columns:
        name = name.replace(column.name, column.db_name(casing), 1)
    return name


def column_entry(column: Column, casing: Casing, name: str | None = None) -> dict[str, Any]:
    """One column as the snapshot records it (keys in drizzle-kit's order)."""
    entry: dict[str, Any] = {
        "name": name if name is not None else column.db_name(casing),
        "type": column.sql_type(),
        "primaryKey": column.primary,
        "notNull": column.not_null,
        "autoincrement": isinstance(column, SQLiteInteger) and column.autoincrement,
    }
    if column.generated is not None:
        expression = _generated(column, casing)
        entry["generated"] = {"as": f"({expression})", "type": column.generated.mode or "virtual"}
    if column.default is not None and column.generated is None:
        entry["default"] = default_value(column, casing)
    return entry


def _generated(column: Column, casing: Casing) -> str:
    assert column.generated is not None
    expression = column.generated.expression
    if callable(expression) and not isinstance(expression, SQL):
        expression = expression()
    if isinstance(expression, SQL):
        # drizzle-orm renders a generated expression like an index's: bare column names
        return render_inline(expression, _QUOTING, casing, bare_columns=True)
    return generated_expression(column, _QUOTING, casing)


def default_value(column: Column, casing: Casing) -> Any:
    """A column default as the snapshot holds it: SQL text for strings, JSON and ``sql(...)``,
    the JSON number or boolean itself for numbers and booleans."""
    value = column.default
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, casing, bare_columns=True)
    if isinstance(value, str):
        return _QUOTING.escape_string(value)
    if isinstance(value, (dict, list)):
        return _QUOTING.escape_string(json.dumps(value, separators=(",", ":"), ensure_ascii=False))
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JavaScript writes 5.0 as 5
    if isinstance(value, (int, float)):
        return value
    mapped = column.map_to_driver(value)
    if isinstance(mapped, (int, float)) and not isinstance(mapped, bool):
        return mapped
    return _QUOTING.escape_string(str(mapped))


def _view(view: SQLiteView, casing: Casing) -> dict[str, Any]:
    definition = view._definition
    fields: dict[str, Any] = view._fields
    if view._columns_decl is None and hasattr(definition, "_selected_fields"):
        fields = definition._selected_fields()
    columns: dict[str, Any] = {}
    for field in fields.values():
        if isinstance(field, SQLiteColumn):
            # drizzle-kit keys a view's columns by the declared name, casing aside
            columns[field.name] = column_entry(field, None, field.name)
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    return {
        "columns": columns,
        "name": view._name,
        "isExisting": False,
        "definition": render_inline(body, _QUOTING, casing, bare_columns=False),
    }


__all__ = ["VERSION", "column_entry", "default_value", "empty_snapshot", "snapshot"]
