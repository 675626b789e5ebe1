"""``harness generate`` for PostgreSQL: the dialect's ``schema_diff`` part.

``PgSchemaDiff`` serialises declarations into drizzle-kit's snapshot (``harness.pg.snapshot``)
and diffs two snapshots into the statements drizzle-kit 0.31 writes, in its order.  The diff
follows drizzle-kit's own pipeline, because its output - which statements, in which order,
and its known blind spots - comes from that pipeline rather than from any rule one could
restate: rename questions in drizzle-kit's order (schemas, enums, sequences, tables, columns,
views), each answer patched into the old snapshot before the next question; then one JSON diff
of the squashed snapshots (``harness.pg.kit.squash``/``jsondiff``) read into statement records
(``harness.pg.kit.alter``), filtered as drizzle-kit filters them and spelled by
``harness.pg.kit.sql``.

An unanswered rename question stops the diff there (later questions depend on the answer);
the result then carries only the ambiguities.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.core.ddl import Casing
from harness.core.errors import SchemaError
from harness.core.schema_diff import EntityKind, Renames, SchemaDiff, match_renames
from harness.pg import snapshot as _snapshot
from harness.pg.kit.alter import base_type, column_statements, table_alterations
from harness.pg.kit.jsondiff import added_and_deleted, array_changes, diff
from harness.pg.kit.sql import render
from harness.pg.kit.squash import normalized, squashed, unsquash_pk, unsquash_sequence

Statement = dict[str, Any]
Named = dict[str, Any]


@dataclass
class PgSchemaDiffResult(SchemaDiff):
    """A :class:`SchemaDiff` plus ``renames_meta``: the renames as drizzle-kit's differ
    records them (``{"schemas", "tables", "columns"}``, ``'"old"': '"new"'``).

    drizzle-kit 0.31 computes that record for PostgreSQL but does not write it: its snapshot's
    ``_meta`` stays empty, so ``meta`` (what goes into the file) is empty too."""

    renames_meta: dict[str, dict[str, str]] = field(default_factory=dict)


def _empty_meta() -> dict[str, dict[str, str]]:
    return {"columns": {}, "schemas": {}, "tables": {}}


def _label(item: Named) -> str:
    schema = item.get("schema") or "public"
    return item["name"] if schema == "public" else f"{schema}.{item['name']}"


def _key(item: Named) -> str:
    return f"{item.get('schema') or 'public'}.{item['name']}"


@dataclass
class _Resolved:
    created: list[Named]
    deleted: list[Named]
    renamed: list[tuple[Named, Named]]  # name changed (schema may have too)
    moved: list[tuple[Named, Named]]  # schema changed


def _resolve(
    kind: EntityKind, deleted: list[Named], added: list[Named], renames: Renames, out: SchemaDiff
) -> _Resolved | None:
    """Pair disappeared and appeared items of one kind; None (ambiguities in ``out``) when a
    question is unanswered."""
    old = {_label(d): d for d in deleted}
    new = {_label(a): a for a in added}
    matched = match_renames(kind, list(old), list(new), renames)
    if matched.ambiguities:
        out.ambiguities.extend(matched.ambiguities)
        return None
    pairs = [(old[a], new[b]) for a, b in matched.renamed]
    return _Resolved(
        created=[new[n] for n in matched.created],
        deleted=[old[n] for n in matched.deleted],
        renamed=[(a, b) for a, b in pairs if a["name"] != b["name"]],
        moved=[(a, b) for a, b in pairs if (a.get("schema") or "") != (b.get("schema") or "")],
    )


def _rekey(items: dict[str, Named], renamed: list[tuple[Named, Named]]) -> dict[str, Named]:
    """``nameSchemaChangeFor``: old entries renamed (and moved) to their new names."""
    out = {}
    for item in items.values():
        for old, new in renamed:
            if item["name"] == old["name"] and item.get("schema") == old.get("schema"):
                item["name"], item["schema"] = new["name"], new.get("schema")
                break
        out[_key(item)] = item
    return out


def _retype_columns(tables: dict[str, Any], changes: dict[str, tuple[str, str]]) -> None:
    for table in tables.values():
        for column in table["columns"].values():
            change = changes.get(f"{column.get('typeSchema') or 'public'}.{column['type']}")
            if change is not None:
                column["type"], column["typeSchema"] = change


def _type_changes(resolved: _Resolved) -> dict[str, tuple[str, str]]:
    changes = {}
    for old, new in resolved.renamed:
        changes[f"{old['schema']}.{old['name']}"] = (new["name"], new["schema"])
    for old, new in resolved.moved:
        changes.setdefault(
            f"{old['schema'] or 'public'}.{old['name']}", (old["name"], new["schema"])
        )
    return changes


def diff_snapshots(
    before: dict[str, Any], after: dict[str, Any], renames: Renames = Renames()
) -> PgSchemaDiffResult:
    """The statements that turn snapshot ``before`` into ``after``, as drizzle-kit writes them."""
    result = PgSchemaDiffResult(meta=_empty_meta())
    prev_full, cur_full = normalized(before), normalized(after)
    json1, json2 = squashed(prev_full), squashed(cur_full)

    # schemas
    added, deleted = added_and_deleted(json1["schemas"], json2["schemas"])
    schemas = _resolve(
        "schema", [{"name": d} for d in deleted], [{"name": a} for a in added], renames, result
    )
    if schemas is None:
        return result
    patched = copy.deepcopy(json1)
    schema_to = {old["name"]: new["name"] for old, new in schemas.renamed}
    for kind in ("tables", "enums", "sequences"):
        moved = {}
        for item in patched[kind].values():
            if item.get("schema") in schema_to:
                item["schema"] = schema_to[item["schema"]]
            moved[_key(item)] = item
        patched[kind] = moved

    # enums, then sequences: renames and moves, patched into the old tables' column types
    resolved: dict[str, _Resolved] = {}
    for kind, label in (("enums", "enum"), ("sequences", "sequence")):
        added, deleted = added_and_deleted(patched[kind], json2[kind])
        found = _resolve(label, deleted, added, renames, result)  # type: ignore[arg-type]
        if found is None:
            return result
        resolved[kind] = found
        patched[kind] = _rekey(patched[kind], found.renamed)
        _retype_columns(patched["tables"], _type_changes(found))

    # tables
    added, deleted = added_and_deleted(patched["tables"], json2["tables"])
    tables = _resolve("table", deleted, added, renames, result)
    if tables is None:
        return result
    tables_patched = copy.deepcopy(patched)
    tables_patched["tables"] = _rekey(tables_patched["tables"], tables.renamed)

    # columns, table by table
    column_changes = _resolve_columns(tables_patched["tables"], json2["tables"], renames, result)
    if column_changes is None:
        return result

    # views
    added, deleted = added_and_deleted(tables_patched["views"], json2["views"])
    views = _resolve("view", deleted, added, renames, result)
    if views is None:
        return result
    views_patched = copy.deepcopy(tables_patched)
    renamed_views = {_key(o): n["name"] for o, n in views.renamed}
    moved_views = {_key(o): n["schema"] for o, n in views.moved}
    rekeyed = {}
    for key, view in views_patched["views"].items():
        old_key = f"{view['schema']}.{view['name']}"
        if old_key in renamed_views:
            view["name"] = renamed_views[old_key]
            key = f"{view['schema']}.{view['name']}"
        if old_key in moved_views:
            key = f"{moved_views[old_key]}.{view['name']}"
        rekeyed[key] = view
    views_patched["views"] = rekeyed

    statements = _statements(
        json1,
        json2,
        cur_full,
        views_patched,
        schemas,
        resolved,
        tables,
        column_changes,
        views,
    )
    statements = _filtered(statements)
    result.statements = render(statements)
    result.changes = [line for st in statements for line in _describe(st)]
    result.data_loss = [line for st in statements for line in _data_loss(st, json2)]
    result.renames_meta = {
        "schemas": {old["name"]: new["name"] for old, new in schemas.renamed},
        "tables": {_quoted(o): _quoted(n) for o, n in tables.renamed},
        "columns": {
            _quoted_column(st, st["oldColumnName"]): _quoted_column(st, st["newColumnName"])
            for st in column_changes["rename"]
        },
    }
    return result


def _quoted(table: Named) -> str:
    return f'"{table["schema"]}"."{table["name"]}"' if table.get("schema") else f'"{table["name"]}"'


def _quoted_column(st: Statement, column: str) -> str:
    table = f'"{st["schema"]}"."{st["tableName"]}"' if st["schema"] else f'"{st["tableName"]}"'
    return f'{table}."{column}"'


def _resolve_columns(
    old_tables: dict[str, Any], new_tables: dict[str, Any], renames: Renames, out: SchemaDiff
) -> dict[str, list[Statement]] | None:
    """Columns that disappeared / appeared in each table present on both sides."""
    changes: dict[str, list[Statement]] = {"rename": [], "drop": [], "add": []}
    ambiguous = False
    for key, table_diff in (diff(old_tables, new_tables) or {}).items():
        if "__added" in key or "__deleted" in key:
            continue
        table = old_tables[key]
        name, schema = table["name"], table["schema"]
        prefix = f"{schema}.{name}" if schema else name
        columns = table_diff.get("columns") or {}
        gone = {f"{prefix}.{c['name']}": c for k, c in columns.items() if k.endswith("__deleted")}
        came = {f"{prefix}.{c['name']}": c for k, c in columns.items() if k.endswith("__added")}
        matched = match_renames("column", list(gone), list(came), renames)
        if matched.ambiguities:
            out.ambiguities.extend(matched.ambiguities)
            ambiguous = True
            continue
        base = {"tableName": name, "schema": schema}
        changes["rename"] += [
            {
                "type": "alter_table_rename_column",
                **base,
                "oldColumnName": gone[a]["name"],
                "newColumnName": came[b]["name"],
            }
            for a, b in matched.renamed
        ]
        changes["drop"] += [
            {"type": "alter_table_drop_column", **base, "columnName": gone[n]["name"]}
            for n in matched.deleted
        ]
        changes["add"] += [
            {"type": "alter_table_add_column", **base, "column": came[n]} for n in matched.created
        ]
    return None if ambiguous else changes


def _statements(
    json1: dict[str, Any],
    json2: dict[str, Any],
    cur_full: dict[str, Any],
    patched: dict[str, Any],
    schemas: _Resolved,
    resolved: dict[str, _Resolved],
    tables: _Resolved,
    columns: dict[str, list[Statement]],
    views: _Resolved,
) -> list[Statement]:
    """Every statement record in drizzle-kit's order."""
    _refuse_security_changes(json1, json2, patched)
    d = diff(patched, json2) or {}
    enums, sequences = resolved["enums"], resolved["sequences"]
    altered_tables = _altered_tables(d.get("tables") or {}, patched)

    s: dict[str, list[Statement]] = {}
    s["create_schema"] = [{"type": "create_schema", "name": x["name"]} for x in schemas.created]
    s["rename_schema"] = [
        {"type": "rename_schema", "from": o["name"], "to": n["name"]} for o, n in schemas.renamed
    ]
    s["create_enum"] = [
        {
            "type": "create_type_enum",
            "name": e["name"],
            "schema": e["schema"],
            "values": e["values"],
        }
        for e in enums.created
    ]
    s["move_enum"] = [
        {
            "type": "move_type_enum",
            "name": o["name"],
            "schemaFrom": o["schema"] or "public",
            "schemaTo": n["schema"] or "public",
        }
        for o, n in enums.moved
    ]
    s["rename_enum"] = [
        {
            "type": "rename_type_enum",
            "nameFrom": o["name"],
            "nameTo": n["name"],
            "schema": n["schema"],
        }
        for o, n in enums.renamed
    ]
    add_values, drop_values = _enum_value_changes(d.get("enums") or {}, patched, cur_full)
    s["add_values"] = add_values
    s["create_sequence"] = [
        {
            "type": "create_sequence",
            "name": q["name"],
            "schema": q["schema"],
            "values": unsquash_sequence(q["values"]),
        }
        for q in sequences.created
    ]
    s["move_sequence"] = [
        {
            "type": "move_sequence",
            "name": o["name"],
            "schemaFrom": o["schema"] or "public",
            "schemaTo": n["schema"] or "public",
        }
        for o, n in sequences.moved
    ]
    s["rename_sequence"] = [
        {
            "type": "rename_sequence",
            "nameFrom": o["name"],
            "nameTo": n["name"],
            "schema": n["schema"],
        }
        for o, n in sequences.renamed
    ]
    s["alter_sequence"] = [
        {
            "type": "alter_sequence",
            "name": json2["sequences"][k]["name"],
            "schema": json2["sequences"][k]["schema"],
            "values": unsquash_sequence(json2["sequences"][k]["values"]),
        }
        for k, v in (d.get("sequences") or {}).items()
        if "__added" not in k and "__deleted" not in k and "values" in v
    ]
    s["create_role"] = [
        {"type": "create_role", "name": name, "values": json2["roles"][name]}
        for name in json2["roles"]
        if name not in json1["roles"]
    ]
    s["create_table"] = [_create_table(t, cur_full) for t in tables.created]
    s["toggle_rls"] = _rls_toggles(json2, patched)
    view_drops, view_renames, view_alters, view_creates = _view_statements(
        d.get("views") or {}, views, json1, json2
    )
    s["drop_view"], s["rename_view"], s["alter_view"] = view_drops, view_renames, view_alters
    s["drop_table"] = [
        {
            "type": "drop_table",
            "tableName": t["name"],
            "schema": t["schema"],
            "policies": [json.loads(p)["name"] for p in t["policies"].values()],
        }
        for t in tables.deleted
    ]
    s["set_schema"] = [
        {
            "type": "alter_table_set_schema",
            "tableName": o["name"],
            "schemaFrom": o["schema"] or "public",
            "schemaTo": n["schema"] or "public",
        }
        for o, n in tables.moved
    ]
    s["rename_table"] = [
        {
            "type": "rename_table",
            "fromSchema": n["schema"],
            "toSchema": n["schema"],
            "tableNameFrom": o["name"],
            "tableNameTo": n["name"],
        }
        for o, n in tables.renamed
    ]
    s["rename_column"] = columns["rename"]

    per_table = [_table_parts(t, json1, json2, cur_full) for t in altered_tables]

    def gather(part: str) -> list[Statement]:
        return [st for parts in per_table for st in parts[part]]

    s["drop_unique"] = gather("drop_unique")
    s["drop_check"] = gather("drop_check")
    s["drop_reference"] = [st for st in gather("references") if st["type"] == "delete_reference"]
    s["drop_values"] = drop_values
    s["drop_index"] = gather("drop_index") + gather("drop_altered_index")
    s["drop_pk"] = gather("drop_pk")
    s["alter_columns"] = [st for t in altered_tables for st in column_statements(t, json2, json1)]
    s["add_pk"] = gather("add_pk")
    s["add_column"] = columns["add"]
    s["create_reference_new"] = [
        {"type": "create_reference", "tableName": t["name"], "schema": t["schema"], "data": fk}
        for t in tables.created
        for fk in t["foreignKeys"].values()
    ]
    s["create_index_new"] = [
        _create_index(t["name"], t["schema"], idx)
        for t in tables.created
        for idx in t["indexes"].values()
    ]
    s["create_reference"] = [st for st in gather("references") if st["type"] == "create_reference"]
    s["create_index"] = gather("create_index") + gather("create_altered_index")
    s["drop_column"] = columns["drop"]
    s["alter_pk"] = gather("alter_pk")
    s["add_unique"] = gather("add_unique")
    s["add_check"] = gather("add_check")
    s["create_view"] = view_creates
    s["create_policy"] = [
        {
            "type": "create_policy",
            "tableName": t["name"],
            "schema": t["schema"],
            "data": cur_full["tables"][_key(t)]["policies"][name],
        }
        for t in tables.created
        for name in t["policies"]
    ]
    s["drop_enum"] = [
        {"type": "drop_type_enum", "name": e["name"], "schema": e["schema"]} for e in enums.deleted
    ]
    s["drop_sequence"] = [
        {"type": "drop_sequence", "name": q["name"], "schema": q["schema"]}
        for q in sequences.deleted
    ]
    s["drop_schema"] = [{"type": "drop_schema", "name": x["name"]} for x in schemas.deleted]
    return [st for group in s.values() for st in group]


