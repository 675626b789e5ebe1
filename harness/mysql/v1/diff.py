"""The statements drizzle-kit 1.0 plans between two MySQL snapshots, in its order.

drizzle-kit 1.0 diffs entity lists (``harness.mysql.v1.store``): tables are matched first
(renames asked about), the old side is updated with each rename, then columns per table,
then views; generated constraint names (foreign keys, unique indexes) carried over where
only a rename changed them; then every remaining kind is diffed and one list of statement
records is built in a fixed order (``_ORDER``).  Each record is rendered by
``harness.mysql.v1.sql``.

Behaviour kept because the SQL depends on it:

* a created table carries its unique indexes and checks inline; its foreign keys too, but
  only when it is the one table created (with several, every foreign key is added after all
  tables exist); its other indexes are created afterwards;
* a foreign key that changed only its actions, or whose referenced primary key changed, is
  dropped and added again; dropping one also drops the index MySQL made for it when the new
  schema has no index of that name;
* a column change is one ``MODIFY COLUMN`` carrying the whole new column, unless a
  generated expression changed or a virtual one is involved: then the column is dropped and
  added again;
* deliberate difference: the ``DROP INDEX`` after a dropped foreign key is left out when
  another index or the primary key of the table starts with its columns (the server made no
  index of its own for it then; drizzle-kit's statement fails on it);
* changes MySQL reports no differently are ignored (``tinyint(1)``/``boolean``,
  ``now()``/``CURRENT_TIMESTAMP``, a default and the same in parentheses, NOT NULL of a
  primary-key or auto-increment column); an index that changed in place is not noticed.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from harness.core.schema_diff import Ambiguity, EntityKind, Renames, match_renames
from harness.mysql.v1.entities import fk_name
from harness.mysql.v1.store import (
    Entity,
    Store,
    alters,
    diff,
    group_by_table,
    has_diff,
    loaded,
    preserve_names,
)


@dataclass
class Statement:
    """One of drizzle-kit's JSON statements: its ``type`` and its fields."""

    type: str
    data: dict[str, Any]


@dataclass
class Planned:
    statements: list[Statement] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)


_ORDER = (
    "create_table",
    "drop_fk",
    "drop_table",
    "rename_table",
    "rename_column",
    "drop_view",
    "rename_view",
    "alter_view",
    "drop_check",
    "drop_index",
    "drop_pk",
    "alter_column",
    "recreate_column",
    "add_column",
    "create_pk",
    "create_index",
    "create_fk",
    "create_check",
    "drop_column",
    "create_view",
)

_COMMUTATIVE_TYPES = (("tinyint(1)", "boolean"), ("binary(1)", "binary"), ("char(1)", "char"))
_NOW = re.compile(r"^\(?(?:now|CURRENT_TIMESTAMP)(?:\((\d*)\))?\)?$")


def commutative(left: str, right: str) -> bool:
    """Two type or default spellings MySQL treats as the same (drizzle-kit's list)."""
    for group in _COMMUTATIVE_TYPES:
        if left in group and right in group:
            return True
    a, b = _NOW.match(left), _NOW.match(right)
    if a and b and (a.group(1) or "") == (b.group(1) or ""):
        return True
    if left.replace(", ", ",", 1) == right.replace(", ", ",", 1):
        return True
    return (left.startswith("float(") and right == "float") or (
        right.startswith("float(") and left == "float"
    )


def _js(value: Any) -> str:
    """A value inside a JavaScript template literal (``null`` and ``undefined`` spelled)."""
    return "null" if value is None else str(value)


def _same_default(before: Any, after: Any) -> bool:
    """Defaults equal up to one pair of parentheses (or a lower-cased hex literal)."""
    lower_after = "undefined" if after is None else str(after).lower()
    lower_before = "undefined" if before is None else str(before).lower()
    return bool(
        before == after
        or before == f"({_js(after)})"
        or after == f"({_js(before)})"
        or before == f"({lower_after})"
        or after == f"({lower_before})"
    )


