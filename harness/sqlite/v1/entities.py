"""SQLite declarations as drizzle-kit 1.0's snapshot entities (the ``ddl`` list, version "7").

drizzle-kit 1.0 no longer nests constraints inside tables: a snapshot is one flat list of
entities, each tagged with its ``entityType`` (``tables``, ``columns``, ``fks``, ``pks``,
``indexes``, ``uniques``, ``checks``, ``views``), in the order it pushes them into its
in-memory store: tables, columns, foreign keys, composite (table-level) primary keys, column
primary keys, indexes, table-level uniques, column uniques, checks, views.  Every entity's
keys come in the order its store writes them (the declared fields first, then ``name``, then
``entityType``/``table`` in the order the serializer passed them), so ``json.dumps(...,
indent=2)`` of the list is byte for byte drizzle-kit's file.

What 1.0 records differently from 0.31, and is reproduced here:

* a primary-key column is *not* NOT NULL in the snapshot (``notNull`` is ``false``), and its
  key is a ``pks`` entity named ``<table>_pk``;
* a column's ``unique()`` is a ``uniques`` entity, and it is dropped altogether when a unique
  index of the table is on that single column;
* checks and generated columns render columns bare (``"age" > 0``), partial-index conditions
  and view bodies qualified (``"t"."age" > 0``);
* defaults are SQL text (``"18"``, ``"true"``, ``"'it''s'"``), never JSON numbers;
* the kit's ``casing`` option is not applied: 1.0 reads the names drizzle-orm 1.0 gives the
  columns, which are the declared ones (casing moved into the table declarations).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from harness.core.column import Column
from harness.core.ddl import entities_from, index_parts, render_inline, tables_of, views_of
from harness.core.table import Table
from harness.sql.chunks import SQL
from harness.sqlite.columns import SQLiteColumn, SQLiteInteger
from harness.sqlite.kit.render import js_string
from harness.sqlite.quoting import SQLiteQuoting
from harness.sqlite.table import SQLiteView

_QUOTING = SQLiteQuoting()

#: the snapshot format version drizzle-kit 1.0 writes for SQLite
VERSION = "7"

_INT_TYPES = (
    "int",
    "integer",
    "tiniint",
    "smallint",
    "mediumint",
    "bigint",
    "unsigned big int",
    "int2",
    "int8",
)
_REAL_TYPES = ("real", "double", "double precision", "float")
_NUMERIC_TYPES = ("numeric", "decimal", "boolean", "date", "datetime")
_TEXT_TYPES = (
    "text",
    "character",
    "varchar",
    "varying character",
    "nchar",
    "native character",
    "nvarchar",
    "clob",
)


#: each entity type's fields in drizzle-kit 1.0's order (a generic store insert fills the
#: missing ones with null, so an older snapshot compares field by field)
FIELDS: dict[str, tuple[str, ...]] = {
    "tables": ("name",),
    "columns": ("table", "type", "notNull", "autoincrement", "default", "generated", "name"),
    "indexes": ("table", "columns", "isUnique", "where", "origin", "name"),
    "fks": (
        "table",
        "columns",
        "tableTo",
        "columnsTo",
        "onUpdate",
        "onDelete",
        "nameExplicit",
        "name",
    ),
    "pks": ("table", "columns", "nameExplicit", "name"),
    "uniques": ("table", "columns", "nameExplicit", "name"),
    "checks": ("table", "value", "name"),
    "views": ("definition", "isExisting", "error", "name"),
}


def normalized(entity: dict[str, Any]) -> dict[str, Any]:
    """A snapshot entity as drizzle-kit's store holds it once read: every field present."""
    fields = FIELDS.get(entity.get("entityType", ""), ())
    return {**{f: None for f in fields}, **entity}


def empty_snapshot() -> dict[str, Any]:
    """What drizzle-kit 1.0 diffs a folder's first migration against."""
    return {
        "version": VERSION,
        "dialect": "sqlite",
        "id": "00000000-0000-0000-0000-000000000000",
        "prevIds": [],
        "ddl": [],
        "renames": [],
    }


