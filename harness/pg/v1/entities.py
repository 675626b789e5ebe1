"""PostgreSQL declarations as drizzle-kit 1.0's flat entity list (a snapshot's ``ddl``).

drizzle-kit 1.0 first collects the schema per kind (its "interim" schema: every table's
columns, then every table's primary keys, uniques, foreign keys, indexes, checks), then pushes
the kinds into its store in a fixed order - schemas, enums, tables, columns, indexes, foreign
keys, primary keys (table-level, then from columns), uniques (table-level, then from columns),
checks, sequences, views.  The snapshot lists entities in that order with the keys in the order
each push produced (``store.typed``), so both are reproduced here: the input dicts below are
built with drizzle-kit's key order on purpose.

Names follow drizzle-kit 1.0 (``<table>_pkey``, ``<table>_<cols>_<tableTo>_<colsTo>_fkey``,
``<table>_<col>_key`` for column uniques, ``<table>_<cols>_unique`` for table-level ones,
``<table>_<cols>_index``).  drizzle-kit 1.0's ``generate`` has no ``casing`` option: column
names are the declared ones whatever the config says.  Kinds are ordered by name (drizzle-kit
follows the module's export names, which for an ES module are sorted).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.constraints import Index
from harness.core.ddl import (
    entities_from,
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.table import Table
from harness.pg.columns import PgArray, PgEnum, PgEnumColumn
from harness.pg.ddl import enums_of
from harness.pg.policy import PgRole
from harness.pg.quoting import PgQuoting
from harness.pg.snapshot import raw_type
from harness.pg.table import PgSchema, PgSequence, PgView
from harness.pg.v1.defaults import default_text
from harness.pg.v1.store import Entity, typed

_QUOTING = PgQuoting()
_IDENTITY_MAX = {"integer": "2147483647", "bigint": "9223372036854775807"}
_ACTIONS = {
    "no action": "NO ACTION",
    "cascade": "CASCADE",
    "restrict": "RESTRICT",
    "set default": "SET DEFAULT",
    "set null": "SET NULL",
}
#: a view's ``with`` options in drizzle-kit's key order
VIEW_OPTIONS = (
    "checkOption",
    "securityBarrier",
    "securityInvoker",
    "autovacuumEnabled",
    "autovacuumFreezeMaxAge",
    "autovacuumFreezeMinAge",
    "autovacuumFreezeTableAge",
    "autovacuumMultixactFreezeMaxAge",
    "autovacuumMultixactFreezeMinAge",
    "autovacuumMultixactFreezeTableAge",
    "autovacuumVacuumCostDelay",
    "autovacuumVacuumCostLimit",
    "autovacuumVacuumScaleFactor",
    "autovacuumVacuumThreshold",
    "fillfactor",
    "logAutovacuumMinDuration",
    "parallelWorkers",
    "toastTupleTarget",
    "userCatalogTable",
    "vacuumIndexCleanup",
    "vacuumTruncate",
)


def ddl_entities(entities: Sequence[Any]) -> list[Entity]:
    """The declarations as drizzle-kit 1.0's ``ddl`` list."""
    found = entities_from(list(entities))
    tables = tables_of(found)
    for table in tables:
        table._check_casing(None)
        if getattr(table, "_policies", None) or getattr(table, "_rls_enabled", False):
            raise NotImplementedError(
                f"table {table._name!r}: row-level security (pg_policy, enable_rls) is not "
                f"supported with drizzle-kit 1.0 snapshots yet"
            )
    if any(isinstance(e, PgRole) and not e.is_existing for e in found):
        raise NotImplementedError(
            "pg_role(...) is not supported with drizzle-kit 1.0 snapshots yet"
        )
    schemas = sorted({e.schema_name for e in found if isinstance(e, PgSchema)})
    enums = sorted(enums_of(found, tables), key=lambda e: (e.enum_name, e.schema or ""))
    sequences = sorted(
        (e for e in found if isinstance(e, PgSequence)), key=lambda s: (s.name, s.schema or "")
    )
    views = [v for v in views_of(found) if isinstance(v, PgView)]
    views.sort(key=lambda v: (v._kind == "materialized view", v._name, v._schema or ""))

    kinds: dict[str, list[Entity]] = {
        k: []
        for k in (
            "columns",
            "pks",
            "column_pks",
            "uniques",
            "column_uniques",
            "fks",
            "indexes",
            "checks",
        )
    }
    for table in tables:
        _table_parts(table, kinds)

    out: list[Entity] = []
    out += [typed("schemas", {"entityType": "schemas", "name": s}) for s in schemas]
    out += [_enum(e) for e in enums]
    out += [
        typed(
            "tables",
            {
                "entityType": "tables",
                "schema": t._schema or "public",
                "name": t._name,
                "isRlsEnabled": False,
            },
        )
        for t in tables
    ]
    out += kinds["columns"] + kinds["indexes"] + kinds["fks"] + kinds["pks"]
    with_pk = {(p["schema"], p["table"]) for p in kinds["pks"]}
    for pk in kinds["column_pks"]:
        if (pk["schema"], pk["table"]) not in with_pk:
            with_pk.add((pk["schema"], pk["table"]))
            out.append(pk)
    out += kinds["uniques"]
    unique_on = {(u["schema"], u["table"], tuple(u["columns"])) for u in kinds["uniques"]}
    for unique in kinds["column_uniques"]:
        on = (unique["schema"], unique["table"], tuple(unique["columns"]))
        if on not in unique_on:
            unique_on.add(on)
            out.append(unique)
    out += kinds["checks"]
    out += [_sequence(s) for s in sequences]
    out += [_view(v) for v in views]
    return out