def _resolve(
    kind: EntityKind,
    created: list[Entity],
    deleted: list[Entity],
    renames: Renames,
    label: Any,
    out: Planned,
) -> tuple[list[Entity], list[Entity], list[tuple[Entity, Entity]]] | None:
    """Rename questions for one kind: (created, deleted, renamed) or None when unanswered."""
    if not created or not deleted:
        return created, deleted, []
    old = {label(d): d for d in deleted}
    new = {label(c): c for c in created}
    matched = match_renames(kind, list(old), list(new), renames)
    if matched.ambiguities:
        out.ambiguities.extend(matched.ambiguities)
        return None
    return (
        [new[n] for n in matched.created],
        [old[o] for o in matched.deleted],
        [(old[a], new[b]) for a, b in matched.renamed],
    )


def table_full(name: str, ddl: Store) -> dict[str, Any]:
    """A table with everything of it, from the new schema (``fullTableFromDDL``)."""
    return {
        "name": name,
        "columns": ddl.list("columns", table=name),
        "pk": ddl.one("pks", table=name),
        "fks": ddl.list("fks", table=name),
        "checks": ddl.list("checks", table=name),
        "indexes": ddl.list("indexes", table=name),
    }


def _rename_table(ddl1: Store, ddl2: Store, old: str, new: str) -> None:
    """A table rename on the old side; foreign keys whose generated name follows from the
    new table name keep their old name on the new side."""
    ddl1.update("tables", {"name": old}, {"name": new})
    touched: list[Entity] = []
    moves: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({"table": old, "tableTo": old}, {"table": new, "tableTo": new}),
        ({"table": old}, {"table": new}),
        ({"tableTo": old}, {"tableTo": new}),
    ]
    for where, values in moves:
        targets = ddl1.list("fks", **where)
        ddl1.update("fks", where, values)
        touched += targets
    for fk in touched:
        generated = fk_name(fk["table"], fk["columns"], fk["tableTo"], fk["columnsTo"])
        ddl2.update("fks", {"name": generated}, {"name": fk["name"]})
    ddl1.update(None, {"table": old}, {"table": new})


def _rename_column(ddl1: Store, ddl2: Store, table: str, old: str, new: str) -> None:
    """A column rename on the old side and in what names the column, on both sides."""

    def index_column(item: dict[str, Any]) -> dict[str, Any]:
        if not item["isExpression"] and item["value"] == old:
            item["value"] = new
        return item

    def renamed(name: str) -> str:
        return new if name == old else name

    ddl1.update("columns", {"table": table, "name": old}, {"name": new})
    for ddl in (ddl1, ddl2):
        ddl.update("indexes", {"table": table}, {"columns": index_column})
        ddl.update("fks", {"table": table}, {"columns": renamed})
        ddl.update("fks", {"tableTo": table}, {"columnsTo": renamed})
        ddl.update("pks", {"table": table}, {"columns": renamed})


def _keep_column_alter(item: Entity, ddl1: Store, ddl2: Store) -> Entity:
    """Drop the changes of an altered column that MySQL would not see (in place)."""
    right = item["$right"]
    if "type" in item and commutative(str(item["type"]["from"]), str(item["type"]["to"])):
        del item["type"]
    change = item.get("default")
    if change and change["from"] and change["to"] and commutative(change["from"], change["to"]):
        del item["default"]
    if "autoIncrement" in item and item["autoIncrement"]["to"] and right["type"] == "serial":
        del item["autoIncrement"]
    if (
        "notNull" in item
        and item["notNull"]["from"]
        and (right["type"] == "serial" or right["autoIncrement"])
    ):
        del item["notNull"]
    if "default" in item and _same_default(item["default"]["from"], item["default"]["to"]):
        del item["default"]
    if "notNull" in item:
        where = {"table": item["table"], "columns": {"CONTAINS": item["name"]}}
        is_pk = ddl2.one("pks", **where) is not None
        was_pk = ddl1.one("pks", **where) is not None
        if (is_pk or was_pk) and not (was_pk and not is_pk):
            del item["notNull"]
    return item


def _in_place(item: Entity) -> bool:
    """Whether a column change can be a ``MODIFY COLUMN`` (generated columns mostly not)."""
    generated = item.get("generated")
    if generated:
        before, after = generated["from"], generated["to"]
        if before and after:
            return False
        if (before and before["type"] == "virtual") or (after and after["type"] == "virtual"):
            return False
    return True


