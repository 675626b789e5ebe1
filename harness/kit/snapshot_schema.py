"""The shapes of drizzle-kit's snapshot files, per dialect and version, and a validator.

drizzle-kit ``check`` refuses a snapshot whose structure its own schemas reject; this module
describes the same structures as data so ``harness check`` refuses the same files and can say
which key is wrong.  Two families:

- the legacy layout (``meta/<prefix>_snapshot.json``, drizzle-kit 0.x): PostgreSQL versions
  5, 6 and 7 (latest), MySQL 5, SQLite 5 and 6 (latest).  Objects are closed (an unknown key
  is an error) except where drizzle-kit leaves them open: the top level of PostgreSQL and MySQL
  snapshots, ``_meta``, ``internal``, ``generated``, ``identity`` and PostgreSQL index columns.
  A key marked optional may be absent, but ``null`` is never accepted where a value is expected.
- the 1.0 layout (``<timestamp>_<name>/snapshot.json``): PostgreSQL 8, MySQL 6, SQLite 7.  The
  top level holds ``version``, ``dialect``, ``id``, ``prevIds``, ``renames`` and a ``ddl`` list
  of entities told apart by ``entityType``; an entity must carry every key of its type (a key
  marked nullable may hold ``null``) and no other.

``validate_snapshot`` returns a ``Verdict``: valid, malformed (with the path of the first
offending key), older than the latest version, or newer than drizzle-kit knows.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

#: the ``prevId`` of a folder's first snapshot
ORIGIN_ID = "00000000-0000-0000-0000-000000000000"

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """The first offending key of a snapshot and what is wrong with it."""

    path: Path
    what: str

    def __str__(self) -> str:
        return f"{format_path(self.path)}: {self.what}"


def format_path(path: Path) -> str:
    """``("tables", "public.users", "columns")`` -> ``tables["public.users"].columns``."""
    if not path:
        return "(top level)"
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][\w$]*", part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part)}]"
    return out


def describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


# -- the shape vocabulary ------------------------------------------------------------------------


class Shape:
    """A JSON value's expected shape; ``check`` returns the first problem or None."""

    def expects(self) -> str:
        return "a value"

    def check(self, value: object, path: Path) -> Problem | None:
        raise NotImplementedError

    def wrong(self, value: object, path: Path) -> Problem:
        return Problem(path, f"expected {self.expects()}, found {describe(value)}")


@dataclass(frozen=True)
class Scalar(Shape):
    kind: Literal["string", "boolean", "number", "any"]

    def expects(self) -> str:
        return {"string": "a string", "boolean": "true or false", "number": "a number"}.get(
            self.kind, "a value"
        )

    def check(self, value: object, path: Path) -> Problem | None:
        ok = {
            "string": isinstance(value, str),
            "boolean": isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
            "any": True,
        }[self.kind]
        return None if ok else self.wrong(value, path)


@dataclass(frozen=True)
class OneOf(Shape):
    """One of a few literal values (``null`` included when listed)."""

    values: tuple[str | None, ...]

    def expects(self) -> str:
        shown = [json.dumps(v) for v in self.values]
        return shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)

    def check(self, value: object, path: Path) -> Problem | None:
        ok = any(value == v and type(value) is type(v) for v in self.values)
        return None if ok else self.wrong(value, path)


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape

    def expects(self) -> str:
        return "a list"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, list):
            return self.wrong(value, path)
        for i, element in enumerate(value):
            problem = self.item.check(element, (*path, i))
            if problem:
                return problem
        return None


@dataclass(frozen=True)
class MapOf(Shape):
    """An object used as a dictionary: any keys, every value of one shape."""

    value: Shape

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        for key, element in value.items():
            problem = self.value.check(element, (*path, key))
            if problem:
                return problem
        return None


@dataclass(frozen=True)
class Nullable(Shape):
    inner: Shape

    def expects(self) -> str:
        return f"{self.inner.expects()} or null"

    def check(self, value: object, path: Path) -> Problem | None:
        return None if value is None else self.inner.check(value, path)


@dataclass(frozen=True)
class Opt:
    """Marks an object key that may be absent (drizzle-kit's ``.optional()``/``.default()``)."""

    shape: Shape


@dataclass(frozen=True)
class Obj(Shape):
    """An object with known keys; ``closed`` rejects any other key."""

    fields: Mapping[str, Shape | Opt]
    closed: bool = True
    #: a key checked by the enclosing ``Tagged`` and skipped here
    skip: str | None = None

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        for key, element in value.items():
            if key == self.skip:
                continue
            spec = self.fields.get(key)
            if spec is None:
                if self.closed:
                    return Problem((*path, key), self._unknown(key))
                continue
            shape = spec.shape if isinstance(spec, Opt) else spec
            problem = shape.check(element, (*path, key))
            if problem:
                return problem
        for key, spec in self.fields.items():
            if not isinstance(spec, Opt) and key not in value:
                return Problem((*path, key), f"missing (expected {spec.expects()})")
        return None

    def _unknown(self, key: str) -> str:
        lowered = {k.lower(): k for k in self.fields}
        close = difflib.get_close_matches(key.lower(), list(lowered), n=1, cutoff=0.8)
        hint = f"; did you mean {lowered[close[0]]!r}?" if close else ""
        return f"unknown key{hint}"


@dataclass(frozen=True)
class Tagged(Shape):
    """An object whose ``tag`` key names which of ``variants`` it must match."""

    tag: str
    variants: Mapping[str, Obj]

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        kind = value.get(self.tag)
        if not isinstance(kind, str) or kind not in self.variants:
            known = ", ".join(self.variants)
            return Problem((*path, self.tag), f"expected one of {known}, found {describe(kind)}")
        problem = self.variants[kind].check(value, path)
        if problem is None:
            return None
        # name the entity: a position in a long list says little
        names = [value.get(k) for k in ("schema", "table", "name")]
        label = ".".join(n for n in names if isinstance(n, str))
        return Problem(problem.path, f"{problem.what} (in {kind} {label or '?'})")


