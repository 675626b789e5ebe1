"""drizzle-kit 1.0's PostgreSQL diff (``ddlDiff``): two entity lists -> statement records.

The order and choice of statements are drizzle-kit's pipeline, not a rule one could restate,
so it is followed step by step: rename questions per kind (schemas, enums, sequences, tables,
columns, views), each answer patched into the old store before the next kind is diffed; then
generated constraint names carried over (``preserve_names``); then every kind's created,
dropped and altered entities turned into records, filtered as drizzle-kit filters them, and
concatenated in its fixed order.

Two departures, both about questions drizzle-kit asks that :class:`Renames` cannot express:
constraints and indexes (unique, check, index, primary key, foreign key) are never taken as
renamed - a new name is a drop and a create.  Roles, privileges and policies are not declared
by the harness; those of an older snapshot are dropped.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from harness.core.schema_diff import Ambiguity, EntityKind, Renames, match_renames
from harness.pg.v1.enum_values import diff_values
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

Statement = dict[str, Any]


@dataclass
class Planned:
    """The records of one diff, the renames record, and unanswered questions."""

    statements: list[Statement] = field(default_factory=list)
    renames: list[str] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)


@dataclass
class _Resolved:
    created: list[Entity]
    deleted: list[Entity]
    renamed: list[tuple[Entity, Entity]]


def _label(item: Entity) -> str:
    schema = item.get("schema") or "public"
    return item["name"] if schema == "public" else f"{schema}.{item['name']}"


def _column_label(item: Entity) -> str:
    prefix = "" if item["schema"] == "public" else f"{item['schema']}."
    return f"{prefix}{item['table']}.{item['name']}"


def _resolve(
    kind: EntityKind,
    created: list[Entity],
    deleted: list[Entity],
    renames: Renames,
    out: Planned,
    label: Any = _label,
) -> _Resolved | None:
    if not created or not deleted:
        return _Resolved(created, deleted, [])
    old = {label(d): d for d in deleted}
    new = {label(c): c for c in created}
    matched = match_renames(kind, list(old), list(new), renames)
    if matched.ambiguities:
        out.ambiguities.extend(matched.ambiguities)
        return None
    return _Resolved(
        [new[n] for n in matched.created],
        [old[n] for n in matched.deleted],
        [(old[a], new[b]) for a, b in matched.renamed],
    )


def _split(items: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    return (
        [i for i in items if i["$diffType"] == "create"],
        [i for i in items if i["$diffType"] == "drop"],
    )


def _rename_record(pair: tuple[Entity, Entity]) -> str:
    """``prepareMigrationRenames``: ``schema.table.old->schema.table.new``."""

    def side(e: Entity) -> str:
        schema = f"{e['schema']}." if e.get("schema") else ""
        table = f"{e['table']}." if e.get("table") else ""
        return f"{schema}{table}{e['name']}"

    return f"{side(pair[0])}->{side(pair[1])}"


def plan(before: list[Entity], after: list[Entity], renames: Renames) -> Planned:
    """The statement records that turn ``before`` into ``after``.  ``after``'s entities are
    updated in place where drizzle-kit updates its new schema (carried-over constraint names),
    so the snapshot written from them is drizzle-kit's."""
    out = Planned()
    ddl1 = Store(copy.deepcopy(before))
    original = Store(copy.deepcopy(before))
    ddl2 = Store(after)

    created, deleted = _split(diff(ddl1, ddl2, "schemas"))
    schemas = _resolve("schema", created, deleted, renames, out)
    if schemas is None:
        return out
    for a, b in schemas.renamed:
        ddl1.update(None, {"schema": a["name"]}, {"schema": b["name"]})
        ddl1.update("fks", {"schemaTo": a["name"]}, {"schemaTo": b["name"]})

    created, deleted = _split(diff(ddl1, ddl2, "enums"))
    enums = _resolve("enum", created, deleted, renames, out)
    if enums is None:
        return out
    renamed_enums = [(a, b) for a, b in enums.renamed if a["name"] != b["name"]]
    moved_enums = [(a, b) for a, b in enums.renamed if a["schema"] != b["schema"]]
    for a, b in renamed_enums:
        ddl1.update(
            "enums",
            {"name": a["name"], "schema": a["schema"]},
            {"name": b["name"], "schema": b["schema"]},
        )
        ddl1.update(
            "columns",
            {"type": a["name"], "typeSchema": a["schema"]},
            {"type": b["name"], "typeSchema": b["schema"]},
        )
    for a, b in moved_enums:
        ddl1.update("enums", {"name": a["name"], "schema": a["schema"]}, {"schema": b["schema"]})
        ddl1.update(
            "columns", {"type": a["name"], "typeSchema": a["schema"]}, {"typeSchema": b["schema"]}
        )

    created, deleted = _split(diff(ddl1, ddl2, "sequences"))
    sequences = _resolve("sequence", created, deleted, renames, out)
    if sequences is None:
        return out
    renamed_sequences = [(a, b) for a, b in sequences.renamed if a["schema"] == b["schema"]]
    moved_sequences = [(a, b) for a, b in sequences.renamed if a["schema"] != b["schema"]]
    for a, b in renamed_sequences:
        ddl1.update(
            "sequences",
            {"name": a["name"], "schema": a["schema"]},
            {"name": b["name"], "schema": b["schema"]},
        )
    for a, b in moved_sequences:
        ddl1.update(
            "sequences", {"name": a["name"], "schema": a["schema"]}, {"schema": b["schema"]}
        )

    created_roles, deleted_roles = _split(diff(ddl1, ddl2, "roles"))
    created_privileges, deleted_privileges = _split(diff(ddl1, ddl2, "privileges"))

    created, deleted = _split(diff(ddl1, ddl2, "tables"))
    tables = _resolve("table", created, deleted, renames, out)
    if tables is None:
        return out
    renamed_tables = [(a, b) for a, b in tables.renamed if a["name"] != b["name"]]
    moved_tables = [(a, b) for a, b in tables.renamed if a["schema"] != b["schema"]]
    for a, b in tables.renamed:
        old = {"name": a["name"], "schema": a["schema"]}
        new = {"name": b["name"], "schema": b["schema"]}
        ddl1.update("tables", old, new)
        for store in (ddl1, ddl2):
            store.update(
                "fks",
                {"schemaTo": a["schema"], "tableTo": a["name"]},
                {"schemaTo": b["schema"], "tableTo": b["name"]},
            )
        ddl1.update(
            "fks",
            {"schema": a["schema"], "table": a["name"]},
            {"schema": b["schema"], "table": b["name"]},
        )
        for store in (ddl1, ddl2):
            store.update(
                None,
                {"table": a["name"], "schema": a["schema"]},
                {"table": b["name"], "schema": b["schema"]},
            )

    column_renames: list[tuple[Entity, Entity]] = []
    columns_created: list[Entity] = []
    columns_deleted: list[Entity] = []
    for created, deleted in group_by_table(diff(ddl1, ddl2, "columns")):
        found = _resolve("column", created, deleted, renames, out, _column_label)
        if found is None:
            continue
        columns_created += found.created
        columns_deleted += found.deleted
        column_renames += found.renamed
    if out.ambiguities:
        return out
    for a, b in column_renames:
        _rename_column(ddl1, ddl2, a, b)

    for kind in ("uniques", "fks", "pks", "indexes"):
        preserve_names(ddl1, ddl2, kind)

    def per_table(kind: str) -> tuple[list[Entity], list[Entity]]:
        made: list[Entity] = []
        gone: list[Entity] = []
        for c, d in group_by_table(diff(ddl1, ddl2, kind)):
            made += c
            gone += d
        return made, gone

    unique_creates, unique_deletes = per_table("uniques")
    check_creates, check_deletes = per_table("checks")
    index_creates, index_deletes = per_table("indexes")
    pk_creates, pk_deletes = per_table("pks")
    fk_creates, fk_deletes = per_table("fks")
    policy_creates, policy_deletes = per_table("policies")

    created, deleted = _split(diff(ddl1, ddl2, "views"))
    views = _resolve("view", created, deleted, renames, out)
    if views is None:
        return out
    renamed_views = [(a, b) for a, b in views.renamed if a["schema"] == b["schema"]]
    moved_views = [(a, b) for a, b in views.renamed if a["schema"] != b["schema"]]
    for a, b in renamed_views:
        ddl1.update(
            "views",
            {"name": a["name"], "schema": a["schema"]},
            {"name": b["name"], "schema": b["schema"]},
        )
    for a, b in moved_views:
        ddl1.update("views", {"name": a["name"], "schema": a["schema"]}, {"schema": b["schema"]})

    changed = alters(ddl1, ddl2)
    created_tables = {(t["schema"], t["name"]) for t in tables.created}
    deleted_tables = {(t["schema"], t["name"]) for t in tables.deleted}

    def not_created(it: Entity) -> bool:
        return (it["schema"], it["table"]) not in created_tables

    def not_deleted(it: Entity) -> bool:
        return (it["schema"], it["table"]) not in deleted_tables

    create_indexes = [{"type": "create_index", "index": i} for i in index_creates]
    drop_indexes = [{"type": "drop_index", "index": i} for i in index_deletes if not_deleted(i)]
    recreate_indexes = []
    for idx in (it for it in changed if it["entityType"] == "indexes"):
        idx.pop("concurrently", None)
        if not has_diff(idx):
            continue
        for_where = bool(idx.get("where"))
        for_columns = bool(idx.get("columns"))
        if idx.get("isUnique") or idx.get("method") or idx.get("with") or for_columns or for_where:
            index = ddl2.one("indexes", schema=idx["schema"], table=idx["table"], name=idx["name"])
            recreate_indexes.append({"type": "recreate_index", "index": index, "diff": idx})

    drop_tables = [{"type": "drop_table", "table": _table_of(t, ddl2)} for t in tables.deleted]
    rename_tables = [
        {"type": "rename_table", "schema": a["schema"], "from": a["name"], "to": b["name"]}
        for a, b in renamed_tables
    ]
    rename_columns = [{"type": "rename_column", "from": a, "to": b} for a, b in column_renames]
    drop_columns = [{"type": "drop_column", "column": c} for c in columns_deleted if not_deleted(c)]
    add_columns = [
        {
            "type": "add_column",
            "column": c,
            "isPK": False,
            "isCompositePK": ddl2.one(
                "pks", schema=c["schema"], table=c["table"], columns={"CONTAINS": c["name"]}
            )
            is not None,
        }
        for c in columns_created
        if not_created(c)
    ]

    column_alters = [_filter_column(it) for it in changed if it["entityType"] == "columns"]
    column_alters = [it for it in column_alters if has_diff(it)]

    unique_alters = []
    for it in (x for x in changed if x["entityType"] == "uniques"):
        it.pop("nameExplicit", None)
        if has_diff(it):
            unique_alters.append({"type": "alter_unique", "diff": it})
    add_uniques = [{"type": "add_unique", "unique": u} for u in unique_creates if not_created(u)]
    drop_uniques = [{"type": "drop_unique", "unique": u} for u in unique_deletes if not_deleted(u)]
    add_pks = [{"type": "add_pk", "pk": p} for p in pk_creates if not_created(p)]
    drop_pks = [{"type": "drop_pk", "pk": p} for p in pk_deletes if not_deleted(p)]
    move_tables = [
        {"type": "move_table", "name": b["name"], "from": a["schema"], "to": b["schema"]}
        for a, b in moved_tables
    ]
    add_checks = [{"type": "add_check", "check": c} for c in check_creates if not_created(c)]
    drop_checks = [{"type": "drop_check", "check": c} for c in check_deletes if not_deleted(c)]
    deleted_names = {c["name"] for c in columns_deleted}
    altered_pks = [
        {
            "type": "alter_pk",
            "diff": it,
            "pk": it["$right"],
            "deleted": any(c in deleted_names for c in it["columns"]["from"]),
        }
        for it in changed
        if it["entityType"] == "pks" and "columns" in it
    ]
    recreate_fks = []
    for it in (x for x in changed if x["entityType"] == "fks"):
        it.pop("nameExplicit", None)
        if has_diff(it):
            recreate_fks.append({"type": "recreate_fk", "fk": it["$right"], "diff": it})
    create_fks = [{"type": "create_fk", "fk": f} for f in fk_creates]
    drop_fks = [
        {"type": "drop_fk", "fk": f}
        for f in fk_deletes
        if not (
            (f["schema"], f["table"]) in deleted_tables
            and not (f["table"] != f["tableTo"] and (f["schemaTo"], f["tableTo"]) in deleted_tables)
        )
    ]
    alter_checks = [
        {"type": "alter_check", "diff": it}
        for it in changed
        if it["entityType"] == "checks" and "value" in it
    ]
    drop_policies = [{"type": "drop_policy", "policy": p} for p in policy_deletes]
    rls = [
        {
            "type": "alter_rls",
            "schema": it["schema"],
            "name": it["name"],
            "isRlsEnabled": bool(it["isRlsEnabled"]["to"]),
        }
        for it in changed
        if it["entityType"] == "tables" and "isRlsEnabled" in it
    ]
    if policy_creates:
        raise NotImplementedError("harness declarations have no row-level security policies")

    create_enums = [{"type": "create_enum", "enum": e} for e in enums.created]
    drop_enums = [{"type": "drop_enum", "enum": e} for e in enums.deleted]
    move_enums = [{"type": "move_enum", "from": a, "to": b} for a, b in moved_enums]
    rename_enums = [
        {"type": "rename_enum", "schema": b["schema"], "from": a["name"], "to": b["name"]}
        for a, b in renamed_enums
    ]
    recreate_enums: list[Statement] = []
    alter_enums: list[Statement] = []
    for it in (x for x in changed if x["entityType"] == "enums"):
        values = it["values"]
        result = diff_values(values["from"], values["to"])
        to = {**it, "values": values["to"]}
        if any(r["type"] == "removed" for r in result):
            columns = []
            for c in ddl1.list("columns", typeSchema=it["schema"], type=it["name"]):
                c2 = ddl2.one("columns", schema=c["schema"], table=c["table"], name=c["name"])
                if c2 is None:
                    continue
                columns.append({**c, "default": {"right": c2["default"], "left": c["default"]}})
            recreate_enums.append(
                {"type": "recreate_enum", "to": to, "columns": columns, "from": it["$left"]}
            )
        else:
            alter_enums.append(
                {"type": "alter_enum", "diff": result, "to": to, "from": it["$left"]}
            )

    alter_columns = []
    for it in column_alters:
        if it.get("generated") and it["generated"]["to"] is not None:
            continue
        if "default" in it and any(
            any(
                (it["schema"], it["table"], it["name"]) == (c["schema"], c["table"], c["name"])
                for c in r["columns"]
            )
            for r in recreate_enums
        ):
            del it["default"]
        right = it["$right"]
        if "notNull" in it and it["notNull"]["to"] and (right["generated"] or right["identity"]):
            del it["notNull"]
        in_pk = ddl2.one(
            "pks", schema=it["schema"], table=it["table"], columns={"CONTAINS": it["name"]}
        )
        if "notNull" in it and in_pk is not None:
            del it["notNull"]
        if not has_diff(it):
            continue
        left = it["$left"]
        was_serial = _serial(left["type"])
        to_serial = not was_serial and _serial(right["type"])
        is_enum = (
            ddl2.one("enums", schema=right["typeSchema"] or "public", name=right["type"])
            is not None
        )
        was_enum = (
            "type" in it
            and ddl1.one("enums", schema=right["typeSchema"] or "public", name=it["type"]["from"])
            is not None
        )
        alter_columns.append(
            {
                "type": "alter_column",
                "diff": it,
                "to": right,
                "isEnum": is_enum,
                "wasEnum": was_enum,
                "wasSerial": was_serial,
                "toSerial": to_serial,
            }
        )

    create_sequences = [{"type": "create_sequence", "sequence": s} for s in sequences.created]
    drop_sequences = [{"type": "drop_sequence", "sequence": s} for s in sequences.deleted]
    move_sequences = [{"type": "move_sequence", "from": a, "to": b} for a, b in moved_sequences]
    rename_sequences = [
        {"type": "rename_sequence", "from": a, "to": b} for a, b in renamed_sequences
    ]
    alter_sequences = [
        {"type": "alter_sequence", "diff": it, "sequence": it["$right"]}
        for it in changed
        if it["entityType"] == "sequences"
    ]
    drop_roles = [{"type": "drop_role", "role": r} for r in deleted_roles]
    if created_roles or created_privileges:
        raise NotImplementedError("harness declarations have no roles or privileges")
    revoke = [{"type": "revoke_privilege", "privilege": p} for p in deleted_privileges]

    create_schemas = [{"type": "create_schema", **s} for s in schemas.created]
    drop_schemas = [{"type": "drop_schema", **s} for s in schemas.deleted]
    rename_schemas = [{"type": "rename_schema", "from": a, "to": b} for a, b in schemas.renamed]
    create_tables = [{"type": "create_table", "table": _table_of(t, ddl2)} for t in tables.created]
    create_views = [{"type": "create_view", "view": v} for v in views.created]
    drop_views: list[Statement] = [
        {"type": "drop_view", "view": v, "cause": None} for v in views.deleted
    ]
    rename_views = [{"type": "rename_view", "from": a, "to": b} for a, b in renamed_views]
    move_views = [
        {"type": "move_view", "fromSchema": a["schema"], "toSchema": b["schema"], "view": b}
        for a, b in moved_views
    ]
    view_alters = []
    for it in (x for x in changed if x["entityType"] == "views"):
        if "using" in it and not it["using"]["to"] and it["using"]["from"] == "heap":
            del it["using"]
        if has_diff(it):
            view_alters.append(it)
    alter_views = [
        {"type": "alter_view", "diff": it, "view": it["$right"]}
        for it in view_alters
        if "definition" not in it
    ]
    for it in (x for x in view_alters if "definition" in x):
        view = it["$right"]
        schema = next((a["name"] for a, b in schemas.renamed if b["name"] == view["schema"]), None)
        name = next(
            (
                a["name"]
                for a, b in renamed_views
                if (b["schema"], b["name"]) == (view["schema"], view["name"])
            ),
            view["name"],
        )
        cause = original.one("views", schema=schema or view["schema"], name=name)
        drop_views.append({"type": "drop_view", "view": view, "cause": cause})
        create_views.append({"type": "create_view", "view": view})

    recreate_columns = []
    for it in column_alters:
        if not (it.get("generated") and it["generated"]["to"] is not None):
            continue
        name = it["name"]
        for index in ddl2.list("indexes", table=it["table"], schema=it["schema"]):
            if any(c["value"].strip("`") == name for c in index["columns"]):
                create_indexes.append({"type": "create_index", "index": index})
        for unique in ddl2.list(
            "uniques", table=it["table"], schema=it["schema"], columns={"CONTAINS": name}
        ):
            add_uniques.append({"type": "add_unique", "unique": unique})
        for fk in ddl2.list(
            "fks", table=it["table"], schema=it["schema"], columns={"CONTAINS": name}
        ):
            drop_fks.append({"type": "drop_fk", "fk": fk})
        for fk in ddl2.list(
            "fks", tableTo=it["table"], schemaTo=it["schema"], columnsTo={"CONTAINS": name}
        ):
            drop_fks.append({"type": "drop_fk", "fk": fk})
            create_fks.append({"type": "create_fk", "fk": fk})
        recreate_columns.append(
            {
                "type": "recreate_column",
                "diff": it,
                "isPK": ddl2.one("pks", schema=it["schema"], table=it["table"], columns=[name])
                is not None,
            }
        )

    out.statements = [
        *create_schemas,
        *rename_schemas,
        *create_enums,
        *move_enums,
        *rename_enums,
        *alter_enums,
        *create_sequences,
        *move_sequences,
        *rename_sequences,
        *alter_sequences,
        *drop_roles,
        *revoke,
        *create_tables,
        *drop_views,
        *rename_views,
        *move_views,
        *alter_views,
        *rename_tables,
        *drop_policies,
        *drop_fks,
        *drop_tables,
        *rls,
        *move_tables,
        *rename_columns,
        *drop_uniques,
        *drop_checks,
        *drop_indexes,
        *drop_pks,
        *add_columns,
        *add_pks,
        *recreate_enums,
        *recreate_columns,
        *drop_columns,
        *altered_pks,
        *alter_columns,
        *recreate_indexes,
        *add_uniques,
        *unique_alters,
        *create_indexes,
        *create_fks,
        *recreate_fks,
        *add_checks,
        *alter_checks,
        *create_views,
        *drop_enums,
        *drop_sequences,
        *drop_schemas,
    ]
    out.renames = [
        _rename_record(p)
        for p in [
            *schemas.renamed,
            *renamed_enums,
            *tables.renamed,
            *column_renames,
            *views.renamed,
            *sequences.renamed,
        ]
    ]
    return out


