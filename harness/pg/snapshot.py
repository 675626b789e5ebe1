"""PostgreSQL declarations as drizzle-kit's snapshot (``meta/NNNN_snapshot.json``, version 7).

``harness generate`` diffs snapshots, and a folder drizzle-kit wrote must continue here (and
the other way round), so the dict built here is what drizzle-kit 0.31's serializer builds for
the equivalent TypeScript schema: the same keys in the same order (``json.dumps(..., indent=2)``
is drizzle-kit's file text, ids aside), the same values (types as ``getSQLType()`` spells them,
numbers and booleans as JSON values, identity options as strings) and the same default names
(drizzle-orm's, including its quirk of naming unique constraints after the *declared* column
names while primary keys, foreign keys and indexes follow ``casing``).

drizzle-kit orders tables, enums, views... as the schema module exports them, which for an
ES module is the export names sorted; declarations here carry no export name, so every kind is
sorted by its own name (declare exports named like the objects to compare with drizzle-kit).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.constraints import ForeignKey, Index, PrimaryKey
from harness.core.ddl import (
    Casing,
    entities_from,
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.errors import SchemaError
from harness.core.table import Table
from harness.pg.columns import PgArray, PgEnum, PgEnumColumn, PgJson
from harness.pg.ddl import default_sql, enums_of
from harness.pg.policy import PgRole
from harness.pg.quoting import PgQuoting
from harness.pg.table import PgSchema, PgSequence, PgTable, PgView
from harness.sql.chunks import SQL

_QUOTING = PgQuoting()
ZERO_ID = "00000000-0000-0000-0000-000000000000"
_IDENTITY_MAX = {"integer": "2147483647", "bigint": "9223372036854775807"}
_BIGINT_MAX = "9223372036854775807"


def empty_snapshot() -> dict[str, Any]:
    """drizzle-kit's snapshot of nothing (``dryPg``): the base of a folder's first diff."""
    return {
        "id": ZERO_ID,
        "prevId": "",
        "version": "7",
        "dialect": "postgresql",
        "tables": {},
        "enums": {},
        "schemas": {},
        "sequences": {},
        "roles": {},
        "policies": {},
        "views": {},
        "_meta": {"columns": {}, "schemas": {}, "tables": {}},
    }


def snapshot(entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
    """The declarations as drizzle-kit's PostgreSQL snapshot (``id``/``prevId`` empty)."""
    found = entities_from(list(entities))
    tables = sorted(tables_of(found), key=lambda t: (t._name, t._schema or ""))
    for table in tables:
        table._check_casing(casing)
    views = [v for v in views_of(found) if isinstance(v, PgView)]
    views = sorted(views, key=lambda v: (v._kind == "materialized view", v._name, v._schema or ""))
    enums = sorted(enums_of(found, tables), key=lambda e: (e.enum_name, e.schema or ""))
    sequences = sorted(
        (e for e in found if isinstance(e, PgSequence)), key=lambda s: (s.name, s.schema or "")
    )
    roles = sorted(
        {id(e): e for e in found if isinstance(e, PgRole) and not e.is_existing}.values(),
        key=lambda r: r.name,
    )
    schemas = sorted(
        {e.schema_name for e in found if isinstance(e, PgSchema)}
        | {t._schema for t in tables if t._schema}
        | {v._schema for v in views if v._schema}
        | {e.schema for e in enums if e.schema}
        | {s.schema for s in sequences if s.schema}
    )
    return {
        "id": "",
        "prevId": "",
        "version": "7",
        "dialect": "postgresql",
        "tables": {f"{t._schema or 'public'}.{t._name}": table_entry(t, casing) for t in tables},
        "enums": {
            f"{e.schema or 'public'}.{e.enum_name}": {
                "name": e.enum_name,
                "schema": e.schema or "public",
                "values": list(e.enum_values),
            }
            for e in enums
        },
        "schemas": {s: s for s in schemas if s != "public"},
        "sequences": {
            f"{s.schema or 'public'}.{s.name}": sequence_entry(s.name, s.schema, s.options)
            for s in sequences
        },
        "roles": {r.name: role_entry(r) for r in roles},
        "policies": {},
        "views": {f"{v._schema or 'public'}.{v._name}": view_entry(v, casing) for v in views},
        "_meta": {"columns": {}, "schemas": {}, "tables": {}},
    }


