"""drizzle-kit's statement list for a SQLite snapshot diff, before combining.

Each difference becomes one :class:`Statement` of a drizzle-kit statement type (``set_type``,
``create_reference``, ...), and the lists are concatenated in drizzle-kit's fixed order (table
creations, drops, renames, ..., views last).  Many of these statements cannot be written as
SQLite SQL; ``combine`` replaces those with a table recreation, so their only job is to say
which table needs one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.sqlite.kit.compare import ColumnChanges, TableChanges
from harness.sqlite.kit.squash import unsquash_fk, unsquash_pk

#: statement types that SQLite cannot run in place: the table is recreated instead
RECREATES = frozenset(
    {
        "set_type",
        "set_default",
        "drop_default",
        "set_notnull",
        "drop_notnull",
        "drop_autoincrement",
        "set_autoincrement",
        "drop_pk",
        "set_pk",
        "delete_reference",
        "alter_reference",
        "create_composite_pk",
        "alter_composite_pk",
        "delete_composite_pk",
        "create_unique_constraint",
        "delete_unique_constraint",
        "create_check",
        "delete_check",
    }
)


@dataclass
class Statement:
    """One drizzle-kit JSON statement: its ``type``, the table it groups under (None for
    views, which drizzle-kit groups together) and the data its SQL is written from."""

    type: str
    table: str | None
    data: dict[str, Any] = field(default_factory=dict)


def create_table(table: dict[str, Any]) -> Statement:
    return Statement(
        "create_table",
        table["name"],
        {
            "columns": list(table["columns"].values()),
            "fks": [unsquash_fk(fk) for fk in table["foreignKeys"].values()],
            "pks": [unsquash_pk(pk) for pk in table["compositePrimaryKeys"].values()],
            "checks": list(table["checkConstraints"].values()),
        },
    )


def create_indexes(
    table: str, indexes: dict[str, str], internal: dict[str, Any] | None
) -> list[Statement]:
    return [
        Statement("create_index", table, {"index": idx, "internal": internal})
        for idx in indexes.values()
    ]


def drop_indexes(table: str, indexes: dict[str, str]) -> list[Statement]:
    return [Statement("drop_index", table, {"index": idx}) for idx in indexes.values()]


def add_columns(
    table: str, columns: list[dict[str, Any]], added_fks: dict[str, str]
) -> list[Statement]:
    """``ALTER TABLE ... ADD`` per new column (a column's own foreign key rides along); a
    STORED generated column cannot be added, and drizzle-kit then writes nothing for it."""
    out = []
    fks = list(added_fks.values())
    for column in columns:
        generated = column.get("generated")
        if generated is not None and generated.get("type") == "stored":
            continue
        reference = next((fk for fk in fks if column["name"] in unsquash_fk(fk).columns_from), None)
        out.append(Statement("add_column", table, {"column": column, "reference": reference}))
    return out


def alter_columns(table: str, changes: list[ColumnChanges], new: dict[str, Any]) -> list[Statement]:
    """drizzle-kit's ``prepareSqliteAlterColumns``: primary-key drops, then sets, then the
    rest, each column's statements in drizzle-kit's order."""
    statements: list[Statement] = []
    drop_pk: list[Statement] = []
    set_pk: list[Statement] = []
    for col in changes:
        current = new["columns"][col.name]
        c = col.changes

        def add(kind: str, _name: str = col.name, _current: dict[str, Any] = current) -> None:
            statements.append(Statement(kind, table, {"column": _name, "current": _current}))

        auto = c.get("autoincrement")
        if auto is not None:
            if auto.kind == "added" or (auto.kind == "changed" and auto.new):
                add("set_autoincrement")
            else:
                add("drop_autoincrement")
        if "type" in c:
            add("set_type")
        pk = c.get("primaryKey")
        composite = new["compositePrimaryKeys"].get(f"{table}_{col.name}")
        if pk is not None and (
            pk.kind == "deleted" or (pk.kind == "changed" and not pk.new and composite is None)
        ):
            drop_pk.append(Statement("drop_pk", table, {"column": col.name}))
        default = c.get("default")
        if default is not None:
            add("drop_default" if default.kind == "deleted" else "set_default")
        not_null = c.get("notNull")
        if not_null is not None:
            on = not_null.kind == "added" or (not_null.kind == "changed" and not_null.new)
            add("set_notnull" if on else "drop_notnull")
        generated = c.get("generated")
        if generated is not None:
            virtual = (current.get("generated") or {}).get("type") == "virtual"
            if generated.kind == "deleted":
                add("drop_generated")
            elif virtual:
                add("set_generated" if generated.kind == "added" else "alter_generated")
        pk_set = pk is not None and (pk.kind == "added" or (pk.kind == "changed" and pk.new))
        if pk_set and not any(s.type == "set_autoincrement" for s in statements):
            set_pk.append(Statement("set_pk", table, {"column": col.name}))
    return drop_pk + set_pk + statements


def composite_pks(
    changes: TableChanges,
) -> tuple[list[Statement], list[Statement], list[Statement]]:
    """(created, deleted, altered) composite primary key statements.  drizzle-kit only
    creates and deletes when the last added and last deleted keys list different columns."""
    pks = changes.composite_pks
    added_cols = unsquash_pk(list(pks.added.values())[-1]) if pks.added else []
    deleted_cols = unsquash_pk(list(pks.deleted.values())[-1]) if pks.deleted else []
    created: list[Statement] = []
    deleted: list[Statement] = []
    if added_cols != deleted_cols:
        created = [Statement("create_composite_pk", changes.name) for _ in pks.added]
        deleted = [Statement("delete_composite_pk", changes.name) for _ in pks.deleted]
    altered = [Statement("alter_composite_pk", changes.name) for _ in pks.altered]
    return created, deleted, altered


def references(changes: TableChanges) -> list[Statement]:
    """Added, dropped, then altered (dropped + added) foreign keys of an altered table."""
    fks = changes.foreign_keys
    out = [Statement("create_reference", changes.name, {"fk": fk}) for fk in fks.added.values()]
    out += [Statement("delete_reference", changes.name, {"fk": fk}) for fk in fks.deleted.values()]
    for old, new in fks.altered.values():
        out.append(Statement("delete_reference", changes.name, {"fk": old}))
        out.append(Statement("create_reference", changes.name, {"fk": new}))
    return out
