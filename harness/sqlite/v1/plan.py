"""drizzle-kit 1.0's SQLite diff: two entity lists -> its JSON statements, in its order.

The steps follow drizzle-kit 1.0's ``ddlDiff``, because its output depends on them:

1. tables created/dropped, then renames asked about (and applied to the old entities);
2. per table, columns created/dropped, then renames asked about and applied to both sides
   (indexes, foreign keys, primary keys, uniques of the table follow the column);
3. unnamed uniques, primary keys and foreign keys whose generated name changed only because
   of a rename keep their old name (in the new snapshot too);
4. a table is recreated (``__new_<t>``, copy, drop, rename) when a check, unique, primary
   key or foreign key appears, disappears or changes, or a column changes type, default, NOT
   NULL or autoincrement, or becomes / is added as a STORED generated column;
5. a column that only changes its VIRTUAL generated expression is dropped and added again;
6. statements: created tables, renamed tables, renamed columns, added columns, re-added
   generated columns, recreations, dropped indexes, created indexes (every index of a
   recreated table), dropped tables, dropped columns, dropped views, created views.

Quirks kept on purpose (the output is compared with drizzle-kit's byte for byte): an added
column is also added with ``ALTER TABLE`` when its table is recreated in the same migration;
an index whose definition changes under the same name is not rewritten unless its table is
recreated.  (drizzle-kit's source on its ``beta`` branch gives a re-added generated column
the table's first foreign key; the 1.0 release candidate this follows gives it only a
foreign key on that very column.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.core.schema_diff import Ambiguity, Renames, match_renames
from harness.sqlite.v1.defaults import defaults_commutative
from harness.sqlite.v1.store import Alter, Store, diff, group_by_table


@dataclass
class Statement:
    """One drizzle-kit JSON statement: its ``type`` and the data its SQL is written from."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    """The statements, the renames as the snapshot records them (``old->new``), and what
    the human summary needs."""

    statements: list[Statement] = field(default_factory=list)
    renames: list[str] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)
    created_tables: list[str] = field(default_factory=list)
    dropped_tables: list[str] = field(default_factory=list)
    renamed_tables: list[tuple[str, str]] = field(default_factory=list)
    renamed_columns: list[tuple[str, str, str]] = field(default_factory=list)
    added_columns: list[dict[str, Any]] = field(default_factory=list)
    dropped_columns: list[dict[str, Any]] = field(default_factory=list)
    altered_columns: list[Alter] = field(default_factory=list)
    recreated: list[str] = field(default_factory=list)
    constraints: list[tuple[str, str, str, str]] = field(default_factory=list)
    created_views: list[str] = field(default_factory=list)
    dropped_views: list[str] = field(default_factory=list)
    changed_views: list[str] = field(default_factory=list)


def table_full(name: str, ddl: Store) -> dict[str, Any]:
    """A table with everything of it (drizzle-kit's ``tableFromDDL``)."""
    return {
        "name": name,
        "columns": ddl.list("columns", table=name),
        "pk": ddl.one("pks", table=name),
        "fks": ddl.list("fks", table=name),
        "uniques": ddl.list("uniques", table=name),
        "checks": ddl.list("checks", table=name),
        "indexes": ddl.list("indexes", table=name),
    }


def plan(ddl1: Store, ddl2: Store, renames: Renames) -> Plan:
    """The statements turning ``ddl1`` into ``ddl2``; both stores are updated in place as
    drizzle-kit updates them (``ddl2`` is what the new snapshot records)."""
    result = Plan()
    tables = diff(ddl1, ddl2, "tables")
    found = match_renames(
        "table", [t["name"] for t in tables.dropped], [t["name"] for t in tables.created], renames
    )
    if found.ambiguities:
        result.ambiguities = found.ambiguities
        return result
    created_tables, deleted_tables = found.created, found.deleted
    for old, new in found.renamed:
        ddl1.update("tables", {"name": old}, {"name": new})
        ddl1.update("fks", {"tableTo": old}, {"tableTo": new})
        ddl2.update("fks", {"tableTo": old}, {"tableTo": new})
        ddl1.update("fks", {"table": old}, {"table": new})
        ddl1.update(None, {"table": old}, {"table": new})

    columns = _resolve_columns(ddl1, ddl2, created_tables, renames)
    if columns.ambiguities:
        result.ambiguities = columns.ambiguities
        return result
    pairs, to_create, to_delete = columns.renamed, columns.created, columns.deleted
    for before, after in pairs:
        _apply_column_rename(ddl1, ddl2, before["table"], before["name"], after["name"])

    created_columns = [
        c for c in to_create if not c["generated"] or c["generated"]["type"] == "virtual"
    ]
    for kind in ("uniques", "pks", "fks"):
        _preserve_names(ddl1, ddl2, kind)

    pks_diff = _without(diff(ddl1, ddl2, "pks").created_dropped, deleted_tables)
    uniques_diff = _without(diff(ddl1, ddl2, "uniques").created_dropped, deleted_tables)
    indexes_diff = diff(ddl1, ddl2, "indexes").created_dropped
    checks_diff = diff(ddl1, ddl2, "checks").created_dropped
    fks_diff = _without(
        [
            (kind, fk)
            for kind, fk in diff(ddl1, ddl2, "fks").created_dropped
            if fk["columns"]
            and not any(
                c["table"] == fk["table"] and c["name"] == fk["columns"][0] for c in created_columns
            )
        ],
        deleted_tables,
    )
    indexes_by_table = group_by_table(indexes_diff)
    views_diff = diff(ddl1, ddl2, "views")
    created_views = [v for v in views_diff.created if not v["isExisting"]]
    deleted_views = [v for v in views_diff.dropped if not v["isExisting"]]

    updates = diff(ddl1, ddl2).altered
    uniques_alters = _significant(updates, "uniques")
    pks_alters = [a for a in updates if a.entity_type == "pks"]
    for alter in pks_alters:
        alter.changes.pop("nameExplicit", None)
        before, after = alter.changes.get("columns", (None, None))
        if (
            isinstance(before, list)
            and isinstance(after, list)
            and len(before) == len(after)
            and set(before) <= set(after)
        ):
            del alter.changes["columns"]  # the same columns in another order
    pks_alters = [a for a in pks_alters if a.changes]
    fks_alters = _significant(updates, "fks")
    checks_alters = [a for a in updates if a.entity_type == "checks"]
    altered_columns: list[Alter] = []
    for alter in (a for a in updates if a.entity_type == "columns"):
        if "notNull" in alter.changes and ddl2.one("pks", table=alter.table, columns=[alter.name]):
            del alter.changes["notNull"]
        default = alter.changes.get("default")
        if default is not None and defaults_commutative(default, alter.right["type"]):
            del alter.changes["default"]
        if alter.changes:
            altered_columns.append(alter)
    became_stored = [
        a
        for a in altered_columns
        if isinstance(a.changes.get("generated", (None, None))[1], dict)
        and a.changes["generated"][1].get("type") == "stored"
    ]
    new_stored = [c for c in to_create if c["generated"] and c["generated"]["type"] == "stored"]

    recreate: dict[str, None] = {}
    for _, entity in [*checks_diff, *uniques_diff, *pks_diff, *fks_diff]:
        recreate[entity["table"]] = None
    for _, index in indexes_diff:
        if index["isUnique"] and index["origin"] == "auto":
            recreate[index["table"]] = None
    for alter in became_stored:
        recreate[alter.table or ""] = None
    for column in new_stored:
        recreate[column["table"]] = None
    for name in [*created_tables, *deleted_tables]:
        recreate.pop(name, None)
    for alter in altered_columns:
        if {"type", "default", "autoincrement", "notNull"} & alter.changes.keys():
            recreate[alter.table or ""] = None
    for alter in [*pks_alters, *fks_alters, *uniques_alters, *checks_alters]:
        recreate[alter.table or ""] = None
    recreated = list(recreate)

    statements = result.statements
    statements += [
        Statement("create_table", {"table": table_full(n, ddl2)}) for n in created_tables
    ]
    statements += [Statement("rename_table", {"from": o, "to": n}) for o, n in found.renamed]
    statements += [
        Statement("rename_column", {"table": b["table"], "from": b["name"], "to": a["name"]})
        for b, a in pairs
    ]
    statements += _add_columns(created_columns, ddl2)
    for alter in altered_columns:
        if alter.table in recreate:
            continue
        # only a VIRTUAL generated expression can change without a recreation
        statements.append(
            Statement(
                "recreate_column",
                {
                    "column": ddl2.one("columns", table=alter.table, name=alter.name),
                    "fk": ddl2.one("fks", table=alter.table, columns=[alter.name]),
                },
            )
        )
    statements += [
        Statement("recreate_table", {"to": table_full(n, ddl2), "from": table_full(n, ddl1)})
        for n in recreated
    ]
    for group in indexes_by_table:
        statements += [Statement("drop_index", {"index": i}) for i in group.deleted]
    for name in recreated:
        statements += [
            Statement("create_index", {"index": i}) for i in ddl2.list("indexes", table=name)
        ]
    for group in indexes_by_table:
        if group.table not in recreate:
            statements += [Statement("create_index", {"index": i}) for i in group.inserted]
    statements += [Statement("drop_table", {"table": n}) for n in deleted_tables]
    dropped_columns = [
        c for c in to_delete if c["table"] not in recreate and c["table"] not in deleted_tables
    ]
    statements += [Statement("drop_column", {"column": c}) for c in dropped_columns]

    drop_views = [Statement("drop_view", {"view": v}) for v in deleted_views]
    create_views = [Statement("create_view", {"view": v}) for v in created_views]
    changed_views: list[str] = []
    for alter in (a for a in updates if a.entity_type == "views"):
        if "isExisting" in alter.changes or "definition" in alter.changes:
            view = ddl2.one("views", name=alter.name)
            drop_views.append(Statement("drop_view", {"view": view}))
            create_views.append(Statement("create_view", {"view": view}))
            changed_views.append(alter.name)
    statements += drop_views + create_views

    result.renames = [f"{o}->{n}" for o, n in found.renamed]
    result.renames += [f"{b['table']}.{b['name']}->{a['table']}.{a['name']}" for b, a in pairs]
    result.created_tables = created_tables
    result.dropped_tables = deleted_tables
    result.renamed_tables = found.renamed
    result.renamed_columns = [(b["table"], b["name"], a["name"]) for b, a in pairs]
    result.added_columns = to_create
    result.dropped_columns = [c for c in to_delete if c["table"] not in deleted_tables]
    result.altered_columns = altered_columns
    result.recreated = recreated
    for what, found_diff, alters in (
        ("index", indexes_diff, []),
        ("foreign key", fks_diff, fks_alters),
        ("primary key", pks_diff, pks_alters),
        ("unique", uniques_diff, uniques_alters),
        ("check", checks_diff, checks_alters),
    ):
        for kind, entity in found_diff:
            if entity["table"] in created_tables or entity["table"] in deleted_tables:
                continue
            verb = "created" if kind == "create" else "dropped"
            result.constraints.append((entity["table"], what, entity["name"], verb))
        for alter in alters:
            result.constraints.append((alter.table or "", what, alter.name, "changed"))
    result.created_views = [v["name"] for v in created_views]
    result.dropped_views = [v["name"] for v in deleted_views]
    result.changed_views = changed_views
    return result


@dataclass
class _Columns:
    """Columns created, dropped and renamed (old entity, new entity), table by table."""

    renamed: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)
    deleted: list[dict[str, Any]] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)