def _create_index(table: str, schema: str, squashed_index: str) -> Statement:
    from harness.pg.kit.squash import unsquash_index

    return {
        "type": "create_index_pg",
        "tableName": table,
        "schema": schema,
        "data": unsquash_index(squashed_index),
    }


def _create_table(table: dict[str, Any], cur_full: dict[str, Any]) -> Statement:
    pks = list(table["compositePrimaryKeys"].values())
    pk_name = ""
    if pks:
        full = cur_full["tables"][_key(table)]
        pk_name = full["compositePrimaryKeys"][unsquash_pk(pks[0])["name"]]["name"]
    return {
        "type": "create_table",
        "tableName": table["name"],
        "schema": table["schema"],
        "columns": list(table["columns"].values()),
        "compositePKs": pks,
        "compositePkName": pk_name,
        "uniqueConstraints": list(table["uniqueConstraints"].values()),
        "checkConstraints": list(table["checkConstraints"].values()),
        "policies": list(table["policies"].values()),
        "isRLSEnabled": table["isRLSEnabled"],
    }


def _rls_toggles(json2: dict[str, Any], patched: dict[str, Any]) -> list[Statement]:
    """``enable_rls()`` added or removed on an existing table (drizzle-kit: RLS stays on while
    the table has policies)."""
    out = []
    for key, new in json2["tables"].items():
        old = patched["tables"].get(key)
        if old is None or old["isRLSEnabled"] == new["isRLSEnabled"]:
            continue
        if new["isRLSEnabled"]:
            kind = "enable_rls"
        elif not new["policies"]:
            kind = "disable_rls"
        else:
            continue
        out.append({"type": kind, "tableName": new["name"], "schema": new["schema"]})
    # drizzle-kit writes every ENABLE before any DISABLE
    return sorted(out, key=lambda st: st["type"] == "disable_rls")


