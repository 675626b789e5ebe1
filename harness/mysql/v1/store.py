"""drizzle-kit 1.0's entity store for MySQL snapshots.

The store itself (identity ``schema:table:name:entityType``, JavaScript equality, in-place
updates, create/drop/alter diffs) is dialect-neutral in drizzle-kit, so the implementation
written for PostgreSQL (``harness.pg.v1.store``) is reused rather than written twice; what
is MySQL's own is the set of fields per entity type, which an entity read back from an
older snapshot file is completed with (drizzle-kit fills missing fields with ``null`` when it
loads a snapshot, and compares field by field).
"""

from __future__ import annotations

from typing import Any

from harness.pg.v1.store import (
    Entity,
    Store,
    alters,
    diff,
    group_by_table,
    has_diff,
    plain,
    preserve_names,
)

#: every MySQL entity type's fields (drizzle-kit 1.0's ``createDDL`` for MySQL, plus ``name``)
FIELDS: dict[str, tuple[str, ...]] = {
    "tables": ("name",),
    "columns": (
        "table",
        "type",
        "notNull",
        "autoIncrement",
        "default",
        "onUpdateNow",
        "onUpdateNowFsp",
        "charSet",
        "collation",
        "generated",
        "name",
    ),
    "pks": ("table", "columns", "name"),
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
    "indexes": (
        "table",
        "columns",
        "isUnique",
        "using",
        "algorithm",
        "lock",
        "nameExplicit",
        "name",
    ),
    "checks": ("table", "value", "name"),
    "views": ("definition", "algorithm", "sqlSecurity", "withCheckOption", "name"),
}


def loaded(entity: dict[str, Any]) -> Entity:
    """A snapshot entity as drizzle-kit's store holds it once read: every field present."""
    fields = FIELDS.get(entity.get("entityType", ""), ())
    return {**{f: None for f in fields}, **entity}


__all__ = [
    "FIELDS",
    "Entity",
    "Store",
    "alters",
    "diff",
    "group_by_table",
    "has_diff",
    "loaded",
    "plain",
    "preserve_names",
]