def _resolve_columns(
    ddl1: Store, ddl2: Store, created_tables: list[str], renames: Renames
) -> _Columns:
    """Per table, in drizzle-kit's order (tables as their columns first appear in the diff),
    rename questions answered from ``renames``; columns of created tables are not asked
    about."""
    columns = diff(ddl1, ddl2, "columns").created_dropped
    columns = [(k, c) for k, c in columns if c["table"] not in created_tables]
    result = _Columns()
    for group in group_by_table(columns):
        table = group.table
        old = {f"{table}.{c['name']}": c for c in group.deleted}
        new = {f"{table}.{c['name']}": c for c in group.inserted}
        found = match_renames("column", list(old), list(new), renames)
        result.ambiguities += found.ambiguities
        result.renamed += [(old[o], new[n]) for o, n in found.renamed]
        result.created += [new[n] for n in found.created]
        result.deleted += [old[o] for o in found.deleted]
    return result


def _apply_column_rename(ddl1: Store, ddl2: Store, table: str, old: str, new: str) -> None:
    """The rename applied to the old column and to what names it, on both sides."""

    def index_column(item: dict[str, Any]) -> dict[str, Any]:
        if not item["isExpression"] and item["value"] == old:
            item["value"] = new
        return item

    def rename(name: str) -> str:
        return new if name == old else name

    ddl1.update("columns", {"table": table, "name": old}, {"name": new})
    for ddl in (ddl1, ddl2):
        ddl.update("indexes", {"table": table}, {"columns": index_column})
        ddl.update("fks", {"table": table}, {"columns": rename})
        ddl.update("fks", {"tableTo": table}, {"columnsTo": rename})
        ddl.update("pks", {"table": table}, {"columns": rename})
        ddl.update("uniques", {"table": table}, {"columns": rename})
        ddl.update("checks", {"table": table, "value": old}, {"value": new})