def _refuse_security_changes(
    json1: dict[str, Any], json2: dict[str, Any], patched: dict[str, Any]
) -> None:
    """Policies are created with new tables (and dropped with dropped ones), roles created;
    any other change of policies or roles stops the diff with one line saying what."""
    for key, new in json2["tables"].items():
        old = patched["tables"].get(key)
        if old is None:
            continue
        if old["policies"] != new["policies"]:
            raise SchemaError(
                f"table {_label(new)}: a change of its policies on an existing table is not "
                f"supported by harness generate/push yet; write that migration by hand"
            )
    for name, role in json1["roles"].items():
        if name not in json2["roles"]:
            raise SchemaError(
                f"role {name}: dropping or renaming a role is not supported by harness "
                f"generate yet; write that migration by hand"
            )
        if role != json2["roles"][name]:
            raise SchemaError(
                f"role {name}: changing a role's options is not supported by harness "
                f"generate yet; write that migration by hand"
            )
    if json1["policies"] != json2["policies"]:
        raise SchemaError(
            "policies linked to tables with .link() are not supported by harness generate yet"
        )


def _altered_tables(tables_diff: dict[str, Any], patched: dict[str, Any]) -> list[dict[str, Any]]:
    """``applyJsonDiff``'s altered tables: tables on both sides with a change beyond columns
    that appeared or disappeared (those are the rename/add/drop statements)."""
    out = []
    for key, value in tables_diff.items():
        if key.endswith("__added") or key.endswith("__deleted"):
            continue
        table = {"name": patched["tables"][key]["name"], "schema": patched["tables"][key]["schema"]}
        table.update(value)
        columns = {
            k: v
            for k, v in (table.get("columns") or {}).items()
            if not k.endswith("__added") and not k.endswith("__deleted")
        }
        if columns:
            table["columns"] = columns
        else:
            table.pop("columns", None)
        if set(table) <= {"name", "schema"}:
            continue
        out.append(table_alterations(table))
    return out


