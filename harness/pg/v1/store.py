"""drizzle-kit 1.0's entity store semantics, on plain dicts.

drizzle-kit 1.0 keeps a schema as one flat list of entities (``{"entityType": "columns",
...}``) and both its snapshot file and its diff are defined by how that store behaves: the key
order of an entity comes from how it was pushed (the type's fields first, as ``null``, then the
given keys, then ``entityType``), entities are matched by ``schema:table:name:entityType``, and
a diff of one entity type lists created, then dropped, then altered entities.  The snapshot is
compared byte for byte, so those rules are reproduced here rather than approximated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Entity = dict[str, Any]

#: each entity type's fields in drizzle-kit's declaration order (``name`` last; ``schema`` and
#: ``table`` are optional there, so a typed push does not pre-fill them)
FIELDS: dict[str, tuple[str, ...]] = {
    "schemas": ("name",),
    "tables": ("schema", "isRlsEnabled", "name"),
    "enums": ("schema", "values", "name"),
    "columns": (
        "schema",
        "table",
        "type",
        "typeSchema",
        "notNull",
        "dimensions",
        "default",
        "generated",
        "identity",
        "name",
    ),
    "indexes": (
        "schema",
        "table",
        "nameExplicit",
        "columns",
        "isUnique",
        "where",
        "with",
        "method",
        "concurrently",
        "name",
    ),
    "fks": (
        "schema",
        "table",
        "nameExplicit",
        "columns",
        "schemaTo",
        "tableTo",
        "columnsTo",
        "onUpdate",
        "onDelete",
        "name",
    ),
    "pks": ("schema", "table", "columns", "nameExplicit", "name"),
    "uniques": ("schema", "table", "nameExplicit", "columns", "nullsNotDistinct", "name"),
    "checks": ("schema", "table", "value", "name"),
    "sequences": (
        "schema",
        "incrementBy",
        "minValue",
        "maxValue",
        "startWith",
        "cacheSize",
        "cycle",
        "name",
    ),
    "roles": (
        "superuser",
        "createDb",
        "createRole",
        "inherit",
        "canLogin",
        "replication",
        "bypassRls",
        "connLimit",
        "password",
        "validUntil",
        "name",
    ),
    "privileges": ("grantor", "grantee", "schema", "table", "type", "isGrantable", "name"),
    "policies": ("schema", "table", "as", "for", "roles", "using", "withCheck", "name"),
    "views": (
        "schema",
        "definition",
        "with",
        "withNoData",
        "using",
        "tablespace",
        "materialized",
        "name",
    ),
}

_COMMON = ("schema", "table", "name")
_IGNORED = frozenset(("entityType", "name", "schema", "table"))
_META = frozenset(("$diffType", "entityType", "name", "schema", "table", "$left", "$right"))


def typed(entity_type: str, given: Entity) -> Entity:
    """An entity as a typed push stores it (``ddl.columns.push(...)``): the type's fields
    without ``schema``/``table`` as null, then the given keys in their order, then
    ``entityType`` (kept where the given keys already had it)."""
    out: Entity = {k: None for k in FIELDS[entity_type] if k not in ("schema", "table")}
    out.update(given)
    out["entityType"] = entity_type
    return out


def key(entity: Entity) -> str:
    """drizzle-kit's identity of an entity: ``schema:table:name:entityType``."""
    return (
        f"{entity.get('schema') or ''}:{entity.get('table') or ''}:"
        f"{entity['name']}:{entity['entityType']}"
    )


def equal(a: Any, b: Any) -> bool:
    """JavaScript ``isEqual`` of drizzle-kit's store: booleans are never numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        keys = list(dict.fromkeys([*a, *b]))
        return all(equal(a.get(k), b.get(k)) for k in keys)
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    if _number(a) and _number(b):
        return bool(a == b)
    return type(a) is type(b) and bool(a == b)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def matches(entity: Entity, where: Entity) -> bool:
    """A store filter: every given key equal; ``{"CONTAINS": x}`` tests list membership."""
    for k, v in where.items():
        target = entity.get(k)
        if isinstance(v, dict) and "CONTAINS" in v:
            if not isinstance(target, list) or not any(equal(e, v["CONTAINS"]) for e in target):
                return False
        elif not equal(target, v):
            return False
    return True


class Store:
    """One schema's entities (shared dicts: updating one updates the snapshot built from it)."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self.entities: list[Entity] = list(entities)

    def list(self, entity_type: str | None = None, **where: Any) -> list[Entity]:
        return [
            e
            for e in self.entities
            if (entity_type is None or e["entityType"] == entity_type) and matches(e, where)
        ]

    def one(self, entity_type: str, **where: Any) -> Entity | None:
        found = self.list(entity_type, **where)
        return found[0] if found else None

    def update(
        self, entity_type: str | None, where: Entity, values: dict[str, Any | Callable[[Any], Any]]
    ) -> None:
        """``ddl.<type>.update({set, where})``: a callable maps each item of a list field."""
        for entity in self.list(entity_type, **where):
            for k, v in values.items():
                if k not in entity:
                    continue
                if callable(v):
                    current = entity[k]
                    entity[k] = [v(x) for x in current] if isinstance(current, list) else v(current)
                else:
                    entity[k] = v