def snapshot(entities: Sequence[Any]) -> dict[str, Any]:
    """The SQLite tables and views among ``entities`` as a 1.0 snapshot; ``id`` is empty and
    ``prevIds`` an empty list, for the writer to fill."""
    found = entities_from(list(entities))
    tables = tables_of(found)
    for table in tables:
        if not all(isinstance(c, SQLiteColumn) for c in table._columns.values()):
            raise TypeError(f"table {table._name!r} is not a SQLite table (sqlite_table)")
    views = [v for v in views_of(found) if isinstance(v, SQLiteView)]
    return {
        "version": VERSION,
        "dialect": "sqlite",
        "id": "",
        "prevIds": [],
        "ddl": ddl_entities(tables, views),
        "renames": [],
    }


def ddl_entities(tables: Sequence[Table], views: Sequence[SQLiteView]) -> list[dict[str, Any]]:
    """The flat entity list, in drizzle-kit 1.0's push order (see the module docstring)."""
    out: list[dict[str, Any]] = [{"name": t._name, "entityType": "tables"} for t in tables]
    for table in tables:
        out += [column_entity(table, c) for c in table._columns.values()]
    for table in tables:
        out += [_fk(table, fk) for fk in table._foreign_keys]
    with_pk: set[str] = set()
    for table in tables:
        for pk in table._primary_keys:
            # one primary key per table: drizzle-kit reports a second as a conflict
            if table._name not in with_pk:
                out.append(_table_pk(table, pk))
                with_pk.add(table._name)
    for table in tables:
        for column in table._columns.values():
            if column.primary and table._name not in with_pk:
                out.append(
                    {
                        "columns": [column.name],
                        "nameExplicit": False,
                        "name": f"{table._name}_pk",
                        "table": table._name,
                        "entityType": "pks",
                    }
                )
                with_pk.add(table._name)
    for table in tables:
        out += [_index(table, idx) for idx in table._indexes]
    for table in tables:
        for uc in table._unique_constraints:
            names = [c.name for c in uc.columns]
            out.append(
                _unique(
                    table._name, uc.name or _unique_name(table._name, names), names, bool(uc.name)
                )
            )
    for table in tables:
        for column in table._columns.values():
            if column.is_unique and not _has_single_column_index(table, column):
                declared = column.declared_unique_name
                name = declared or _unique_name(table._name, [column.name])
                out.append(_unique(table._name, name, [column.name], declared is not None))
    for table in tables:
        for chk in table._checks:
            value = render_inline(chk.condition, _QUOTING, None, bare_columns=True)
            out.append(
                {
                    "value": value.replace(f'"{table._name}".', "", 1),
                    "name": chk.name,
                    "entityType": "checks",
                    "table": table._name,
                }
            )
    out += [_view(v) for v in views]
    return out


def column_entity(table: Table, column: Column[Any]) -> dict[str, Any]:
    """One ``columns`` entity (a primary-key column is recorded as nullable, as 1.0 does)."""
    generated: dict[str, Any] | None = None
    if column.generated is not None:
        generated = {
            "as": f"({_generated(column)})",
            "type": "stored" if column.generated.mode == "stored" else "virtual",
        }
    return {
        "type": column.sql_type(),
        "notNull": column.not_null and not column.primary,
        "autoincrement": isinstance(column, SQLiteInteger) and bool(column.autoincrement),
        "default": default_text(column),
        "generated": generated,
        "name": column.name,
        "entityType": "columns",
        "table": table._name,
    }


def _generated(column: Column[Any]) -> str:
    assert column.generated is not None
    expression = column.generated.expression
    if callable(expression) and not isinstance(expression, SQL):
        expression = expression()
    if isinstance(expression, SQL):
        return render_inline(expression, _QUOTING, None, bare_columns=True)
    return str(expression)


def _fk(table: Table, fk: Any) -> dict[str, Any]:
    source, target = fk.columns, fk.foreign_columns
    columns = [c.name for c in source]
    table_to = target[0].table._original_name
    columns_to = [c.name for c in target]
    name = fk.name or f"fk_{table._name}_{'_'.join(columns)}_{table_to}_{'_'.join(columns_to)}_fk"
    return {
        "columns": columns,
        "tableTo": table_to,
        "columnsTo": columns_to,
        "onUpdate": (fk.on_update_ or "no action").upper(),
        "onDelete": (fk.on_delete_ or "no action").upper(),
        "nameExplicit": bool(fk.name),
        "name": name,
        "entityType": "fks",
        "table": table._name,
    }


