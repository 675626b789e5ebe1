"""MySQL declarations as drizzle-kit 1.0's snapshot entities (the ``ddl`` list, version "6").

The list's order is the order drizzle-kit pushes entities into its store: every table, then
every column, then primary keys (table-level ``primaryKey(...)`` ones first, then those
declared on a column), then indexes (a column's ``unique()`` first, then per table its
unique constraints and its indexes), foreign keys, checks, views.  An entity's keys come in
the order its store writes them (the type's fields, ``name``, then whatever was given that
is not a field - ``entityType`` and ``table`` in the order the caller passed them), so
``json.dumps(..., indent=2)`` of the list is drizzle-kit's file byte for byte.

What 1.0 records differently from 0.31 (``harness.mysql.snapshot``):

* a primary key is one ``pks`` entity named ``PRIMARY`` (MySQL's only name for it);
* a unique constraint is an index with ``isUnique``; unnamed, it is ``<columns>_unique``
  (no table prefix);
* a foreign key's generated name ends in ``_fkey`` (hashed past 63 characters);
* defaults are always SQL text (``harness.mysql.v1.defaults``), and the kit's ``casing``
  option is not applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.ddl import (
    entities_from,
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.table import Table
from harness.mysql.columns import MySqlColumn
from harness.mysql.quoting import MySqlQuoting
from harness.mysql.table import MySqlView
from harness.mysql.v1.defaults import default_text
from harness.pg.v1.entities import name_hash

_QUOTING = MySqlQuoting()

#: the snapshot format version drizzle-kit 1.0 writes for MySQL
VERSION = "6"
ZERO_ID = "00000000-0000-0000-0000-000000000000"

Entity = dict[str, Any]


def empty_snapshot() -> dict[str, Any]:
    """drizzle-kit's ``drySnapshot``: what a folder's first migration is diffed against."""
    return {
        "version": VERSION,
        "dialect": "mysql",
        "id": ZERO_ID,
        "prevIds": [],
        "ddl": [],
        "renames": [],
    }


def snapshot(declared: Sequence[Any]) -> dict[str, Any]:
    """The MySQL tables and views among ``declared`` as a 1.0 snapshot (``id`` empty,
    ``prevIds`` an empty list, for the writer to fill)."""
    found = entities_from(list(declared))
    tables = [t for t in tables_of(found) if not t._schema]  # drizzle-kit skips schemas here
    for table in tables:
        if not all(isinstance(c, MySqlColumn) for c in table._columns.values()):
            raise TypeError(f"table {table._name!r} is not a MySQL table (mysql_table)")
    views = [v for v in views_of(found) if isinstance(v, MySqlView)]
    return {
        "version": VERSION,
        "dialect": "mysql",
        "id": "",
        "prevIds": [],
        "ddl": ddl_entities(tables, views),
        "renames": [],
    }


def fk_name(table: str, columns: Sequence[str], table_to: str, columns_to: Sequence[str]) -> str:
    """A foreign key's generated name: ``<table>_<cols>_<tableTo>_<colsTo>_fkey``, hashed
    when longer than 63 characters (keeping the table name when it is short)."""
    desired = f"{table}_{'_'.join(columns)}_{table_to}_{'_'.join(columns_to)}_fkey"
    if len(desired) <= 63:
        return desired
    if len(table) < 45:
        return f"{table}_{name_hash(desired)}_fkey"
    return f"{name_hash(desired)}_fkey"


def unique_name(columns: Sequence[str]) -> str:
    """An unnamed unique constraint's name (drizzle-kit 1.0 leaves the table out)."""
    return f"{'_'.join(columns)}_unique"