def _enum(e: PgEnum) -> Entity:
    return typed(
        "enums",
        {
            "entityType": "enums",
            "name": e.enum_name,
            "schema": e.schema or "public",
            "values": list(e.enum_values),
        },
    )


def _table_parts(table: Table, kinds: dict[str, list[Entity]]) -> None:
    schema = table._schema or "public"
    name = table._name
    composite = {c.name for pk in table._primary_keys for c in pk.columns}
    for column in table._columns.values():
        kinds["columns"].append(_column(table, column, column.name in composite))
        if column.primary:
            kinds["column_pks"].append(
                typed(
                    "pks",
                    {
                        "schema": schema,
                        "table": name,
                        "name": f"{name}_pkey",
                        "nameExplicit": False,
                        "columns": [column.name],
                    },
                )
            )
        if column.is_unique:
            kinds["column_uniques"].append(
                typed(
                    "uniques",
                    {
                        "schema": schema,
                        "table": name,
                        "name": column.declared_unique_name or f"{name}_{column.name}_key",
                        "nameExplicit": column.declared_unique_name is not None,
                        "nullsNotDistinct": bool(column.unique_nulls_not_distinct),
                        "columns": [column.name],
                    },
                )
            )
    base = {"schema": schema, "table": name}
    for pk in table._primary_keys:
        kinds["pks"].append(
            typed(
                "pks",
                {
                    "entityType": "pks",
                    **base,
                    "name": pk.name or f"{name}_pkey",
                    "columns": [c.name for c in pk.columns],
                    "nameExplicit": bool(pk.name),
                },
            )
        )
    for uc in table._unique_constraints:
        columns = [c.name for c in uc.columns]
        kinds["uniques"].append(
            typed(
                "uniques",
                {
                    "entityType": "uniques",
                    **base,
                    "name": uc.name or "_".join([name, *columns, "unique"]),
                    "nameExplicit": bool(uc.name),
                    "nullsNotDistinct": bool(uc.nulls_not_distinct_),
                    "columns": columns,
                },
            )
        )
    for fk in table._foreign_keys:
        columns = [c.name for c in fk.columns]
        target = fk.foreign_table
        columns_to = [c.name for c in fk.foreign_columns]
        kinds["fks"].append(
            typed(
                "fks",
                {
                    "entityType": "fks",
                    **base,
                    "name": fk.name or fk_name(name, columns, target._name, columns_to),
                    "nameExplicit": bool(fk.name),
                    "tableTo": target._name,
                    "schemaTo": target._schema or "public",
                    "columns": columns,
                    "columnsTo": columns_to,
                    "onDelete": _ACTIONS[fk.on_delete_ or "no action"],
                    "onUpdate": _ACTIONS[fk.on_update_ or "no action"],
                },
            )
        )
    for idx in table._indexes:
        kinds["indexes"].append(_index(table, idx))
    for chk in table._checks:
        kinds["checks"].append(
            typed(
                "checks",
                {
                    "entityType": "checks",
                    **base,
                    "name": chk.name,
                    "value": render_inline(chk.condition, _QUOTING, None, bare_columns=True),
                },
            )
        )


def _column(table: Table, column: Column, in_composite: bool) -> Entity:
    element: Column = column
    dimensions = 0
    while isinstance(element, PgArray):
        element = element.element
        dimensions += 1
    type_schema = None
    if isinstance(element, PgEnumColumn):
        enum: PgEnum = element.config["pg_enum"]
        type_schema = enum.schema or "public"
    sql_type = raw_type(element).replace(", ", ",")
    if sql_type.startswith("timestamp ("):
        sql_type = "timestamp(" + sql_type[len("timestamp (") :]
    generated = None
    if column.generated is not None:
        generated = {"as": generated_expression(column, _QUOTING, None), "type": "stored"}
    return typed(
        "columns",
        {
            "entityType": "columns",
            "schema": table._schema or "public",
            "table": table._name,
            "name": column.name,
            "type": sql_type,
            "typeSchema": type_schema,
            "dimensions": dimensions,
            "notNull": bool(
                column.not_null or column.primary or in_composite or column.identity is not None
            ),
            "default": default_text(column),
            "generated": generated,
            "identity": _identity(table, column, sql_type),
        },
    )