def _table_pk(table: Table, pk: Any) -> dict[str, Any]:
    return {
        "columns": [c.name for c in pk.columns],
        "nameExplicit": bool(pk.name),
        "name": pk.name or f"{table._name}_pk",
        "entityType": "pks",
        "table": table._name,
    }


def _index(table: Table, idx: Any) -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    for item in idx.columns:
        target, _, _ = index_parts(item)
        if isinstance(target, Column):
            columns.append({"value": target.name, "isExpression": False})
        else:
            text = render_inline(target, _QUOTING, None, bare_columns=True)
            columns.append({"value": text, "isExpression": True})
    where = None
    if idx.where_ is not None:
        where = render_inline(idx.where_, _QUOTING, None, bare_columns=False)
    return {
        "columns": columns,
        "isUnique": bool(idx.unique),
        "where": where,
        "origin": "manual",
        "name": idx.index_name(table, None),
        "entityType": "indexes",
        "table": table._name,
    }


def _unique(table: str, name: str, columns: list[str], explicit: bool) -> dict[str, Any]:
    return {
        "columns": columns,
        "nameExplicit": explicit,
        "name": name,
        "entityType": "uniques",
        "table": table,
    }


def _unique_name(table: str, columns: Sequence[str]) -> str:
    return f"{table}_{'_'.join(columns)}_unique"


def _has_single_column_index(table: Table, column: Column[Any]) -> bool:
    """drizzle-kit 1.0 forgets a column's ``unique()`` when a unique index of the table is on
    that one column (the index already makes it unique)."""
    for idx in table._indexes:
        if idx.unique and len(idx.columns) == 1:
            target, _, _ = index_parts(idx.columns[0])
            if isinstance(target, Column) and target.name == column.name:
                return True
    return False


def _view(view: SQLiteView) -> dict[str, Any]:
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    return {
        "definition": render_inline(body, _QUOTING, None, bare_columns=False),
        "isExisting": False,
        "error": None,
        "name": view._name,
        "entityType": "views",
    }


def default_text(column: Column[Any]) -> str | None:
    """A column default as drizzle-kit 1.0 records it: the SQL text of the literal, chosen by
    the column's SQL type (``sql(...)`` defaults as written)."""
    value = column.default
    if value is None:
        return None
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, None, bare_columns=True)
    if isinstance(column, SQLiteInteger) and isinstance(value, _dt.datetime):
        mode = column.config.get("mode", "number")
        millis = value.timestamp() * 1000
        return f"{(millis / 1000 if mode == 'timestamp' else millis):.0f}"
    sql_type = column.sql_type().lower()
    if sql_type in _INT_TYPES or sql_type in _REAL_TYPES:
        return js_string(value)
    if sql_type in _NUMERIC_TYPES or sql_type.startswith(("numeric(", "decimal(")):
        if isinstance(value, (str, Decimal)):
            return f"'{value}'"
        return js_string(value)
    if sql_type in _TEXT_TYPES or sql_type.startswith(tuple(f"{t}(" for t in _TEXT_TYPES)):
        return _text_literal(value)
    if sql_type.startswith("blob"):
        if isinstance(value, (bytes, bytearray, memoryview)):
            return f"X'{bytes(value).hex().upper()}'"
        if isinstance(value, int) and not isinstance(value, bool):
            return f"'{value}'"
        return _text_literal(value)
    return js_string(value) if value else ""


def _text_literal(value: Any) -> str:
    """A text default: a string with ``\\`` and ``'`` doubled, anything else as compact JSON
    with the ``'`` inside its strings doubled, in single quotes."""
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + json.dumps(_quotes_doubled(value), separators=(",", ":"), ensure_ascii=False) + "'"


def _quotes_doubled(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("'", "''")
    if isinstance(value, dict):
        return {k: _quotes_doubled(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_quotes_doubled(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JavaScript writes 5.0 as 5
    return value


__all__ = [
    "FIELDS",
    "VERSION",
    "column_entity",
    "ddl_entities",
    "default_text",
    "empty_snapshot",
    "normalized",
    "snapshot",
]