def _covered(ddl1: Store, fk: Entity) -> bool:
    """Whether another key of the old table starts with the foreign key's columns: the
    server then uses that key for the foreign key and made (or kept) no index of its own, so
    there is none named after the foreign key to drop (drizzle-kit drops it anyway, which
    fails: error 1091)."""
    width = len(fk["columns"])
    keys = [i for i in ddl1.list("indexes", table=fk["table"]) if i["name"] != fk["name"]]
    leads = [[c["value"] for c in i["columns"] if not c["isExpression"]][:width] for i in keys]
    leads += [pk["columns"][:width] for pk in ddl1.list("pks", table=fk["table"])]
    return any(lead == fk["columns"] for lead in leads)


def _single_pk(ddl: Store, table: str, column: str) -> bool:
    pk = ddl.one("pks", table=table)
    return pk is not None and pk["columns"] == [column]


def plan(before: list[Entity], after: list[Entity], renames: Renames) -> Planned:
    """The statements turning ``before`` into ``after``.  ``after``'s entities are updated in
    place where drizzle-kit updates its new schema (carried-over names), so the snapshot
    written from them is drizzle-kit's."""
    out = Planned()
    ddl1 = Store(loaded(e) for e in copy.deepcopy(before))
    ddl2 = Store(after)

    tables = diff(ddl1, ddl2, "tables")
    resolved = _resolve(
        "table",
        [t for t in tables if t["$diffType"] == "create"],
        [t for t in tables if t["$diffType"] == "drop"],
        renames,
        lambda e: e["name"],
        out,
    )
    if resolved is None:
        return out
    created_tables, deleted_tables, renamed_tables = resolved
    for old, new in renamed_tables:
        _rename_table(ddl1, ddl2, old["name"], new["name"])
    created_names = {t["name"] for t in created_tables}
    deleted_names = {t["name"] for t in deleted_tables}

    column_changes = [c for c in diff(ddl1, ddl2, "columns") if c["table"] not in created_names]
    column_creates: list[Entity] = []
    column_deletes: list[Entity] = []
    column_renames: list[tuple[Entity, Entity]] = []
    for inserted, deleted in group_by_table(column_changes):
        found = _resolve(
            "column", inserted, deleted, renames, lambda e: f"{e['table']}.{e['name']}", out
        )
        if found is not None:
            column_creates += found[0]
            column_deletes += found[1]
            column_renames += found[2]
    if out.ambiguities:
        return out
    for old, new in column_renames:
        _rename_column(ddl1, ddl2, old["table"], old["name"], new["name"])

    preserve_names(ddl1, ddl2, "fks")
    preserve_names(ddl1, ddl2, "indexes")

    views = diff(ddl1, ddl2, "views")
    found_views = _resolve(
        "view",
        [v for v in views if v["$diffType"] == "create"],
        [v for v in views if v["$diffType"] == "drop"],
        renames,
        lambda e: e["name"],
        out,
    )
    if found_views is None:
        return out
    created_views, deleted_views, renamed_views = found_views
    for old, new in renamed_views:
        ddl1.update("views", {"name": old["name"]}, {"name": new["name"]})

    def kind(items: list[Entity], diff_type: str) -> list[Entity]:
        return [i for i in items if i["$diffType"] == diff_type]

    checks = diff(ddl1, ddl2, "checks")
    indexes = diff(ddl1, ddl2, "indexes")
    fks = diff(ddl1, ddl2, "fks")
    pks = diff(ddl1, ddl2, "pks")
    altered = alters(ddl1, ddl2)

    lists: dict[str, list[Statement]] = {name: [] for name in _ORDER}

    def add(list_name: str, statement_type: str, **data: Any) -> None:
        lists[list_name].append(Statement(statement_type, data))

    for table in created_tables:
        full = table_full(table["name"], ddl2)
        if len(created_tables) > 1:
            full["fks"] = []
        add("create_table", "create_table", table=full)
    for table in deleted_tables:
        add("drop_table", "drop_table", table=table["name"])
    for old, new in renamed_tables:
        add("rename_table", "rename_table", old=old["name"], new=new["name"])
    for old, new in column_renames:
        add("rename_column", "rename_column", table=new["table"], old=old["name"], new=new["name"])
    for view in created_views:
        add("create_view", "create_view", view=view, replace=False)
    for view in deleted_views:
        add("drop_view", "drop_view", name=view["name"])
    for old, new in renamed_views:
        add("rename_view", "rename_view", old=old["name"], new=new["name"])
    for item in (a for a in altered if a["entityType"] == "views"):
        if "algorithm" in item and item["algorithm"]["to"] == "undefined":
            del item["algorithm"]
        if not has_diff(item):
            continue
        changed = ddl2.one("views", name=item["name"])
        assert changed is not None
        if "definition" in item:
            add("alter_view", "create_view", view=changed, replace=True)
        else:
            add("alter_view", "alter_view", view=changed)

    for check in kind(checks, "drop"):
        if check["table"] not in deleted_names:
            add("drop_check", "drop_constraint", table=check["table"], name=check["name"])
    for index in kind(indexes, "drop"):
        if index["table"] not in deleted_names:
            add("drop_index", "drop_index", index=index)
    for fk in kind(fks, "drop"):
        if fk["table"] in deleted_names and fk["tableTo"] not in deleted_names:
            continue
        auto_index = ddl2.one("indexes", table=fk["table"], name=fk["name"]) is None
        auto_index = auto_index and fk["table"] not in deleted_names
        auto_index = auto_index and not _covered(ddl1, fk)
        add("drop_fk", "drop_constraint", table=fk["table"], name=fk["name"], index=auto_index)
    for pk in kind(pks, "drop"):
        if pk["table"] in deleted_names:
            continue
        if len(pk["columns"]) == 1:
            column = ddl2.one("columns", table=pk["table"], name=pk["columns"][0])
            if column is not None and column["autoIncrement"]:
                continue  # MySQL keeps the key of an AUTO_INCREMENT column
        add("drop_pk", "drop_pk", pk=pk)
    for check in kind(checks, "create"):
        if check["table"] not in created_names:
            add("create_check", "create_check", check=check)
    for index in kind(indexes, "create"):
        if not index["isUnique"] or index["table"] not in created_names:
            add("create_index", "create_index", index=index)
    for fk in kind(fks, "create"):
        if len(created_tables) >= 2 or fk["table"] not in created_names:
            add("create_fk", "create_fk", fk=fk)
    for pk in kind(pks, "create"):
        if pk["table"] not in created_names:
            add("create_pk", "create_pk", pk=pk)
    for column in column_creates:
        is_pk = _single_pk(ddl2, column["table"], column["name"])
        add("add_column", "add_column", column=column, pk=is_pk)
    for column in column_deletes:
        if column["table"] not in deleted_names:
            add("drop_column", "drop_column", column=column)

    column_alters = [a for a in altered if a["entityType"] == "columns"]
    for item in column_alters:
        _keep_column_alter(item, ddl1, ddl2)
        if not (has_diff(item) and _in_place(item)):
            continue
        where = {"table": item["table"], "columns": [item["name"]]}
        add(
            "alter_column",
            "alter_column",
            column=item["$right"],
            diff=item,
            pk=ddl2.one("pks", **where) is not None,
            was_pk=ddl1.one("pks", **where) is not None,
        )
    for item in column_alters:
        if _in_place(item):
            continue
        column = ddl2.one("columns", table=item["table"], name=item["name"])
        assert column is not None
        is_pk = _single_pk(ddl2, item["table"], item["name"])
        add("recreate_column", "recreate_column", column=column, pk=is_pk, diff=item)

    for item in (a for a in altered if a["entityType"] == "pks"):
        if "columns" not in item:
            continue
        left = item["$left"]["columns"]
        for fk in ddl2.list("fks", tableTo=item["table"]):
            if len(fk["columnsTo"]) == len(left) and all(c in left for c in fk["columnsTo"]):
                add("drop_fk", "drop_constraint", table=fk["table"], name=fk["name"], index=False)
                add("create_fk", "create_fk", fk=fk)
        add("drop_pk", "drop_pk", pk=item["$left"])
        add("create_pk", "create_pk", pk=item["$right"])
    for item in (a for a in altered if a["entityType"] == "fks"):
        if "onDelete" in item or "onUpdate" in item:
            add("drop_fk", "drop_constraint", table=item["table"], name=item["name"], index=False)
            add("create_fk", "create_fk", fk=item["$right"])

    out.statements = [s for name in _ORDER for s in lists[name]]
    return out


__all__ = ["Planned", "Statement", "commutative", "plan", "table_full"]