def _table_parts(
    t: dict[str, Any], json1: dict[str, Any], json2: dict[str, Any], cur_full: dict[str, Any]
) -> dict[str, list[Statement]]:
    """One altered table's constraint and index statements, by kind."""
    base = {"tableName": t["name"], "schema": t["schema"]}
    parts: dict[str, list[Statement]] = {}
    added_pks = t["added:compositePrimaryKeys"]
    deleted_pks = t["deleted:compositePrimaryKeys"]
    last_added = unsquash_pk(list(added_pks.values())[-1]) if added_pks else {}
    last_deleted = unsquash_pk(list(deleted_pks.values())[-1]) if deleted_pks else {}
    rebuild = last_added != last_deleted
    parts["add_pk"] = [
        {"type": "create_composite_pk", **base, "data": v, "constraintName": unsquash_pk(v)["name"]}
        for v in (added_pks.values() if rebuild else [])
    ]
    parts["drop_pk"] = [
        {"type": "delete_composite_pk", **base, "data": v, "constraintName": unsquash_pk(v)["name"]}
        for v in (deleted_pks.values() if rebuild else [])
    ]
    parts["alter_pk"] = [
        {
            "type": "alter_composite_pk",
            **base,
            "old": v["__old"],
            "new": v["__new"],
            "oldConstraintName": unsquash_pk(v["__old"])["name"],
            "newConstraintName": unsquash_pk(v["__new"])["name"],
        }
        for v in t["altered:compositePrimaryKeys"].values()
    ]
    altered_uniques = t["altered:uniqueConstraints"]
    parts["add_unique"] = [
        {"type": "create_unique_constraint", **base, "data": v}
        for v in [
            *t["added:uniqueConstraints"].values(),
            *(x["__new"] for x in altered_uniques.values()),
        ]
    ]
    parts["drop_unique"] = [
        {"type": "delete_unique_constraint", **base, "data": v}
        for v in [
            *t["deleted:uniqueConstraints"].values(),
            *(x["__old"] for x in altered_uniques.values()),
        ]
    ]
    altered_checks = t["altered:checkConstraints"]
    parts["add_check"] = [
        {"type": "create_check_constraint", **base, "data": v}
        for v in [
            *t["added:checkConstraints"].values(),
            *(x["__new"] for x in altered_checks.values()),
        ]
    ]
    parts["drop_check"] = [
        {"type": "delete_check_constraint", **base, "constraintName": v.split(";")[0]}
        for v in [
            *t["deleted:checkConstraints"].values(),
            *(x["__old"] for x in altered_checks.values()),
        ]
    ]
    refs: list[Statement] = []
    refs += [
        {"type": "create_reference", **base, "data": v} for v in t["added:foreignKeys"].values()
    ]
    refs += [
        {"type": "delete_reference", **base, "data": v} for v in t["deleted:foreignKeys"].values()
    ]
    for v in t["altered:foreignKeys"].values():
        refs.append({"type": "delete_reference", **base, "data": v["__old"]})
        refs.append({"type": "create_reference", **base, "data": v["__new"]})
    parts["references"] = refs
    parts["create_index"] = [
        _create_index(t["name"], t["schema"], v) for v in t["added:indexes"].values()
    ]
    parts["drop_index"] = [
        {"type": "drop_index", **base, "data": v} for v in t["deleted:indexes"].values()
    ]
    altered_indexes = t["altered:indexes"]
    parts["create_altered_index"] = [
        _create_index(t["name"], t["schema"], v["__new"]) for v in altered_indexes.values()
    ]
    parts["drop_altered_index"] = [
        {"type": "drop_index", **base, "data": v["__old"]} for v in altered_indexes.values()
    ]
    return parts


