"""What differs between two squashed snapshots, reported as drizzle-kit's JSON diff does.

drizzle-kit diffs snapshots with the ``json-diff`` package and derives everything from its
output, so the order of its findings is the order of the statements: keys only in the old
object come first (in the old object's order), then keys only in the new one (new order), then
keys in both whose values differ (old order).  Values compare as JSON values: ``1`` equals
``1.0`` but ``true`` never equals ``1``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def same(a: Any, b: Any) -> bool:
    """JSON equality (object key order ignored, booleans distinct from numbers)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and bool(a == b)


@dataclass
class Keyed:
    """One mapping's differences: ``deleted``/``added`` entries, ``altered`` as (old, new)."""

    deleted: dict[str, Any] = field(default_factory=dict)
    added: dict[str, Any] = field(default_factory=dict)
    altered: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.deleted or self.added or self.altered)


def keyed(old: dict[str, Any], new: dict[str, Any]) -> Keyed:
    out = Keyed()
    for key, value in old.items():
        if key not in new:
            out.deleted[key] = value
    for key, value in new.items():
        if key not in old:
            out.added[key] = value
    for key, value in old.items():
        if key in new and not same(value, new[key]):
            out.altered[key] = (value, new[key])
    return out


@dataclass
class Change:
    """How one attribute of a column changed: ``added``, ``deleted`` or ``changed``."""

    kind: str
    old: Any = None
    new: Any = None


@dataclass
class ColumnChanges:
    """The attributes of one column that differ (drizzle-kit's ``alternationsInColumn``)."""

    name: str
    changes: dict[str, Change]


def column_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> ColumnChanges | None:
    """None when nothing differs, or when only the type differs by a space before ``(``
    (drizzle-kit then ignores the whole column)."""
    diff = keyed(old, new)
    if diff.empty:
        return None
    if "type" in diff.altered:
        before, after = diff.altered["type"]
        if str(before).replace(" (", "(") == str(after).replace(" (", "("):
            return None
    changes: dict[str, Change] = {}
    for key, value in diff.deleted.items():
        changes[key] = Change("deleted", old=value)
    for key, value in diff.added.items():
        changes[key] = Change("added", new=value)
    for key, (before, after) in diff.altered.items():
        changes[key] = Change("changed", before, after)
    return ColumnChanges(name, changes)


@dataclass
class TableChanges:
    """An altered table (present in both snapshots, after renames): what differs in it."""

    name: str
    columns: list[ColumnChanges]
    indexes: Keyed
    foreign_keys: Keyed
    composite_pks: Keyed
    checks: Keyed


def table_changes(old: dict[str, Any], new: dict[str, Any]) -> TableChanges | None:
    """Differences of a table kept under the same name; None when they are equal.

    Added and dropped columns are not reported here (the caller pairs them up as renames
    first); a table whose only differences are those is therefore not altered."""
    columns = []
    for key, column in old["columns"].items():
        if key in new["columns"]:
            found = column_changes(key, column, new["columns"][key])
            if found is not None:
                columns.append(found)
    result = TableChanges(
        new["name"],
        columns,
        keyed(old["indexes"], new["indexes"]),
        keyed(old["foreignKeys"], new["foreignKeys"]),
        keyed(old["compositePrimaryKeys"], new["compositePrimaryKeys"]),
        keyed(old["checkConstraints"], new["checkConstraints"]),
    )
    if not columns and all(
        k.empty for k in (result.indexes, result.foreign_keys, result.composite_pks, result.checks)
    ):
        return None
    return result