def diff(old: Store, new: Store, entity_type: str, mode: str = "createdrop") -> list[Entity]:
    """drizzle-kit's store diff of one entity type: created, then dropped, then altered
    (``mode`` ``createdrop`` leaves out the altered ones, ``alter`` keeps only them)."""
    left = {key(e): e for e in old.list(entity_type)}
    right = {key(e): e for e in new.list(entity_type)}
    created: list[Entity] = []
    dropped: list[Entity] = []
    altered: list[Entity] = []
    for k, row in left.items():
        other = right.pop(k, None)
        if other is None:
            if mode != "alter":
                dropped.append(_stamped("drop", row))
            continue
        if mode == "createdrop":
            continue
        changes = {
            f: {"from": row[f], "to": other.get(f)}
            for f in row
            if f not in _IGNORED and not equal(row[f], other.get(f))
        }
        if changes:
            item = {"$diffType": "alter", "entityType": other["entityType"]}
            item.update({c: other[c] for c in _COMMON if other.get(c) is not None})
            item.update(changes)
            item["$left"] = row
            item["$right"] = other
            altered.append(item)
    if mode != "alter":
        created = [_stamped("create", row) for row in right.values()]
    return [*created, *dropped, *altered]


def alters(old: Store, new: Store) -> list[Entity]:
    """Altered entities of every type, in the order of the old store (``diff.alters``)."""
    left = {key(e): e for e in old.entities}
    right = {key(e): e for e in new.entities}
    out: list[Entity] = []
    for k, row in left.items():
        other = right.get(k)
        if other is None:
            continue
        changes = {
            f: {"from": row[f], "to": other.get(f)}
            for f in row
            if f not in _IGNORED and not equal(row[f], other.get(f))
        }
        if changes:
            item = {"$diffType": "alter", "entityType": other["entityType"]}
            item.update({c: other[c] for c in _COMMON if other.get(c) is not None})
            item.update(changes)
            item["$left"] = row
            item["$right"] = other
            out.append(item)
    return out


def has_diff(item: Entity) -> bool:
    """Whether an altered entity still carries a change (``hasDiff``)."""
    return any(k not in _META for k in item)


def _stamped(kind: str, row: Entity) -> Entity:
    item: Entity = {"$diffType": kind, "entityType": row["entityType"]}
    item.update({c: row[c] for c in _COMMON if row.get(c) is not None})
    item.update({k: v for k, v in row.items() if k not in _IGNORED})
    return item


def plain(item: Entity) -> Entity:
    """A diff item back as an entity (its ``$`` keys dropped)."""
    return {k: v for k, v in item.items() if not k.startswith("$")}


def group_by_table(items: list[Entity]) -> list[tuple[list[Entity], list[Entity]]]:
    """``groupDiffs``: (created, dropped) per ``schema``/``table``, in first-seen order."""
    groups: dict[tuple[Any, Any], tuple[list[Entity], list[Entity]]] = {}
    for it in items:
        group = groups.setdefault((it.get("schema"), it.get("table")), ([], []))
        if it["$diffType"] == "create":
            group[0].append(it)
        elif it["$diffType"] == "drop":
            group[1].append(it)
    return list(groups.values())


def preserve_names(old: Store, new: Store, entity_type: str) -> None:
    """``preserveEntityNames``: a constraint with a generated name keeps its old name when the
    only new one like it (same table, columns... also generated) is named differently."""
    for left in old.list(entity_type):
        if left.get("nameExplicit"):
            continue
        where = {k: v for k, v in left.items() if k not in ("entityType", "name", "nameExplicit")}
        where["nameExplicit"] = False
        found = new.list(entity_type, **where)
        if len(found) != 1 or found[0]["name"] == left["name"]:
            continue
        new.update(entity_type, where, {"name": left["name"]})