def _serial(sql_type: str) -> bool:
    return sql_type.lower() in ("serial", "bigserial", "smallserial")


def _rename_column(ddl1: Store, ddl2: Store, a: Entity, b: Entity) -> None:
    """A column rename patched into the old store and into constraints that name it."""
    old_name, new_name = a["name"], b["name"]
    ddl1.update(
        "columns",
        {"name": old_name, "schema": a["schema"]},
        {"name": new_name, "schema": b["schema"]},
    )
    on_table = {"schema": a["schema"], "table": a["table"]}

    def index_column(c: Any) -> Any:
        if not c["isExpression"] and c["value"] == old_name:
            return {**c, "value": new_name}
        return c

    def rename(c: Any) -> Any:
        return new_name if c == old_name else c

    for store in (ddl1, ddl2):
        store.update("indexes", on_table, {"columns": index_column})
        store.update("pks", on_table, {"columns": rename})
        store.update("fks", on_table, {"columns": rename})
        store.update("fks", {"schemaTo": a["schema"], "tableTo": a["table"]}, {"columnsTo": rename})
        store.update("uniques", on_table, {"columns": rename})
        store.update("checks", {**on_table, "value": old_name}, {"value": new_name})


def _filter_column(it: Entity) -> Entity:
    """drizzle-kit's filters of an altered column: equal JSON defaults, commutative types."""
    left, right = it["$left"], it["$right"]
    if (
        "default" in it
        and left["type"] == right["type"]
        and left["type"] in ("json", "jsonb")
        and it["default"]["from"] is not None
        and it["default"]["to"] is not None
    ):
        import json

        try:
            if json.loads(it["default"]["from"].strip("'")) == json.loads(
                it["default"]["to"].strip("'")
            ):
                del it["default"]
        except ValueError:
            pass
    if "type" not in it and "default" in it:
        old, new = it["default"]["from"], it["default"]["to"]
        if old == new or old == f"({new})" or new == f"({old})":
            del it["default"]
    if "type" in it:
        old, new = it["type"]["from"], it["type"]["to"]
        if old == new.replace("numeric", "decimal", 1) or new == old.replace(
            "numeric", "decimal", 1
        ):
            del it["type"]
    if "type" in it and it["type"]["from"].replace(",0)", ")", 1) == it["type"]["to"]:
        del it["type"]
    return it


def _table_of(table: Entity, ddl: Store) -> Entity:
    """``tableFromDDL``: a table with its columns and constraints."""
    where = {"schema": table["schema"], "table": table["name"]}
    return {
        **plain(table),
        "columns": ddl.list("columns", **where),
        "pk": ddl.one("pks", **where),
        "fks": ddl.list("fks", **where),
        "uniques": ddl.list("uniques", **where),
        "checks": ddl.list("checks", **where),
        "indexes": ddl.list("indexes", **where),
        "policies": ddl.list("policies", **where),
    }