STR = Scalar("string")
BOOL = Scalar("boolean")
NUM = Scalar("number")
ANY = Scalar("any")
STRS = ListOf(STR)


def opt(shape: Shape) -> Opt:
    return Opt(shape)


def one_of(*values: str | None) -> OneOf:
    return OneOf(values)


def closed(fields: Mapping[str, Shape | Opt]) -> Obj:
    return Obj(fields)


def open_(fields: Mapping[str, Shape | Opt]) -> Obj:
    """An object whose unknown keys drizzle-kit ignores."""
    return Obj(fields, closed=False)


def map_of(shape: Shape) -> MapOf:
    return MapOf(shape)


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

# -- 1.0 layout: a list of entities --------------------------------------------------------------


def entity(fields: Mapping[str, Shape]) -> Obj:
    """One 1.0 DDL entity: every key required (nullable ones may be null), nothing else.
    ``name`` is common to all of them; nested objects may be null."""
    return Obj(
        {"name": STR, **{k: _nullable_objects(v) for k, v in fields.items()}}, skip="entityType"
    )


def _nullable_objects(shape: Shape) -> Shape:
    if isinstance(shape, Obj):
        return Nullable(Obj({k: _nullable_objects(v) for k, v in _required(shape).items()}))
    if isinstance(shape, ListOf) and isinstance(shape.item, Obj):
        return ListOf(Obj({k: _nullable_objects(v) for k, v in _required(shape.item).items()}))
    return shape


def _required(shape: Obj) -> dict[str, Shape]:
    return {k: v for k, v in shape.fields.items() if isinstance(v, Shape)}


N_STR, N_BOOL, N_NUM = Nullable(STR), Nullable(BOOL), Nullable(NUM)
_FK_ACTION = one_of("NO ACTION", "RESTRICT", "SET NULL", "CASCADE", "SET DEFAULT", None)
_IN_TABLE: dict[str, Shape] = {"table": STR}
_IN_PG_TABLE: dict[str, Shape] = {"schema": STR, "table": STR}


def v1_snapshot(version: str, dialect: str, entities: Mapping[str, Obj]) -> Obj:
    return open_(
        {
            "version": one_of(version),
            "dialect": one_of(dialect),
            "id": STR,
            "prevIds": ListOf(ANY),
            "ddl": ListOf(Tagged("entityType", entities)),
            "renames": ListOf(ANY),
        }
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

# -- versions per dialect and layout -------------------------------------------------------------


@dataclass(frozen=True)
class Versions:
    """The snapshot versions drizzle-kit reads in one layout, and their accepted shapes."""

    latest: str
    shapes: Mapping[str, tuple[Shape, ...]]


LEGACY: dict[str, Versions] = {
    "postgresql": Versions("7", {"5": (PG_V5,), "6": (PG_V6,), "7": (PG_V7,)}),
    "mysql": Versions("5", {"5": (MYSQL_V5, MYSQL_V5_SCHEMAS)}),
    "sqlite": Versions("6", {"5": (SQLITE_V5,), "6": (SQLITE_V6,)}),
}
V1: dict[str, Versions] = {
    "postgresql": Versions("8", {"8": (PG_V8,)}),
    "mysql": Versions("6", {"6": (MYSQL_V6,)}),
    "sqlite": Versions("7", {"7": (SQLITE_V7,)}),
}

_DIALECT_NAMES = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "pg": "postgresql",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "turso": "sqlite",
}


def kit_dialect(name: object) -> str | None:
    """``postgresql``/``mysql``/``sqlite`` for a dialect name a journal or snapshot uses."""
    return _DIALECT_NAMES.get(name) if isinstance(name, str) else None


@dataclass(frozen=True)
class Verdict:
    status: Literal["valid", "malformed", "old", "unsupported"]
    #: the problem (malformed), or the version found (old, unsupported)
    detail: str = ""
    latest: str = ""


def validate_snapshot(
    data: object, dialect: str, layout: Literal["legacy", "v1"] = "legacy"
) -> Verdict:
    """Judge one parsed snapshot as drizzle-kit ``check`` does for ``dialect`` in ``layout``."""
    versions = (LEGACY if layout == "legacy" else V1)[dialect]
    if not isinstance(data, dict):
        return Verdict("malformed", str(Problem((), f"expected an object, found {describe(data)}")))
    if "version" not in data:
        return Verdict("malformed", str(Problem(("version",), "missing")))
    version = data["version"]
    number = _number(version)
    if number is not None and number > float(versions.latest):
        return Verdict("unsupported", str(version), versions.latest)
    shapes = versions.shapes.get(version) if isinstance(version, str) else None
    if shapes is None:
        if number is not None and number < float(versions.latest):
            return Verdict("old", str(version), versions.latest)
        known = " or ".join(json.dumps(v) for v in versions.shapes)
        return Verdict(
            "malformed", str(Problem(("version",), f"expected {known}, found {describe(version)}"))
        )
    problems: list[Problem] = []
    for shape in shapes:
        problem = shape.check(data, ())
        if problem is None:
            break
        problems.append(problem)
    else:
        # none fits: report against the shape the file got furthest into (the newest on a tie;
        # shapes are listed newest first)
        deepest = max(problems, key=lambda p: len(p.path))
        return Verdict("malformed", str(deepest))
    if version != versions.latest:
        return Verdict("old", version, versions.latest)
    return Verdict("valid")


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None