def _identity(table: Table, column: Column, sql_type: str) -> dict[str, Any] | None:
    identity = column.identity
    if identity is None:
        return None
    increment = _text(identity.increment_by) or "1"
    negative = float(increment) < 0
    # drizzle-kit looks the minimum up by the column's class name, which never matches
    min_value = _text(identity.min_value) or ("-32768" if negative else "1")
    max_value = _text(identity.max_value) or (
        "-1" if negative else _IDENTITY_MAX.get(sql_type, "32767")
    )
    start = _text(identity.start_with) or (max_value if negative else min_value)
    return {
        "type": identity.kind,
        "name": identity.sequence_name or f"{table._name}_{column.name}_seq",
        "increment": increment,
        "startWith": start,
        "minValue": min_value,
        "maxValue": max_value,
        "cache": int(identity.cache) if identity.cache is not None else 1,
        "cycle": bool(identity.cycle),
    }


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _index(table: Table, idx: Index) -> Entity:
    columns: list[dict[str, Any]] = []
    names: list[str] = []
    for item in idx.columns:
        target, order, nulls = index_parts(item)
        if isinstance(target, Column):
            asc = order != "desc"
            nulls_first = nulls == "first"
            names.append(target.name)
            columns.append(
                {
                    "value": target.name,
                    "isExpression": False,
                    "asc": asc,
                    "nullsFirst": nulls_first,
                    "opclass": None,
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
                    "value": render_inline(target, _QUOTING, None, bare_columns=True),
                    "isExpression": True,
                    "asc": True,
                    "nullsFirst": False,
                    "opclass": None,
                }
            )
    where = None
    if idx.where_ is not None:
        where = render_inline(idx.where_, _QUOTING, None, bare_columns=True)
        where = None if where in ("", "true") else where
    return typed(
        "indexes",
        {
            "entityType": "indexes",
            "schema": table._schema or "public",
            "table": table._name,
            "name": idx.name or "_".join([table._name, *names, "index"]),
            "nameExplicit": bool(idx.name),
            "columns": columns,
            "isUnique": idx.unique,
            "where": where,
            "concurrently": bool(idx.concurrently_),
            "method": idx.method or "btree",
            "with": "",
        },
    )


def _sequence(s: PgSequence) -> Entity:
    options = s.options
    increment = _text(options.get("increment_by")) or "1"
    negative = float(increment) < 0
    min_value = _text(options.get("min_value")) or ("-9223372036854775808" if negative else "1")
    max_value = _text(options.get("max_value")) or ("-1" if negative else "9223372036854775807")
    start = _text(options.get("start_with")) or (max_value if negative else min_value)
    cache = options.get("cache")
    return typed(
        "sequences",
        {
            "entityType": "sequences",
            "name": s.name,
            "schema": s.schema or "public",
            "incrementBy": increment,
            "startWith": start,
            "minValue": min_value,
            "maxValue": max_value,
            "cacheSize": int(cache) if cache is not None else 1,
            "cycle": bool(options.get("cycle", False)),
        },
    )


def _view(view: PgView) -> Entity:
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    materialized = view._kind == "materialized view"
    options = {_camel(k): v for k, v in (getattr(view, "_with_options", None) or {}).items()}
    with_ = {k: options.get(k) for k in VIEW_OPTIONS} if options else None
    if with_ is not None and all(v is None for v in with_.values()):
        with_ = None
    return typed(
        "views",
        {
            "entityType": "views",
            "definition": render_inline(body, _QUOTING, None, bare_columns=False),
            "name": view._name,
            "schema": view._schema or "public",
            "with": with_,
            "withNoData": True if materialized and view._with_no_data else None,
            "materialized": materialized,
            "tablespace": None,
            "using": None,
        },
    )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_DICTIONARY = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def name_hash(text: str, length: int = 12) -> str:
    """drizzle-kit's short hash for over-long generated names (a base-62 polynomial hash)."""
    size = len(_DICTIONARY)
    modulus = size**length
    value, power = 0, 1
    for ch in text:
        value = (value + ord(ch) * power) % modulus
        power = (power * 53) % modulus
    digits = []
    for _ in range(length):
        digits.append(_DICTIONARY[value % size])
        value //= size
    return "".join(reversed(digits))


def fk_name(table: str, columns: list[str], table_to: str, columns_to: list[str]) -> str:
    """``<table>_<cols>_<tableTo>_<colsTo>_fkey``, hashed when over PostgreSQL's 63 bytes."""
    desired = f"{table}_{'_'.join(columns)}_{table_to}_{'_'.join(columns_to)}_fkey"
    if len(desired) <= 63:
        return desired
    if len(table) < 63 - 18:
        return f"{table}_{name_hash(desired)}_fkey"
    return f"{name_hash(desired)}_fkey"