def _preserve_names(ddl1: Store, ddl2: Store, entity_type: str) -> None:
    """An unnamed constraint that is otherwise unchanged keeps its old generated name."""
    for left in ddl1.list(entity_type):
        if left["nameExplicit"]:
            continue
        where = {k: v for k, v in left.items() if k not in ("entityType", "name", "nameExplicit")}
        where["nameExplicit"] = False
        found = ddl2.list(entity_type, **where)
        if len(found) != 1 or found[0]["name"] == left["name"]:
            continue
        ddl2.update(entity_type, where, {"name": left["name"]})


def _without(
    items: list[tuple[str, dict[str, Any]]], tables: list[str]
) -> list[tuple[str, dict[str, Any]]]:
    return [(k, e) for k, e in items if e["table"] not in tables]


def _significant(updates: list[Alter], entity_type: str) -> list[Alter]:
    """Alters of one type that change more than whether the name was given."""
    out = []
    for alter in updates:
        if alter.entity_type != entity_type:
            continue
        alter.changes.pop("nameExplicit", None)
        if alter.changes:
            out.append(alter)
    return out


def _add_columns(columns: list[dict[str, Any]], ddl2: Store) -> list[Statement]:
    """``ALTER TABLE ... ADD`` per created column, grouped by table (first appearance); a
    column's own one-column foreign key rides along."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for column in columns:
        by_table.setdefault(column["table"], []).append(column)
    out = []
    for table, group in by_table.items():
        fks = ddl2.list("fks", table=table)
        for column in group:
            fk = next(
                (f for f in fks if len(f["columns"]) == 1 and f["columns"][0] == column["name"]),
                None,
            )
            out.append(Statement("add_column", {"column": column, "fk": fk}))
    return out


__all__ = ["Plan", "Statement", "plan", "table_full"]
