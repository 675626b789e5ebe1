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

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from harness.kit.snapshot_schema.legacy import (
    MYSQL_V5,
    MYSQL_V5_SCHEMAS,
    PG_V5,
    PG_V6,
    PG_V7,
    SQLITE_V5,
    SQLITE_V6,
)
from harness.kit.snapshot_schema.shapes import (
    BOOL,
    ORIGIN_ID,
    STR,
    Obj,
    Problem,
    Shape,
    describe,
    format_path,
    one_of,
    opt,
)
from harness.kit.snapshot_schema.v1 import MYSQL_V6, PG_V8, SQLITE_V7

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


__all__ = [
    "BOOL",
    "ORIGIN_ID",
    "STR",
    "Obj",
    "Problem",
    "Verdict",
    "format_path",
    "kit_dialect",
    "one_of",
    "opt",
    "validate_snapshot",
]