def _enum_value_changes(
    enums_diff: dict[str, Any], patched: dict[str, Any], cur_full: dict[str, Any]
) -> tuple[list[Statement], list[Statement]]:
    adds: list[Statement] = []
    drops: list[Statement] = []
    for key, change in enums_diff.items():
        if "__added" in key or "__deleted" in key or "values" not in change:
            continue
        enum = patched["enums"][key]
        sequence = array_changes(enum["values"], change["values"])
        for item in sequence:
            if item["type"] == "added":
                adds.append(
                    {
                        "type": "alter_type_add_value",
                        "name": enum["name"],
                        "schema": enum["schema"],
                        "value": item["value"],
                        "before": item["before"],
                    }
                )
        removed = [item["value"] for item in sequence if item["type"] == "removed"]
        if not removed:
            continue
        affected = []
        for table in cur_full["tables"].values():
            for column in table["columns"].values():
                if (
                    base_type(column["type"]) == enum["name"]
                    and column.get("typeSchema") == enum["schema"]
                ):
                    affected.append(
                        {
                            "tableSchema": table["schema"],
                            "table": table["name"],
                            "column": column["name"],
                            "columnType": column["type"],
                            "default": column.get("default"),
                        }
                    )
        drops.append(
            {
                "type": "alter_type_drop_value",
                "name": enum["name"],
                "enumSchema": enum["schema"],
                "deletedValues": removed,
                "newValues": cur_full["enums"][f"{enum['schema']}.{enum['name']}"]["values"],
                "columnsWithEnum": affected,
            }
        )
    return adds, drops


