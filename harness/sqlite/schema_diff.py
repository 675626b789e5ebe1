"""The SQLite ``schema_diff`` part: drizzle-kit 0.31's ``generate`` for SQLite snapshots.

:class:`SQLiteSchemaDiff` serialises declarations into drizzle-kit's snapshot
(``harness.sqlite.snapshot``) and diffs two snapshots into the statements drizzle-kit writes,
in its order and with its text (``harness.sqlite.kit``).  Renames are resolved first, in the
order drizzle-kit asks about them (tables, then each table's columns, then views); an
unanswered question ends the diff with an :class:`~harness.core.schema_diff.Ambiguity`.

One deliberate difference from drizzle-kit: when a table is recreated (SQLite cannot ALTER a
column's type, default, NOT NULL, a foreign key, ...), drizzle-kit's ``INSERT ... SELECT``
names every column of the new table, including ones added in the same migration, which the
old table lacks (drizzle-team/drizzle-orm#4147, #5822), and generated columns, which SQLite
refuses to INSERT into; either way the migration fails.  Here the copy takes only the columns
the old table has (by the name they have in it at that point) and that are not generated; an
added column gets its default, a generated one is computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from harness.core.ddl import Casing
from harness.core.schema_diff import Ambiguity, Renames, SchemaDiff, match_renames
from harness.sqlite import snapshot as snapshots
from harness.sqlite.kit import statements as st
from harness.sqlite.kit.combine import combine
from harness.sqlite.kit.compare import Change, TableChanges, keyed, same, table_changes
from harness.sqlite.kit.render import render
from harness.sqlite.kit.statements import Statement


class SQLiteSchemaDiff:
    """``harness.core.parts.SchemaDiffer`` for SQLite (snapshot version "6")."""

    snapshot_version = snapshots.VERSION

    def empty_snapshot(self) -> dict[str, Any]:
        return snapshots.empty_snapshot()

    def snapshot(self, entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        return snapshots.snapshot(entities, casing)

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        return diff_snapshots(before, after, renames)


@dataclass
class _Resolved:
    """Renames answered: the old snapshot's tables with the renames applied, and who was who."""

    tables: dict[str, Any]
    created: list[str]
    deleted: list[str]
    renamed: list[tuple[str, str]]
    #: per table: new column name -> its name in the old snapshot (renamed columns only)
    column_renames: dict[str, dict[str, str]]
    #: per table (in the old snapshot's order): (added column names, dropped column names)
    column_moves: dict[str, tuple[list[str], list[str]]]