# -- tables -----------------------------------------------------------------------------------
def table_entry(table: Table, casing: Casing) -> dict[str, Any]:
    """One ``tables`` entry: columns, indexes, foreign keys, keys, uniques, checks."""
    columns: dict[str, Any] = {}
    uniques: dict[str, Any] = {}
    for column in table._columns.values():
        name = column.db_name(casing)
        columns[name] = column_entry(column, name, table._name, table._schema, casing)
        if column.is_unique:
            # drizzle-orm names it when the column is built, from the declared name
            unique_name = column.declared_unique_name or f"{table._name}_{column.name}_unique"
            uniques[unique_name] = {
                "name": unique_name,
                "nullsNotDistinct": column.unique_nulls_not_distinct,
                "columns": [name],
            }
    primary_keys = {}
    for pk in table._primary_keys:
        pk_name = _cased_name(_pk_name(table, pk), pk.columns, casing)
        primary_keys[pk_name] = {
            "name": pk_name,
            "columns": [c.db_name(casing) for c in pk.columns],
        }
    for uc in table._unique_constraints:
        unique_name = uc.name or "_".join([table._name, *(c.name for c in uc.columns), "unique"])
        uniques[unique_name] = {
            "name": unique_name,
            "nullsNotDistinct": uc.nulls_not_distinct_,
            "columns": [c.db_name(casing) for c in uc.columns],
        }
    foreign_keys = {}
    for fk in table._foreign_keys:
        entry = foreign_key_entry(table, fk, casing)
        foreign_keys[entry["name"]] = entry
    indexes = {}
    for idx in table._indexes:
        entry = index_entry(table, idx, casing)
        indexes[entry["name"]] = entry
    checks = {}
    for chk in table._checks:
        value = render_inline(chk.condition, _QUOTING, casing, bare_columns=False)
        checks[chk.name] = {"name": chk.name, "value": value}
    policies: dict[str, Any] = {}
    for policy in table._policies if isinstance(table, PgTable) else []:
        if policy.name in policies:
            raise SchemaError(
                f"table {table._name!r}: two policies are named {policy.name!r}; rename one"
            )
        policy_entry: dict[str, Any] = {
            "name": policy.name,
            "as": (policy.as_ or "permissive").upper(),
            "for": (policy.for_ or "all").upper(),
            "to": policy.role_names(),
        }
        if policy.using is not None:
            policy_entry["using"] = render_inline(
                policy.using, _QUOTING, casing, bare_columns=False
            )
        if policy.with_check is not None:
            policy_entry["withCheck"] = render_inline(
                policy.with_check, _QUOTING, casing, bare_columns=False
            )
        policies[policy.name] = policy_entry
    return {
        "name": table._name,
        "schema": table._schema or "",
        "columns": columns,
        "indexes": indexes,
        "foreignKeys": foreign_keys,
        "compositePrimaryKeys": primary_keys,
        "uniqueConstraints": uniques,
        "policies": policies,
        "checkConstraints": checks,
        "isRLSEnabled": bool(getattr(table, "_rls_enabled", False)),
    }


def role_entry(role: PgRole) -> dict[str, Any]:
    """One ``roles`` entry: drizzle-kit's defaults are no CREATEDB/CREATEROLE, INHERIT."""
    return {
        "name": role.name,
        "createDb": bool(role.create_db),
        "createRole": bool(role.create_role),
        "inherit": True if role.inherit is None else bool(role.inherit),
    }


def raw_type(column: Column) -> str:
    """The type as drizzle-orm's ``getSQLType()`` spells it: enums by bare name, no quotes
    (drizzle-kit adds quotes and the enum's schema when it writes SQL)."""
    if isinstance(column, PgArray):
        size = column.config.get("size")
        return f"{raw_type(column.element)}[{'' if size is None else size}]"
    if isinstance(column, PgEnumColumn):
        enum: PgEnum = column.config["pg_enum"]
        return enum.enum_name
    text = column.sql_type()
    if text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('""', '"')
    return text


def _type_schema(column: Column) -> str | None:
    while isinstance(column, PgArray):
        column = column.element
    if isinstance(column, PgEnumColumn):
        enum: PgEnum = column.config["pg_enum"]
        return enum.schema or "public"
    return None


def column_entry(
    column: Column,
    name: str,
    owner: str,
    schema: str | None,
    casing: Casing,
    escape_strings: bool = True,
) -> dict[str, Any]:
    """One column (of a table, or of a view with ``escape_strings=False`` as drizzle-kit)."""
    entry: dict[str, Any] = {"name": name, "type": raw_type(column)}
    type_schema = _type_schema(column)
    if type_schema is not None:
        entry["typeSchema"] = type_schema
    entry["primaryKey"] = column.primary
    entry["notNull"] = column.not_null
    if column.generated is not None:
        entry["generated"] = {
            "as": generated_expression(column, _QUOTING, casing),
            "type": "stored",
        }
    if column.identity is not None:
        entry["identity"] = _identity_entry(column, name, owner, schema)
    if column.has_default and column.default is not None and column.generated is None:
        entry["default"] = default_value(column, casing, escape_strings)
    return entry


def default_value(column: Column, casing: Casing, escape_strings: bool = True) -> Any:
    """A column default as a snapshot value: SQL text, a quoted literal, or a JSON number or
    boolean (drizzle-kit keeps those as they were declared)."""
    value = column.default
    if isinstance(value, str) and not escape_strings:
        return f"'{value}'"
    if isinstance(value, (SQL, str)) or isinstance(column, PgJson):
        return default_sql(column, casing)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return default_sql(column, casing)


