"""drizzle-kit 1.0 snapshot shapes (``<timestamp>_<name>/snapshot.json``): PostgreSQL 8, MySQL 6,
SQLite 7."""

from __future__ import annotations

from harness.kit.snapshot_schema.legacy import _PG_MATVIEW_NUMBERS
from harness.kit.snapshot_schema.shapes import (
    _FK_ACTION,
    _IN_PG_TABLE,
    _IN_TABLE,
    BOOL,
    N_BOOL,
    N_NUM,
    N_STR,
    NUM,
    STR,
    STRS,
    ListOf,
    closed,
    entity,
    one_of,
    v1_snapshot,
)

PG_V8 = v1_snapshot(
    "8",
    "postgres",
    {
        "schemas": entity({}),
        "tables": entity({"schema": STR, "isRlsEnabled": BOOL}),
        "enums": entity({"schema": STR, "values": STRS}),
        "columns": entity(
            {
                **_IN_PG_TABLE,
                "type": STR,
                "typeSchema": N_STR,
                "notNull": BOOL,
                "dimensions": NUM,
                "default": N_STR,
                "generated": closed({"type": one_of("stored"), "as": STR}),
                "identity": closed(
                    {
                        "name": STR,
                        "type": one_of("always", "byDefault"),
                        "increment": N_STR,
                        "minValue": N_STR,
                        "maxValue": N_STR,
                        "startWith": N_STR,
                        "cache": N_NUM,
                        "cycle": N_BOOL,
                    }
                ),
            }
        ),
        "indexes": entity(
            {
                **_IN_PG_TABLE,
                "nameExplicit": BOOL,
                "columns": ListOf(
                    closed(
                        {
                            "value": STR,
                            "isExpression": BOOL,
                            "asc": BOOL,
                            "nullsFirst": BOOL,
                            "opclass": closed({"name": STR, "default": BOOL}),
                        }
                    )
                ),
                "isUnique": BOOL,
                "where": N_STR,
                "with": STR,
                "method": STR,
                "concurrently": BOOL,
            }
        ),
        "fks": entity(
            {
                **_IN_PG_TABLE,
                "nameExplicit": BOOL,
                "columns": STRS,
                "schemaTo": STR,
                "tableTo": STR,
                "columnsTo": STRS,
                "onUpdate": _FK_ACTION,
                "onDelete": _FK_ACTION,
            }
        ),
        "pks": entity({**_IN_PG_TABLE, "columns": STRS, "nameExplicit": BOOL}),
        "uniques": entity(
            {**_IN_PG_TABLE, "nameExplicit": BOOL, "columns": STRS, "nullsNotDistinct": BOOL}
        ),
        "checks": entity({**_IN_PG_TABLE, "value": STR}),
        "sequences": entity(
            {
                "schema": STR,
                "incrementBy": N_STR,
                "minValue": N_STR,
                "maxValue": N_STR,
                "startWith": N_STR,
                "cacheSize": N_NUM,
                "cycle": N_BOOL,
            }
        ),
        "roles": entity(
            {
                **{
                    k: N_BOOL
                    for k in [
                        "superuser",
                        "createDb",
                        "createRole",
                        "inherit",
                        "canLogin",
                        "replication",
                        "bypassRls",
                    ]
                },
                "connLimit": N_NUM,
                "password": N_STR,
                "validUntil": N_STR,
            }
        ),
        "privileges": entity(
            {
                "grantor": STR,
                "grantee": STR,
                **_IN_PG_TABLE,
                "type": one_of(
                    "ALL",
                    "SELECT",
                    "INSERT",
                    "UPDATE",
                    "DELETE",
                    "TRUNCATE",
                    "REFERENCES",
                    "TRIGGER",
                ),
                "isGrantable": BOOL,
            }
        ),
        "policies": entity(
            {
                **_IN_PG_TABLE,
                "as": one_of("PERMISSIVE", "RESTRICTIVE"),
                "for": one_of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"),
                "roles": STRS,
                "using": N_STR,
                "withCheck": N_STR,
            }
        ),
        "views": entity(
            {
                "schema": STR,
                "definition": N_STR,
                "with": closed(
                    {
                        "checkOption": one_of("local", "cascaded", None),
                        "securityBarrier": N_BOOL,
                        "securityInvoker": N_BOOL,
                        "autovacuumEnabled": N_BOOL,
                        "vacuumIndexCleanup": one_of("auto", "off", "on", None),
                        "vacuumTruncate": N_BOOL,
                        "userCatalogTable": N_BOOL,
                        **{name: N_NUM for name in _PG_MATVIEW_NUMBERS},
                    }
                ),
                "withNoData": N_BOOL,
                "using": N_STR,
                "tablespace": N_STR,
                "materialized": BOOL,
            }
        ),
    },
)