def diff_snapshots(before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
    """The statements that turn ``before`` into ``after``; see the module docstring."""
    from harness.sqlite.kit.squash import squash_snapshot

    old, new = squash_snapshot(before), squash_snapshot(after)
    resolved, ambiguities = _resolve_tables(old["tables"], new["tables"], renames)
    if resolved is None:
        return SchemaDiff(ambiguities=ambiguities)
    views = match_renames(
        "view",
        [k for k in old["views"] if k not in new["views"]],
        [k for k in new["views"] if k not in old["views"]],
        renames,
    )
    if views.ambiguities:
        return SchemaDiff(ambiguities=views.ambiguities)

    altered = [
        changes
        for key, table in resolved.tables.items()
        if key in new["tables"]
        and (changes := table_changes(table, new["tables"][key])) is not None
    ]
    statements = _statements(resolved, altered, new, after.get("internal"))
    statements += _view_statements(
        old["views"], new["views"], views.created, views.deleted, views.renamed
    )
    combined = combine(statements, new["tables"])
    _plan_copies(combined, resolved, new["tables"])
    sql: list[str] = []
    for statement in combined:
        for text in render(statement):
            if text not in sql:  # drizzle-kit writes each distinct statement once
                sql.append(text)
    result = SchemaDiff(statements=sql, meta=_meta(resolved))
    _describe(result, resolved, altered, old, new, views.created, views.deleted, views.renamed)
    return result


def _resolve_tables(
    old: dict[str, Any], new: dict[str, Any], renames: Renames
) -> tuple[_Resolved | None, list[Ambiguity]]:
    tables = match_renames(
        "table", [k for k in old if k not in new], [k for k in new if k not in old], renames
    )
    if tables.ambiguities:
        return None, tables.ambiguities
    renamed_to = dict(tables.renamed)
    patched: dict[str, Any] = {}
    for key, table in old.items():
        name = renamed_to.get(key, key)
        patched[name] = {**table, "name": name}
    ambiguities: list[Ambiguity] = []
    column_renames: dict[str, dict[str, str]] = {}
    column_moves: dict[str, tuple[list[str], list[str]]] = {}
    for name, table in patched.items():
        if name not in new or same(table, new[name]):
            continue
        columns, declared = table["columns"], new[name]["columns"]
        found = match_renames(
            "column",
            [f"{name}.{c}" for c in columns if c not in declared],
            [f"{name}.{c}" for c in declared if c not in columns],
            renames,
        )
        ambiguities.extend(found.ambiguities)
        cut = len(name) + 1
        pairs = {n[cut:]: o[cut:] for o, n in found.renamed}
        column_moves[name] = ([c[cut:] for c in found.created], [c[cut:] for c in found.deleted])
        if pairs:
            column_renames[name] = pairs
            back = {o: n for n, o in pairs.items()}
            table["columns"] = {
                back.get(k, k): {**v, "name": back.get(k, k)} for k, v in columns.items()
            }
    if ambiguities:
        return None, ambiguities
    return (
        _Resolved(
            patched, tables.created, tables.deleted, tables.renamed, column_renames, column_moves
        ),
        [],
    )


def _statements(
    resolved: _Resolved,
    altered: list[TableChanges],
    new: dict[str, Any],
    internal: dict[str, Any] | None,
) -> list[Statement]:
    """drizzle-kit's statement list for the tables, in its order."""
    tables = new["tables"]
    created = resolved.created
    rename_columns: list[Statement] = []
    drop_columns: list[Statement] = []
    add_columns: list[Statement] = []
    by_name = {t.name: t for t in altered}
    for name, (added, dropped) in resolved.column_moves.items():
        for new_name, old_name in resolved.column_renames.get(name, {}).items():
            rename_columns.append(
                Statement("rename_column", name, {"old": old_name, "new": new_name})
            )
        drop_columns += [Statement("drop_column", name, {"column": c}) for c in dropped]
        fks = by_name[name].foreign_keys.added if name in by_name else {}
        add_columns += st.add_columns(name, [tables[name]["columns"][c] for c in added], fks)

    added_pks: list[Statement] = []
    deleted_pks: list[Statement] = []
    altered_pks: list[Statement] = []
    created_checks: list[Statement] = []
    deleted_checks: list[Statement] = []
    alternations: list[Statement] = []
    create_indexes: list[Statement] = []
    drop_indexes: list[Statement] = []
    references: list[Statement] = []
    for t in altered:
        made, gone, changed = st.composite_pks(t)
        added_pks += made
        deleted_pks += gone
        altered_pks += changed
        checks = t.checks
        created_checks += [Statement("create_check", t.name) for _ in checks.added]
        created_checks += [Statement("create_check", t.name) for _ in checks.altered]
        deleted_checks += [Statement("delete_check", t.name) for _ in checks.deleted]
        deleted_checks += [Statement("delete_check", t.name) for _ in checks.altered]
        alternations += st.alter_columns(t.name, t.columns, tables[t.name])
        create_indexes += st.create_indexes(t.name, t.indexes.added, internal)
        drop_indexes += st.drop_indexes(t.name, t.indexes.deleted)
        references += st.references(t)
    for t in altered:
        create_indexes += st.create_indexes(
            t.name, {k: v for k, (_, v) in t.indexes.altered.items()}, internal
        )
        drop_indexes += st.drop_indexes(t.name, {k: v for k, (v, _) in t.indexes.altered.items()})

    out = [st.create_table(tables[name]) for name in created]
    out += [Statement("drop_table", name) for name in resolved.deleted]
    out += [Statement("rename_table", n, {"from": o}) for o, n in resolved.renamed]
    out += rename_columns
    out += [s for s in references if s.type == "delete_reference"]
    out += deleted_checks
    out += drop_indexes
    out += deleted_pks
    out += alternations
    out += added_pks
    out += add_columns
    for name in created:
        out += st.create_indexes(name, tables[name]["indexes"], internal)
    out += create_indexes
    out += created_checks
    out += [s for s in references if s.type == "create_reference"]
    out += drop_columns
    out += altered_pks
    return out


def _view_statements(
    old: dict[str, Any],
    new: dict[str, Any],
    created: list[str],
    deleted: list[str],
    renamed: list[tuple[str, str]],
) -> list[Statement]:
    """Dropped views, then created ones; a renamed or redefined view is dropped and created."""

    def create(name: str) -> Statement:
        return Statement("create_view", None, {"name": name, "definition": new[name]["definition"]})

    def drop(name: str) -> Statement:
        return Statement("drop_view", None, {"name": name})

    drops = [drop(n) for n in deleted if not old[n].get("isExisting")]
    creates = [create(n) for n in created if not new[n].get("isExisting")]
    drops += [drop(o) for o, n in renamed if not new[n].get("isExisting")]
    creates += [create(n) for o, n in renamed if not new[n].get("isExisting")]
    for name, view in old.items():
        if name not in new or same(view, new[name]) or new[name].get("isExisting"):
            continue
        if not same(view.get("isExisting"), new[name].get("isExisting")) or not same(
            view.get("definition"), new[name].get("definition")
        ):
            drops.append(drop(name))
            creates.append(create(name))
    return drops + creates


def _plan_copies(combined: list[Statement], resolved: _Resolved, tables: dict[str, Any]) -> None:
    """For each recreation, which columns its ``INSERT ... SELECT`` copies, and from what
    name: only columns the old table has and that can be written, i.e. not generated ones
    (the deliberate difference, see the module docstring); a renamed column is read by its
    old name unless its RENAME ran before."""
    renamed_first = {s.table for s in combined if s.type == "rename_column"}
    for statement in combined:
        if statement.type != "recreate_table":
            continue
        name = statement.table
        assert name is not None
        old_columns = resolved.tables[name]["columns"]
        back = {} if name in renamed_first else resolved.column_renames.get(name, {})
        statement.data["copied"] = {
            c: back.get(c, c)
            for c, column in tables[name]["columns"].items()
            if c in old_columns and not column.get("generated")
        }


def _meta(resolved: _Resolved) -> dict[str, dict[str, str]]:
    """drizzle-kit's ``_meta``: the renames of this migration, quoted names."""
    columns: dict[str, str] = {}
    for table, pairs in resolved.column_renames.items():
        for new_name, old_name in pairs.items():
            columns[f'"{table}"."{old_name}"'] = f'"{table}"."{new_name}"'
    return {
        "schemas": {},
        "tables": {f'"{o}"': f'"{n}"' for o, n in resolved.renamed},
        "columns": columns,
    }


def _describe(
    result: SchemaDiff,
    resolved: _Resolved,
    altered: list[TableChanges],
    old: dict[str, Any],
    new: dict[str, Any],
    views_created: list[str],
    views_deleted: list[str],
    views_renamed: list[tuple[str, str]],
) -> None:
    """``changes``: one line per change; ``data_loss``: one per change that may lose rows or
    values, or fail on existing rows."""
    changes, loss = result.changes, result.data_loss
    tables = new["tables"]
    changes += [f"table {n} created" for n in resolved.created]
    for name in resolved.deleted:
        changes.append(f"table {name} dropped")
        loss.append(f"table {name} dropped with its rows")
    changes += [f"table {o} renamed to {n}" for o, n in resolved.renamed]
    for name, (added, dropped) in resolved.column_moves.items():
        for new_name, old_name in resolved.column_renames.get(name, {}).items():
            changes.append(f"table {name}: column {old_name} renamed to {new_name}")
        for column in added:
            changes.append(f"table {name}: column {column} added")
            declared = tables[name]["columns"][column]
            if declared.get("notNull") and "default" not in declared:
                loss.append(
                    f"table {name}: column {column} added NOT NULL without a default "
                    "(fails if the table has rows)"
                )
        for column in dropped:
            changes.append(f"table {name}: column {column} dropped")
            loss.append(f"table {name}: column {column} dropped with its values")
    for t in altered:
        for col in t.columns:
            for attribute, change in col.changes.items():
                changes.append(f"table {t.name}: column {col.name} {_attribute(attribute, change)}")
            type_change = col.changes.get("type")
            if type_change is not None:
                loss.append(
                    f"table {t.name}: column {col.name} type {type_change.old} -> "
                    f"{type_change.new} (values are copied into the new type)"
                )
            not_null = col.changes.get("notNull")
            current = tables[t.name]["columns"][col.name]
            if not_null is not None and current.get("notNull") and "default" not in current:
                loss.append(
                    f"table {t.name}: column {col.name} set NOT NULL without a default "
                    "(fails if a row holds null)"
                )
        for what, found in (
            ("index", t.indexes),
            ("foreign key", t.foreign_keys),
            ("primary key", t.composite_pks),
            ("check", t.checks),
        ):
            changes += [f"table {t.name}: {what} {k} created" for k in found.added]
            changes += [f"table {t.name}: {what} {k} dropped" for k in found.deleted]
            changes += [f"table {t.name}: {what} {k} changed" for k in found.altered]
    changes += [f"view {n} created" for n in views_created]
    changes += [f"view {n} dropped" for n in views_deleted]
    changes += [f"view {o} renamed to {n}" for o, n in views_renamed]
    for name in keyed(old["views"], new["views"]).altered:
        changes.append(f"view {name} changed")


def _attribute(attribute: str, change: Change) -> str:
    label = {
        "type": "type",
        "notNull": "NOT NULL",
        "primaryKey": "primary key",
        "autoincrement": "autoincrement",
        "default": "default",
        "generated": "generated expression",
    }.get(attribute, attribute)
    if attribute == "type":
        return f"type {change.old} -> {change.new}"
    if change.kind == "changed" and isinstance(change.new, bool):
        return f"{label} {'added' if change.new else 'dropped'}"
    if change.kind == "changed":
        return f"{label} changed"
    return f"{label} {'added' if change.kind == 'added' else 'dropped'}"


__all__ = ["SQLiteSchemaDiff", "diff_snapshots"]