def ddl_entities(tables: Sequence[Table], views: Sequence[MySqlView]) -> list[Entity]:
    """The flat entity list, in drizzle-kit 1.0's push order (see the module docstring)."""
    out: list[Entity] = [{"name": t._name, "entityType": "tables"} for t in tables]
    for table in tables:
        out += [column_entity(table, c) for c in table._columns.values()]
    with_pk: set[str] = set()
    for table in tables:
        for pk in table._primary_keys:
            if table._name not in with_pk:
                out.append(_pk(table._name, [c.name for c in pk.columns]))
                with_pk.add(table._name)
    for table in tables:
        for column in table._columns.values():
            if column.primary and table._name not in with_pk:
                out.append(_pk(table._name, [column.name]))
                with_pk.add(table._name)
    for table in tables:
        for column in table._columns.values():
            if column.is_unique:
                declared = column.declared_unique_name
                name = declared or unique_name([column.name])
                entity = _index_fields([_plain(column.name)], True, declared is not None)
                out.append({**entity, "name": name, "table": table._name, "entityType": "indexes"})
    for table in tables:
        for uc in table._unique_constraints:
            names = [c.name for c in uc.columns]
            entity = _index_fields([_plain(n) for n in names], True, uc.name is not None)
            name = uc.name or unique_name(names)
            out.append({**entity, "name": name, "entityType": "indexes", "table": table._name})
        out += [_index(table, idx) for idx in table._indexes]
    for table in tables:
        out += [_fk(table, fk) for fk in table._foreign_keys]
    for table in tables:
        for chk in table._checks:
            value = render_inline(chk.condition, _QUOTING, None, bare_columns=False)
            out.append(
                {"value": value, "name": chk.name, "entityType": "checks", "table": table._name}
            )
    out += [_view(v) for v in views]
    return out


def column_entity(table: Table, column: Column[Any]) -> Entity:
    """One ``columns`` entity."""
    generated: dict[str, Any] | None = None
    if column.generated is not None:
        generated = {
            "as": generated_expression(column, _QUOTING, None),
            "type": "stored" if column.generated.mode == "stored" else "virtual",
        }
    return {
        "type": column.sql_type().replace(", ", ",", 1),
        "notNull": bool(column.not_null),
        "autoIncrement": bool(getattr(column, "autoincrement", False)),
        "default": default_text(column),
        "onUpdateNow": bool(column.config.get("on_update_now")),
        "onUpdateNowFsp": None,
        "charSet": None,
        "collation": None,
        "generated": generated,
        "name": column.name,
        "entityType": "columns",
        "table": table._name,
    }


def _pk(table: str, columns: list[str]) -> Entity:
    return {"columns": columns, "name": "PRIMARY", "table": table, "entityType": "pks"}


def _plain(name: str) -> dict[str, Any]:
    return {"value": name, "isExpression": False}


def _index_fields(columns: list[dict[str, Any]], unique: bool, explicit: bool) -> Entity:
    return {
        "columns": columns,
        "isUnique": unique,
        "using": None,
        "algorithm": None,
        "lock": None,
        "nameExplicit": explicit,
    }


def _index(table: Table, idx: Any) -> Entity:
    columns: list[dict[str, Any]] = []
    for item in idx.columns:
        target, _, _ = index_parts(item)
        if isinstance(target, Column):
            columns.append(_plain(target.name))
        else:
            text = render_inline(target, _QUOTING, None, bare_columns=True)
            columns.append({"value": text, "isExpression": True})
    entity = _index_fields(columns, bool(idx.unique), idx.name is not None)
    if getattr(idx, "method", None) in ("btree", "hash"):
        entity["using"] = idx.method
    return {
        **entity,
        "name": idx.index_name(table, None),
        "entityType": "indexes",
        "table": table._name,
    }


def _fk(table: Table, fk: Any) -> Entity:
    columns = [c.name for c in fk.columns]
    table_to = fk.foreign_table._original_name
    columns_to = [c.name for c in fk.foreign_columns]
    return {
        "columns": columns,
        "tableTo": table_to,
        "columnsTo": columns_to,
        "onUpdate": (fk.on_update_ or "no action").upper(),
        "onDelete": (fk.on_delete_ or "no action").upper(),
        "nameExplicit": bool(fk.name),
        "name": fk.name or fk_name(table._name, columns, table_to, columns_to),
        "entityType": "fks",
        "table": table._name,
    }


def _view(view: MySqlView) -> Entity:
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    text = "" if body is None else render_inline(body, _QUOTING, None, bare_columns=False)
    return {
        "definition": text,
        "algorithm": view._algorithm or "undefined",
        "sqlSecurity": view._sql_security or "definer",
        "withCheckOption": view._check_option,
        "name": view._name,
        "entityType": "views",
    }


__all__ = [
    "VERSION",
    "ZERO_ID",
    "column_entity",
    "ddl_entities",
    "empty_snapshot",
    "fk_name",
    "snapshot",
    "unique_name",
]