def _identity_entry(column: Column, name: str, owner: str, schema: str | None) -> dict[str, Any]:
    identity = column.identity
    assert identity is not None
    increment = _text(identity.increment_by) or "1"
    negative = float(increment) < 0
    # drizzle-kit compares the column *class* name here, so a descending identity always
    # starts from smallint's minimum; kept as it is for identical snapshots
    min_value = _text(identity.min_value) or ("-32768" if negative else "1")
    max_value = _text(identity.max_value) or (
        "-1" if negative else _IDENTITY_MAX.get(column.sql_type(), "32767")
    )
    start = _text(identity.start_with) or (max_value if negative else min_value)
    return {
        "type": identity.kind,
        "name": identity.sequence_name or f"{owner}_{name}_seq",
        "schema": schema or "public",
        "increment": increment,
        "startWith": start,
        "minValue": min_value,
        "maxValue": max_value,
        "cache": _text(identity.cache) or "1",
        "cycle": bool(identity.cycle),
    }


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def sequence_entry(name: str, schema: str | None, options: dict[str, Any]) -> dict[str, Any]:
    """One ``sequences`` entry; drizzle-kit fills the defaults PostgreSQL would use."""
    increment = _text(options.get("increment_by")) or "1"
    negative = float(increment) < 0
    min_value = _text(options.get("min_value")) or ("-9223372036854775808" if negative else "1")
    max_value = _text(options.get("max_value")) or ("-1" if negative else _BIGINT_MAX)
    start = _text(options.get("start_with")) or (max_value if negative else min_value)
    return {
        "name": name,
        "schema": schema or "public",
        "increment": increment,
        "startWith": start,
        "minValue": min_value,
        "maxValue": max_value,
        "cache": _text(options.get("cache")) or "1",
        "cycle": bool(options.get("cycle", False)),
    }


# -- constraint names -------------------------------------------------------------------------
def _pk_name(table: Table, pk: PrimaryKey) -> str:
    return pk.name or "_".join([table._original_name, *(c.name for c in pk.columns), "pk"])


def _cased_name(name: str, columns: Sequence[Column], casing: Casing) -> str:
    """drizzle-kit's fix-up of a default name under ``casing``: each declared column name is
    replaced, first occurrence only, by its cased name."""
    if casing is None:
        return name
    for column in columns:
        name = name.replace(column.name, column.db_name(casing), 1)
    return name


def foreign_key_entry(table: Table, fk: ForeignKey, casing: Casing) -> dict[str, Any]:
    columns, foreign = fk.columns, fk.foreign_columns
    target = fk.foreign_table
    name = fk.name or "_".join(
        [
            table._original_name,
            *(c.name for c in columns),
            target._original_name,
            *(c.name for c in foreign),
            "fk",
        ]
    )
    name = _cased_name(_cased_name(name, columns, casing), foreign, casing)
    entry: dict[str, Any] = {"name": name, "tableFrom": table._name, "tableTo": target._name}
    if target._schema:
        entry["schemaTo"] = target._schema
    entry["columnsFrom"] = [c.db_name(casing) for c in columns]
    entry["columnsTo"] = [c.db_name(casing) for c in foreign]
    entry["onDelete"] = fk.on_delete_ or "no action"
    entry["onUpdate"] = fk.on_update_ or "no action"
    return entry


def index_entry(table: Table, idx: Index, casing: Casing) -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    for item in idx.columns:
        target, order, nulls = index_parts(item)
        if isinstance(target, Column):
            columns.append(
                {
                    "expression": target.db_name(casing),
                    "isExpression": False,
                    "asc": order != "desc",
                    "nulls": nulls or "last",
                }
            )
        else:
            if not idx.name:
                raise ValueError(
                    f"table {table._name!r}: an index on an expression needs a name: "
                    f"index('name').on(...)"
                )
            columns.append(
                {
                    "expression": render_inline(target, _QUOTING, casing, bare_columns=True),
                    "asc": True,
                    "isExpression": True,
                    "nulls": "last",
                }
            )
    entry: dict[str, Any] = {
        "name": idx.index_name(table, casing),
        "columns": columns,
        "isUnique": idx.unique,
    }
    if idx.where_ is not None:
        entry["where"] = render_inline(idx.where_, _QUOTING, casing, bare_columns=False)
    entry["concurrently"] = idx.concurrently_
    entry["method"] = idx.method or "btree"
    entry["with"] = {}
    return entry


# -- views ------------------------------------------------------------------------------------
def view_entry(view: PgView, casing: Casing) -> dict[str, Any]:
    """One ``views`` entry; its columns are the selected columns, under their own names."""
    columns: dict[str, Any] = {}
    for field in view._fields.values():
        if isinstance(field, Column):
            columns[field.name] = column_entry(
                field, field.name, view._name, view._schema, casing, escape_strings=False
            )
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    entry: dict[str, Any] = {
        "columns": columns,
        "definition": render_inline(body, _QUOTING, casing, bare_columns=False),
        "name": view._name,
        "schema": view._schema or "public",
        "isExisting": False,
    }
    options = getattr(view, "_with_options", None)
    if options:
        entry["with"] = {_camel(k): v for k, v in options.items()}
    materialized = view._kind == "materialized view"
    if materialized and getattr(view, "_with_no_data", False):
        entry["withNoData"] = True
    entry["materialized"] = materialized
    return entry


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
