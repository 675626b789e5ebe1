"""drizzle-kit 0.x snapshot shapes (``meta/<prefix>_snapshot.json``): PostgreSQL 5-7, MySQL 5,
SQLite 5-6."""

from __future__ import annotations

from harness.kit.snapshot_schema.shapes import (
    ANY,
    BOOL,
    NUM,
    STR,
    STRS,
    ListOf,
    Opt,
    Shape,
    closed,
    map_of,
    one_of,
    open_,
    opt,
)

# -- legacy layout: PostgreSQL (versions 5, 6, 7) ------------------------------------------------

_PG_SEQUENCE_FIELDS: dict[str, Shape | Opt] = {
    "name": STR,
    "increment": opt(STR),
    "minValue": opt(STR),
    "maxValue": opt(STR),
    "startWith": opt(STR),
    "cache": opt(STR),
    "cycle": opt(BOOL),
    "schema": STR,
}
PG_SEQUENCE = closed(_PG_SEQUENCE_FIELDS)
PG_COLUMN = closed(
    {
        "name": STR,
        "type": STR,
        "typeSchema": opt(STR),
        "primaryKey": BOOL,
        "notNull": BOOL,
        "default": opt(ANY),
        "isUnique": opt(ANY),
        "uniqueName": opt(STR),
        "nullsNotDistinct": opt(BOOL),
        "generated": opt(open_({"type": one_of("stored"), "as": STR})),
        "identity": opt(open_({**_PG_SEQUENCE_FIELDS, "type": one_of("always", "byDefault")})),
    }
)
PG_INDEX = closed(
    {
        "name": STR,
        "columns": ListOf(
            open_(
                {
                    "expression": STR,
                    "isExpression": BOOL,
                    "asc": BOOL,
                    "nulls": opt(STR),
                    "opclass": opt(STR),
                }
            )
        ),
        "isUnique": BOOL,
        "with": opt(map_of(ANY)),
        "method": opt(STR),
        "where": opt(STR),
        "concurrently": opt(BOOL),
    }
)
#: versions 5 and 6 listed index columns by name
PG_INDEX_V6 = closed(
    {
        "name": STR,
        "columns": STRS,
        "isUnique": BOOL,
        "with": opt(map_of(STR)),
        "method": opt(STR),
        "where": opt(STR),
        "concurrently": opt(BOOL),
    }
)
PG_FK = closed(
    {
        "name": STR,
        "tableFrom": STR,
        "columnsFrom": STRS,
        "tableTo": STR,
        "schemaTo": opt(STR),
        "columnsTo": STRS,
        "onUpdate": opt(STR),
        "onDelete": opt(STR),
    }
)
PG_PK = closed({"name": STR, "columns": STRS})
PG_UNIQUE = closed({"name": STR, "columns": STRS, "nullsNotDistinct": BOOL})
PG_CHECK = closed({"name": STR, "value": STR})
PG_POLICY = closed(
    {
        "name": STR,
        "as": opt(one_of("PERMISSIVE", "RESTRICTIVE")),
        "for": opt(one_of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE")),
        "to": opt(STRS),
        "using": opt(STR),
        "withCheck": opt(STR),
        "on": opt(STR),
        "schema": opt(STR),
    }
)
PG_ROLE = closed(
    {"name": STR, "createDb": opt(BOOL), "createRole": opt(BOOL), "inherit": opt(BOOL)}
)
_PG_MATVIEW_NUMBERS = [
    "fillfactor",
    "toastTupleTarget",
    "parallelWorkers",
    "autovacuumVacuumThreshold",
    "autovacuumVacuumScaleFactor",
    "autovacuumVacuumCostDelay",
    "autovacuumVacuumCostLimit",
    "autovacuumFreezeMinAge",
    "autovacuumFreezeMaxAge",
    "autovacuumFreezeTableAge",
    "autovacuumMultixactFreezeMinAge",
    "autovacuumMultixactFreezeMaxAge",
    "autovacuumMultixactFreezeTableAge",
    "logAutovacuumMinDuration",
]
PG_VIEW_WITH = closed(
    {
        "checkOption": opt(one_of("local", "cascaded")),
        "securityBarrier": opt(BOOL),
        "securityInvoker": opt(BOOL),
        "autovacuumEnabled": opt(BOOL),
        "vacuumIndexCleanup": opt(one_of("auto", "off", "on")),
        "vacuumTruncate": opt(BOOL),
        "userCatalogTable": opt(BOOL),
        **{name: opt(NUM) for name in _PG_MATVIEW_NUMBERS},
    }
)
PG_VIEW = closed(
    {
        "name": STR,
        "schema": STR,
        "columns": map_of(PG_COLUMN),
        "definition": opt(STR),
        "materialized": BOOL,
        "with": opt(PG_VIEW_WITH),
        "isExisting": BOOL,
        "withNoData": opt(BOOL),
        "using": opt(STR),
        "tablespace": opt(STR),
    }
)
PG_TABLE_V6 = closed(
    {
        "name": STR,
        "schema": STR,
        "columns": map_of(PG_COLUMN),
        "indexes": map_of(PG_INDEX_V6),
        "foreignKeys": map_of(PG_FK),
        "compositePrimaryKeys": map_of(PG_PK),
        "uniqueConstraints": opt(map_of(PG_UNIQUE)),
    }
)
PG_TABLE = closed(
    {
        "name": STR,
        "schema": STR,
        "columns": map_of(PG_COLUMN),
        "indexes": map_of(PG_INDEX),
        "foreignKeys": map_of(PG_FK),
        "compositePrimaryKeys": map_of(PG_PK),
        "uniqueConstraints": opt(map_of(PG_UNIQUE)),
        "policies": opt(map_of(PG_POLICY)),
        "checkConstraints": opt(map_of(PG_CHECK)),
        "isRLSEnabled": opt(BOOL),
    }
)
PG_META = open_({"schemas": map_of(STR), "tables": map_of(STR), "columns": map_of(STR)})
PG_INTERNAL = open_(
    {
        "tables": map_of(
            open_(
                {
                    "columns": map_of(
                        open_(
                            {
                                "isArray": opt(BOOL),
                                "dimensions": opt(NUM),
                                "rawType": opt(STR),
                                "isDefaultAnExpression": opt(BOOL),
                            }
                        )
                    )
                }
            )
        )
    }
)
_SNAPSHOT_IDS: dict[str, Shape | Opt] = {"id": STR, "prevId": STR}

PG_V5 = open_(
    {
        "version": one_of("5"),
        "dialect": one_of("pg"),
        "tables": map_of(PG_TABLE_V6),
        "enums": map_of(closed({"name": STR, "values": map_of(STR)})),
        "schemas": map_of(STR),
        "_meta": PG_META,
        "internal": opt(PG_INTERNAL),
        **_SNAPSHOT_IDS,
    }
)
PG_ENUM = closed({"name": STR, "schema": STR, "values": STRS})
PG_V6 = open_(
    {
        "version": one_of("6"),
        "dialect": one_of("postgresql"),
        "tables": map_of(PG_TABLE_V6),
        "enums": map_of(PG_ENUM),
        "schemas": map_of(STR),
        "_meta": PG_META,
        "internal": opt(PG_INTERNAL),
        **_SNAPSHOT_IDS,
    }
)
PG_V7 = open_(
    {
        "version": one_of("7"),
        "dialect": one_of("postgresql"),
        "tables": map_of(PG_TABLE),
        "enums": map_of(PG_ENUM),
        "schemas": map_of(STR),
        "views": opt(map_of(PG_VIEW)),
        "sequences": opt(map_of(PG_SEQUENCE)),
        "roles": opt(map_of(PG_ROLE)),
        "policies": opt(map_of(PG_POLICY)),
        "_meta": PG_META,
        "internal": opt(PG_INTERNAL),
        **_SNAPSHOT_IDS,
    }
)

# -- legacy layout: MySQL (version 5, two accepted shapes) ---------------------------------------

MYSQL_COLUMN = closed(
    {
        "name": STR,
        "type": STR,
        "primaryKey": BOOL,
        "notNull": BOOL,
        "autoincrement": opt(BOOL),
        "default": opt(ANY),
        "onUpdate": opt(ANY),
        "generated": opt(open_({"type": one_of("stored", "virtual"), "as": STR})),
    }
)
MYSQL_INDEX = closed(
    {
        "name": STR,
        "columns": STRS,
        "isUnique": BOOL,
        "using": opt(one_of("btree", "hash")),
        "algorithm": opt(one_of("default", "inplace", "copy")),
        "lock": opt(one_of("default", "none", "shared", "exclusive")),
    }
)
MYSQL_FK = closed(
    {
        "name": STR,
        "tableFrom": STR,
        "columnsFrom": STRS,
        "tableTo": STR,
        "columnsTo": STRS,
        "onUpdate": opt(STR),
        "onDelete": opt(STR),
    }
)
MYSQL_TABLE = closed(
    {
        "name": STR,
        "columns": map_of(MYSQL_COLUMN),
        "indexes": map_of(MYSQL_INDEX),
        "foreignKeys": map_of(MYSQL_FK),
        "compositePrimaryKeys": map_of(closed({"name": STR, "columns": STRS})),
        "uniqueConstraints": opt(map_of(closed({"name": STR, "columns": STRS}))),
        # (sic: drizzle-kit's MySQL snapshots spell it in the singular)
        "checkConstraint": opt(map_of(closed({"name": STR, "value": STR}))),
    }
)
MYSQL_VIEW = closed(
    {
        "name": STR,
        "columns": map_of(MYSQL_COLUMN),
        "definition": opt(STR),
        "isExisting": BOOL,
        "algorithm": one_of("undefined", "merge", "temptable"),
        "sqlSecurity": one_of("definer", "invoker"),
        "withCheckOption": opt(one_of("local", "cascaded")),
    }
)
_EXPRESSION_FLAGS = map_of(
    open_({"columns": map_of(open_({"isExpression": opt(BOOL)}))}),
)
MYSQL_INTERNAL = open_(
    {
        "tables": opt(
            map_of(open_({"columns": map_of(open_({"isDefaultAnExpression": opt(BOOL)}))}))
        ),
        "indexes": opt(_EXPRESSION_FLAGS),
    }
)
#: the shape drizzle-kit writes today
MYSQL_V5 = open_(
    {
        "version": one_of("5"),
        "dialect": one_of("mysql"),
        "tables": map_of(MYSQL_TABLE),
        "views": opt(map_of(MYSQL_VIEW)),
        "_meta": open_({"tables": map_of(STR), "columns": map_of(STR)}),
        "internal": opt(MYSQL_INTERNAL),
        **_SNAPSHOT_IDS,
    }
)
#: the earlier version-5 shape, with ``schemas``
MYSQL_V5_SCHEMAS = open_(
    {
        "version": one_of("5"),
        "dialect": one_of("mysql"),
        "tables": map_of(MYSQL_TABLE),
        "schemas": map_of(STR),
        "_meta": open_({"schemas": map_of(STR), "tables": map_of(STR), "columns": map_of(STR)}),
        "internal": opt(MYSQL_INTERNAL),
        **_SNAPSHOT_IDS,
    }
)

# -- legacy layout: SQLite (versions 5, 6); every object is closed -------------------------------

SQLITE_COLUMN = closed(
    {
        "name": STR,
        "type": STR,
        "primaryKey": BOOL,
        "notNull": BOOL,
        "autoincrement": opt(BOOL),
        "default": opt(ANY),
        "generated": opt(open_({"type": one_of("stored", "virtual"), "as": STR})),
    }
)
SQLITE_TABLE = closed(
    {
        "name": STR,
        "columns": map_of(SQLITE_COLUMN),
        "indexes": map_of(
            closed({"name": STR, "columns": STRS, "where": opt(STR), "isUnique": BOOL})
        ),
        "foreignKeys": map_of(MYSQL_FK),  # the same keys as MySQL's
        "compositePrimaryKeys": map_of(closed({"columns": STRS, "name": opt(STR)})),
        "uniqueConstraints": opt(map_of(closed({"name": STR, "columns": STRS}))),
        "checkConstraints": opt(map_of(closed({"name": STR, "value": STR}))),
    }
)
SQLITE_VIEW = closed(
    {"name": STR, "columns": map_of(SQLITE_COLUMN), "definition": opt(STR), "isExisting": BOOL}
)
SQLITE_META = open_({"tables": map_of(STR), "columns": map_of(STR)})
SQLITE_V5 = closed(
    {
        "version": one_of("5"),
        "dialect": one_of("sqlite"),
        "tables": map_of(SQLITE_TABLE),
        "enums": open_({}),
        "_meta": SQLITE_META,
        **_SNAPSHOT_IDS,
    }
)
SQLITE_V6 = closed(
    {
        "version": one_of("6"),
        "dialect": one_of("sqlite"),
        "tables": map_of(SQLITE_TABLE),
        "views": opt(map_of(SQLITE_VIEW)),
        "enums": open_({}),
        "_meta": SQLITE_META,
        "internal": opt(open_({"indexes": opt(_EXPRESSION_FLAGS)})),
        **_SNAPSHOT_IDS,
    }
)