def _create_view_statement(view: dict[str, Any]) -> Statement:
    return {
        "type": "create_view",
        "name": view["name"],
        "schema": view["schema"],
        "definition": view.get("definition"),
        "with": view.get("with"),
        "materialized": view["materialized"],
        "withNoData": view.get("withNoData", False),
        "using": view.get("using"),
        "tablespace": view.get("tablespace"),
    }


def _drop_view_statement(name: str, schema: str, materialized: bool) -> Statement:
    st: Statement = {"type": "drop_view", "name": name}
    if schema:
        st["schema"] = schema
    if materialized:
        st["materialized"] = True
    return st


def _view_statements(
    views_diff: dict[str, Any],
    views: _Resolved,
    json1: dict[str, Any],
    json2: dict[str, Any],
) -> tuple[list[Statement], list[Statement], list[Statement], list[Statement]]:
    """(drops, renames, alters, creates) of views, as drizzle-kit collects them."""
    creates = [_create_view_statement(v) for v in views.created if not v.get("isExisting")]
    drops = [
        _drop_view_statement(v["name"], v["schema"], v["materialized"])
        for v in views.deleted
        if not v.get("isExisting")
    ]
    renames = []
    for old, new in views.renamed:
        if new.get("isExisting") or json1["views"][_key(old)].get("isExisting"):
            continue
        st: Statement = {"type": "rename_view", "nameTo": new["name"], "nameFrom": old["name"]}
        if new["schema"]:
            st["schema"] = new["schema"]
        if new["materialized"]:
            st["materialized"] = True
        renames.append(st)
    alters: list[Statement] = []
    for old, new in views.moved:
        st = {
            "type": "alter_view_alter_schema",
            "fromSchema": old["schema"],
            "toSchema": new["schema"],
            "name": old["name"],
        }
        if json2["views"][f"{new['schema']}.{old['name']}"]["materialized"]:
            st["materialized"] = True
        alters.append(st)
    for key, change in views_diff.items():
        if "__added" in key or "__deleted" in key:
            continue
        view = json2["views"][key]
        if view.get("isExisting"):
            continue
        name, schema, materialized = view["name"], view["schema"], view["materialized"]
        if "isExisting" in change or "definition" in change:
            drops.append(_drop_view_statement(name, schema, materialized))
            creates.append(_create_view_statement(view))
            continue
        base = {"name": name, "schema": schema, "materialized": materialized}
        options = change.get("with") or {}
        for found, kind in (
            (change.get("with__added"), "add"),
            (change.get("with__deleted"), "drop"),
            ({k[:-7]: v for k, v in options.items() if k.endswith("__added")}, "add"),
            ({k[:-9]: v for k, v in options.items() if k.endswith("__deleted")}, "drop"),
            ({k: v["__new"] for k, v in options.items() if isinstance(v, dict)}, "add"),
        ):
            if found:
                alters.append({"type": f"alter_view_{kind}_with_option", **base, "with": found})
        for prop, kind, default in (
            ("tablespace", "tablespace", "pg_default"),
            ("using", "using", "heap"),
        ):
            target = None
            if change.get(f"{prop}__added"):
                target = change[f"{prop}__added"]
            if change.get(f"{prop}__deleted"):
                target = default
            if change.get(prop):
                target = change[prop]["__new"]
            if target is not None:
                label = "toTablespace" if prop == "tablespace" else "toUsing"
                alters.append({"type": f"alter_view_alter_{kind}", **base, label: target})
    return drops, renames, alters, creates


