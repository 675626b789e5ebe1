"""drizzle-kit 1.0's entity store, as far as its SQLite diff uses it.

drizzle-kit 1.0 diffs two flat entity lists rather than two nested snapshots.  An entity is
identified by ``<schema>:<table>:<name>:<entityType>``; two snapshots are compared entity by
entity (created, dropped, or altered in some non-identifying field), and renames are applied
by updating entities in place.  The results depend on list order and on JavaScript's notion
of equality (``typeof`` first), so both are reproduced here over plain JSON-like dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: fields that identify an entity rather than describe it (never reported as altered)
IDENTITY = frozenset({"entityType", "name", "schema", "table"})


def key(entity: dict[str, Any]) -> str:
    """The entity's identity in drizzle-kit's store."""
    return (
        f"{entity.get('schema') or ''}:{entity.get('table') or ''}:"
        f"{entity['name']}:{entity['entityType']}"
    )


def _typeof(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return "object"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "undefined"


class _Missing:
    """A field the entity does not have (JavaScript's ``undefined``)."""


MISSING: Any = _Missing()


def equal(a: Any, b: Any) -> bool:
    """JavaScript-flavoured deep equality: different ``typeof`` is never equal, ``null`` only
    equals ``null``, arrays element by element, objects over the union of their keys."""
    if a is MISSING or b is MISSING:
        return a is b
    if _typeof(a) != _typeof(b):
        return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, list) or isinstance(b, list):
        return False
    if isinstance(a, dict) or isinstance(b, dict) or a is None or b is None:
        if a is None or b is None:
            return a is b
        keys = list(dict.fromkeys([*a, *b]))
        return all(equal(a.get(k, MISSING), b.get(k, MISSING)) for k in keys)
    return bool(a == b)


def matches(entity: dict[str, Any], where: dict[str, Any]) -> bool:
    return all(equal(entity.get(k, MISSING), v) for k, v in where.items())


class Store:
    """One snapshot's entities, in order; queries and in-place updates like drizzle-kit's."""

    def __init__(self, entities: Iterable[dict[str, Any]]) -> None:
        self.entities = list(entities)

    def list(self, entity_type: str | None = None, **where: Any) -> list[dict[str, Any]]:
        return [
            e
            for e in self.entities
            if (entity_type is None or e["entityType"] == entity_type) and matches(e, where)
        ]

    def one(self, entity_type: str, **where: Any) -> dict[str, Any] | None:
        found = self.list(entity_type, **where)
        return found[0] if found else None

    def update(
        self,
        entity_type: str | None,
        where: dict[str, Any],
        set_: dict[str, Any | Callable[[Any], Any]],
    ) -> None:
        """Set fields of every matching entity (a callable maps the old value, element by
        element for lists); nothing changes when an updated entity would collide with another
        one, as in drizzle-kit."""
        targets = self.list(entity_type, **where)
        updated: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for item in targets:
            new = dict(item)
            for k, v in set_.items():
                if k not in item:
                    continue
                if callable(v):
                    old = item[k]
                    new[k] = [v(x) for x in old] if isinstance(old, list) else v(old)
                else:
                    new[k] = v
            if any(e is not item and key(e) == key(new) for e in self.entities):
                return
            updated.append((item, new))
        for item, new in updated:
            item.update(new)


@dataclass
class Alter:
    """An entity present on both sides with other values: ``changes`` maps each field to
    ``(before, after)``; ``left``/``right`` are the two entities."""

    entity_type: str
    name: str
    table: str | None
    changes: dict[str, tuple[Any, Any]]
    left: dict[str, Any]
    right: dict[str, Any]


@dataclass
class Diff:
    """Created and dropped entities (in drizzle-kit's order) and altered ones."""

    created: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    altered: list[Alter] = field(default_factory=list)

    @property
    def created_dropped(self) -> list[tuple[str, dict[str, Any]]]:
        """``("create", e)`` then ``("drop", e)``: drizzle-kit's create/drop list."""
        return [("create", e) for e in self.created] + [("drop", e) for e in self.dropped]


def diff(left: Store, right: Store, entity_type: str | None = None) -> Diff:
    """What changed from ``left`` to ``right`` (one entity type, or all): created in the new
    order, dropped and altered in the old order.  Created and dropped entities are copies (as
    drizzle-kit's are), altered ones point at the stored entities."""
    old = {key(e): e for e in left.list(entity_type)}
    new = {key(e): e for e in right.list(entity_type)}
    result = Diff()
    for k, before in old.items():
        after = new.pop(k, None)
        if after is None:
            result.dropped.append(dict(before))  # a copy: later renames do not touch it
            continue
        changes = {
            f: (before[f], after.get(f, MISSING))
            for f in before
            if f not in IDENTITY and not equal(before[f], after.get(f, MISSING))
        }
        if changes:
            result.altered.append(
                Alter(
                    after["entityType"], after["name"], after.get("table"), changes, before, after
                )
            )
    result.created = [dict(e) for e in new.values()]
    return result


@dataclass
class Group:
    """The created and dropped entities of one table (drizzle-kit's ``groupDiffs``)."""

    table: str
    inserted: list[dict[str, Any]] = field(default_factory=list)
    deleted: list[dict[str, Any]] = field(default_factory=list)


def group_by_table(items: list[tuple[str, dict[str, Any]]]) -> list[Group]:
    """Created/dropped entities per table, tables in order of first appearance."""
    groups: dict[str, Group] = {}
    for kind, entity in items:
        group = groups.setdefault(entity["table"], Group(entity["table"]))
        (group.inserted if kind == "create" else group.deleted).append(entity)
    return list(groups.values())


__all__ = [
    "MISSING",
    "Alter",
    "Diff",
    "Group",
    "Store",
    "diff",
    "equal",
    "group_by_table",
    "key",
]