_V1_INDEX_COLUMNS = ListOf(closed({"value": STR, "isExpression": BOOL}))
_GENERATED = closed({"type": one_of("stored", "virtual"), "as": STR})

MYSQL_V6 = v1_snapshot(
    "6",
    "mysql",
    {
        "tables": entity({}),
        "columns": entity(
            {
                **_IN_TABLE,
                "type": STR,
                "notNull": BOOL,
                "autoIncrement": BOOL,
                "default": N_STR,
                "onUpdateNow": BOOL,
                "onUpdateNowFsp": N_NUM,
                "charSet": N_STR,
                "collation": N_STR,
                "generated": _GENERATED,
            }
        ),
        "pks": entity({**_IN_TABLE, "columns": STRS}),
        "fks": entity(
            {
                **_IN_TABLE,
                "columns": STRS,
                "tableTo": STR,
                "columnsTo": STRS,
                "onUpdate": _FK_ACTION,
                "onDelete": _FK_ACTION,
                "nameExplicit": BOOL,
            }
        ),
        "indexes": entity(
            {
                **_IN_TABLE,
                "columns": _V1_INDEX_COLUMNS,
                "isUnique": BOOL,
                "using": one_of("btree", "hash", None),
                "algorithm": one_of("default", "inplace", "copy", None),
                "lock": one_of("default", "none", "shared", "exclusive", None),
                "nameExplicit": BOOL,
            }
        ),
        "checks": entity({**_IN_TABLE, "value": STR}),
        "views": entity(
            {
                "definition": STR,
                "algorithm": one_of("undefined", "merge", "temptable"),
                "sqlSecurity": one_of("definer", "invoker"),
                "withCheckOption": one_of("local", "cascaded", None),
            }
        ),
    },
)

SQLITE_V7 = v1_snapshot(
    "7",
    "sqlite",
    {
        "tables": entity({}),
        "columns": entity(
            {
                **_IN_TABLE,
                "type": STR,
                "notNull": BOOL,
                "autoincrement": N_BOOL,
                "default": N_STR,
                "generated": _GENERATED,
            }
        ),
        "indexes": entity(
            {
                **_IN_TABLE,
                "columns": _V1_INDEX_COLUMNS,
                "isUnique": BOOL,
                "where": N_STR,
                "origin": one_of("manual", "auto"),
            }
        ),
        "fks": entity(
            {
                **_IN_TABLE,
                "columns": STRS,
                "tableTo": STR,
                "columnsTo": STRS,
                "onUpdate": STR,
                "onDelete": STR,
                "nameExplicit": BOOL,
            }
        ),
        "pks": entity({**_IN_TABLE, "columns": STRS, "nameExplicit": BOOL}),
        "uniques": entity({**_IN_TABLE, "columns": STRS, "nameExplicit": BOOL}),
        "checks": entity({**_IN_TABLE, "value": STR}),
        "views": entity({"definition": N_STR, "isExisting": BOOL, "error": N_STR}),
    },
)