def _filtered(statements: list[Statement]) -> list[Statement]:
    """drizzle-kit's final filters: NOT NULL changes implied by identity changes, enum values
    added to an enum that is being rebuilt, defaults a type change already sets."""

    def has(kind: str, **match: Any) -> bool:
        return any(
            o["type"] == kind and all(o.get(k) == v for k, v in match.items()) for o in statements
        )

    step1 = [
        st
        for st in statements
        if not (
            st["type"] == "alter_table_alter_column_drop_notnull"
            and has(
                "alter_table_alter_column_drop_identity",
                tableName=st["tableName"],
                schema=st["schema"],
            )
        )
        and not (
            st["type"] == "alter_table_alter_column_set_notnull"
            and has(
                "alter_table_alter_column_set_identity",
                tableName=st["tableName"],
                schema=st["schema"],
            )
        )
    ]
    step2 = [
        st
        for st in step1
        if not (
            st["type"] == "alter_type_add_value"
            and any(
                o["type"] == "alter_type_drop_value"
                and o["name"] == st["name"]
                and o["enumSchema"] == st["schema"]
                for o in step1
            )
        )
    ]

    def default_covered(st: Statement) -> bool:
        for o in step2:
            if (
                o["type"] == "pg_alter_table_alter_column_set_type"
                and o.get("columnDefault") == st["newDefaultValue"]
                and o["columnName"] == st["columnName"]
                and o["tableName"] == st["tableName"]
                and o["schema"] == st["schema"]
            ):
                return True
            if o["type"] == "alter_type_drop_value" and any(
                c.get("default") == st["newDefaultValue"]
                and c["column"] == st["columnName"]
                and c["table"] == st["tableName"]
                and c["tableSchema"] == st["schema"]
                for c in o["columnsWithEnum"]
            ):
                return True
        return False

    return [
        st
        for st in step2
        if not (st["type"] == "alter_table_alter_column_set_default" and default_covered(st))
    ]


# -- human lines ------------------------------------------------------------------------------
def _where(st: Statement) -> str:
    schema = st.get("schema")
    return f"{schema}.{st['tableName']}" if schema else st["tableName"]


