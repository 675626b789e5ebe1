"""Declarations -> drizzle-kit's MySQL snapshot (version "5"), key for key.

The snapshot is what ``meta/NNNN_snapshot.json`` holds and what the next ``generate`` diffs
against, so its keys, their order and the spelling of every value follow drizzle-kit 0.31's
MySQL serialiser: single-column primary keys are recorded as ``compositePrimaryKeys``
(``<table>_<column>``) and every column's ``primaryKey`` is false; unique indexes stay under
``indexes`` with ``isUnique: true``; defaults are SQL text except numbers and booleans, which
stay JSON values; ``text``/``blob``/``json`` defaults are wrapped in parentheses.
"""

from __future__ import annotations

import datetime as _dt
import json
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
from harness.mysql.columns import MySqlColumn
from harness.mysql.quoting import MySqlQuoting
from harness.mysql.table import MySqlView
from harness.sql.chunks import SQL

_QUOTING = MySqlQuoting()
#: types whose literal defaults MySQL only accepts as expressions: ``('x')``
_PARENTHESISED = ("blob", "text", "json")


def empty_snapshot() -> dict[str, Any]:
    return {
        "version": "5",
        "dialect": "mysql",
        "id": "",
        "prevId": "",
        "tables": {},
        "views": {},
        "_meta": {"schemas": {}, "tables": {}, "columns": {}},
        "internal": {"tables": {}, "indexes": {}},
    }


def default_value(column: Column, casing: Casing) -> Any:
    """The column's ``default`` as drizzle-kit records it (absent: ``None``)."""
    if not column.has_default or column.default is None or column.generated is not None:
        return None
    value = column.default
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, casing, bare_columns=True)
    sql_type = column.sql_type().lower()
    recorded: Any
    if isinstance(value, str):
        recorded = "'" + value.replace("'", "''") + "'"
    elif sql_type == "json":
        recorded = "'" + json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "'"
    elif isinstance(value, _dt.datetime):
        moment = value if value.tzinfo is None else value.astimezone(_dt.timezone.utc)
        recorded = "'" + moment.replace(tzinfo=None).isoformat(sep=" ", timespec="milliseconds")
        recorded += "'"
    elif isinstance(value, _dt.date):
        recorded = "'" + value.isoformat() + "'"
    elif isinstance(value, (bool, int, float)):
        recorded = value
    else:
        recorded = "'" + str(column.map_to_driver(value)).replace("'", "''") + "'"
    if column.sql_type() in _PARENTHESISED:
        return f"({_js_text(recorded)})"
    return recorded


def _js_text(value: Any) -> str:
    """How JavaScript's template literal prints a recorded default."""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def column_entry(column: Column, casing: Casing, name: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": name if name is not None else column.db_name(casing),
        "type": column.sql_type(),
        "primaryKey": False,
        "notNull": bool(column.not_null),
        "autoincrement": bool(column.autoincrement),
    }
    if column.config.get("on_update_now"):
        entry["onUpdate"] = True
    if column.generated is not None:
        entry["generated"] = {
            "as": generated_expression(column, _QUOTING, casing),
            "type": column.generated.mode or "virtual",
        }
    default = default_value(column, casing)
    if default is not None:
        entry["default"] = default
    return entry


def table_entry(table: Table, casing: Casing, internal: dict[str, Any]) -> dict[str, Any]:
    columns: dict[str, dict[str, Any]] = {}
    primary_keys: dict[str, dict[str, Any]] = {}
    uniques: dict[str, dict[str, Any]] = {}
    for column in table._columns.values():
        entry = column_entry(column, casing)
        name = entry["name"]
        if column.primary:
            primary_keys[f"{table._name}_{name}"] = {
                "name": f"{table._name}_{name}",
                "columns": [name],
            }
        if column.is_unique:
            unique = column.declared_unique_name or f"{table._name}_{name}_unique"
            uniques[unique] = {"name": unique, "columns": [name]}
        columns[name] = entry
    for pk in table._primary_keys:
        names = [c.db_name(casing) for c in pk.columns]
        pk_name = pk.constraint_name(table, casing)
        primary_keys[pk_name] = {"name": pk_name, "columns": names}
        for n in names:
            columns[n]["notNull"] = True
    for uc in table._unique_constraints:
        uc_name = uc.constraint_name(table, casing)
        uniques[uc_name] = {"name": uc_name, "columns": [c.db_name(casing) for c in uc.columns]}
    foreign_keys: dict[str, dict[str, Any]] = {}
    for fk in table._foreign_keys:
        fk_name = fk.constraint_name(casing)
        foreign_keys[fk_name] = {
            "name": fk_name,
            "tableFrom": table._name,
            "tableTo": fk.foreign_table._original_name,
            "columnsFrom": [c.db_name(casing) for c in fk.columns],
            "columnsTo": [c.db_name(casing) for c in fk.foreign_columns],
            "onDelete": fk.on_delete_ or "no action",
            "onUpdate": fk.on_update_ or "no action",
        }
    indexes: dict[str, dict[str, Any]] = {}
    for idx in table._indexes:
        idx_name = idx.index_name(table, casing)
        names = []
        for item in idx.columns:
            target, _, _ = index_parts(item)
            if isinstance(target, Column):
                names.append(target.db_name(casing))
            else:
                text = render_inline(target, _QUOTING, casing, bare_columns=True)
                marks = internal["indexes"].setdefault(idx_name, {"columns": {}})
                marks["columns"][text] = {"isExpression": True}
                names.append(text)
        entry = {"name": idx_name, "columns": names, "isUnique": bool(idx.unique)}
        if idx.method:
            entry["using"] = idx.method
        indexes[idx_name] = entry
    checks = {
        chk.name: {
            "name": chk.name,
            "value": render_inline(chk.condition, _QUOTING, casing, bare_columns=False),
        }
        for chk in table._checks
    }
    return {
        "name": table._name,
        "columns": columns,
        "indexes": indexes,
        "foreignKeys": foreign_keys,
        "compositePrimaryKeys": primary_keys,
        "uniqueConstraints": uniques,
        "checkConstraint": checks,
    }


def view_entry(view: MySqlView, casing: Casing) -> dict[str, Any]:
    columns = {}
    for field in view._fields.values():
        if isinstance(field, Column):
            columns[field.name] = column_entry(field, casing, name=field.name)
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    entry: dict[str, Any] = {
        "columns": columns,
        "name": view._name,
        "isExisting": False,
        "definition": render_inline(body, _QUOTING, casing, bare_columns=False),
    }
    if view._check_option:
        entry["withCheckOption"] = view._check_option
    entry["algorithm"] = view._algorithm or "undefined"
    entry["sqlSecurity"] = view._sql_security or "definer"
    return entry


def snapshot(entities: list[Any], casing: Casing = None) -> dict[str, Any]:
    """The declarations in ``entities`` as drizzle-kit's MySQL snapshot."""
    entities = entities_from(entities)
    tables = tables_of(entities)
    for t in tables:
        if not isinstance(next(iter(t._columns.values())), MySqlColumn):
            raise TypeError(f"table {t._name!r} is not a MySQL table (mysql_table)")
    result = empty_snapshot()
    for t in tables:
        if t._schema:
            continue  # drizzle-kit keeps only tables without a schema on MySQL
        result["tables"][t._name] = table_entry(t, casing, result["internal"])
    for v in views_of(entities):
        if isinstance(v, MySqlView):
            result["views"][v._name] = view_entry(v, casing)
    return result