def _describe(st: Statement) -> list[str]:
    kind = st["type"]
    if kind == "create_table":
        return [f"table {_where(st)} created"]
    if kind == "drop_table":
        return [f"table {_where(st)} dropped"]
    if kind == "rename_table":
        return [f"table {st['tableNameFrom']} renamed to {st['tableNameTo']}"]
    if kind == "alter_table_set_schema":
        return [f"table {st['tableName']} moved from {st['schemaFrom']} to {st['schemaTo']}"]
    if kind == "alter_table_add_column":
        return [f"table {_where(st)}: column {st['column']['name']} added"]
    if kind == "alter_table_drop_column":
        return [f"table {_where(st)}: column {st['columnName']} dropped"]
    if kind == "alter_table_rename_column":
        return [
            f"table {_where(st)}: column {st['oldColumnName']} renamed to {st['newColumnName']}"
        ]
    if (
        kind.startswith("alter_table_alter_column_")
        or kind == "pg_alter_table_alter_column_set_type"
    ):
        what = kind.removeprefix("pg_").removeprefix("alter_table_alter_column_").replace("_", " ")
        return [f"table {_where(st)}: column {st['columnName']} {what}"]
    if kind in ("create_schema", "drop_schema"):
        return [f"schema {st['name']} {'created' if kind == 'create_schema' else 'dropped'}"]
    if kind == "rename_schema":
        return [f"schema {st['from']} renamed to {st['to']}"]
    if kind in (
        "create_type_enum",
        "drop_type_enum",
        "create_sequence",
        "drop_sequence",
        "alter_sequence",
    ):
        noun = "enum" if "enum" in kind else "sequence"
        verb = {"create": "created", "drop": "dropped", "alter": "altered"}[kind.split("_")[0]]
        return [f"{noun} {st['name']} {verb}"]
    if kind in ("rename_type_enum", "rename_sequence"):
        noun = "enum" if "enum" in kind else "sequence"
        return [f"{noun} {st['nameFrom']} renamed to {st['nameTo']}"]
    if kind in ("move_type_enum", "move_sequence"):
        noun = "enum" if "enum" in kind else "sequence"
        return [f"{noun} {st['name']} moved from {st['schemaFrom']} to {st['schemaTo']}"]
    if kind == "alter_type_add_value":
        return [f"enum {st['name']}: value {st['value']} added"]
    if kind == "alter_type_drop_value":
        return [f"enum {st['name']}: values {', '.join(st['deletedValues'])} dropped"]
    if kind in ("create_view", "drop_view"):
        return [f"view {st['name']} {'created' if kind == 'create_view' else 'dropped'}"]
    if kind in ("enable_rls", "disable_rls"):
        return [f"table {_where(st)}: row level security {kind.split('_')[0]}d"]
    if kind == "create_role":
        return [f"role {st['name']} created"]
    if kind == "create_policy":
        return [f"table {_where(st)}: policy {st['data']['name']} created"]
    if kind == "rename_view":
        return [f"view {st['nameFrom']} renamed to {st['nameTo']}"]
    if kind.startswith("alter_view"):
        return [f"view {st['name']} altered"]
    if kind == "create_index_pg":
        return [f"table {_where(st)}: index {st['data']['name']} created"]
    if kind == "drop_index":
        index_name = str(st["data"]).split(";")[0]
        return [f"table {_where(st)}: index {index_name} dropped"]
    nouns = {
        "reference": "foreign key",
        "unique_constraint": "unique constraint",
        "check_constraint": "check constraint",
        "composite_pk": "primary key",
    }
    for suffix, label in nouns.items():
        if kind.endswith(suffix):
            verb = {"create": "added", "delete": "dropped", "alter": "changed"}[kind.split("_")[0]]
            return [f"table {_where(st)}: {label} {verb}"]
    return [kind]


def _data_loss(st: Statement, json2: dict[str, Any]) -> list[str]:
    kind = st["type"]
    if kind == "drop_table":
        return [f"table {_where(st)} is dropped with its rows"]
    if kind == "alter_table_drop_column":
        return [f"table {_where(st)}: column {st['columnName']} is dropped with its values"]
    if kind == "alter_type_drop_value":
        return [
            f"enum {st['name']}: values {', '.join(st['deletedValues'])} are dropped; "
            f"the enum is recreated and its columns cast through text"
        ]
    if kind == "drop_type_enum":
        return [f"enum {st['name']} is dropped"]
    if kind == "drop_sequence":
        return [f"sequence {st['name']} is dropped with its current value"]
    if kind == "pg_alter_table_alter_column_set_type":
        return [
            f"table {_where(st)}: column {st['columnName']} changes type from "
            f"{st['oldDataType']['name']} to {st['newDataType']['name']}; values may not convert"
        ]
    if kind == "alter_table_alter_column_set_notnull" and st.get("columnDefault") is None:
        return [
            f"table {_where(st)}: column {st['columnName']} becomes NOT NULL without a default; "
            f"fails if rows hold NULL"
        ]
    if kind == "alter_table_add_column":
        column = st["column"]
        if (
            column.get("notNull")
            and "default" not in column
            and not column.get("identity")
            and not column.get("generated")
        ):
            return [
                f"table {_where(st)}: column {column['name']} is added NOT NULL without a "
                f"default; fails if the table has rows"
            ]
    if kind == "alter_table_alter_column_set_generated":
        return [f"table {_where(st)}: column {st['columnName']} is recreated as generated"]
    return []


class PgSchemaDiff:
    """``harness.core.parts.SchemaDiffer`` for PostgreSQL (drizzle-kit snapshot version 7)."""

    snapshot_version = "7"

    def empty_snapshot(self) -> dict[str, Any]:
        return _snapshot.empty_snapshot()

    def snapshot(self, entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        return _snapshot.snapshot(entities, casing)

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        return diff_snapshots(before, after, renames)


__all__ = ["PgSchemaDiff", "PgSchemaDiffResult", "diff_snapshots"]
