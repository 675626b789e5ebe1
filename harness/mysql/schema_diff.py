"""MySQL snapshot diff: the statements ``drizzle-kit generate`` (0.31) writes between two
snapshots, in its order and with its text (the dialect's ``schema_diff`` part).

How drizzle-kit sees a MySQL schema, reproduced here because the SQL depends on it:

* unique indexes are compared as unique *constraints* (added with ``ADD CONSTRAINT ...
  UNIQUE``, dropped with ``DROP INDEX``); a changed index, foreign key or constraint is
  dropped and created again;
* every column change is a ``MODIFY COLUMN`` carrying the whole new column, one per changed
  attribute, identical ones written once;
* generated columns that are (or were) ``VIRTUAL`` cannot be altered in place: the column is
  dropped and added again (the data of that column is lost, and reported as such).

Deliberate differences, each where drizzle-kit's SQL fails on the server:

* a ``serial`` column is written without ``AUTO_INCREMENT`` (serial already implies it;
  MariaDB rejects the repetition drizzle-kit writes);
* a foreign key that points at a table dropped in the same migration is dropped *before* the
  table (drizzle-kit drops the table first, which the server refuses: error 1451);
* a unique index on an expression added to an existing table keeps the expression unquoted
  (drizzle-kit quotes it as a column name: ``UNIQUE(`(upper(`title`))`)``);
* a ``MODIFY COLUMN`` keeps a default of ``0`` or ``false``: drizzle-kit leaves out defaults
  that are falsy in JavaScript, so its migration silently drops them (the SQL runs, the schema
  is wrong);
* a primary key whose name alone changed (the table was renamed) is left alone; drizzle-kit
  drops and re-adds it, which fails when its column is ``AUTO_INCREMENT``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from harness.core.schema_diff import Renames, SchemaDiff, match_renames
from harness.mysql.snapshot import empty_snapshot, snapshot

Entry = dict[str, Any]


def q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _js(value: Any) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


# -- squashed forms: what drizzle-kit compares ------------------------------------------------
def _squash_index(idx: Entry) -> str:
    return (
        f"{idx['name']};{','.join(idx['columns'])};{str(idx['isUnique']).lower()};"
        f"{idx.get('using') or ''};{idx.get('algorithm') or ''};{idx.get('lock') or ''}"
    )


def _squash_fk(fk: Entry) -> str:
    return (
        f"{fk['name']};{fk['tableFrom']};{','.join(fk['columnsFrom'])};{fk['tableTo']};"
        f"{','.join(fk['columnsTo'])};{fk.get('onUpdate') or ''};{fk.get('onDelete') or ''}"
    )


def _squash_named(entry: Entry) -> str:
    return f"{entry['name']};{','.join(entry['columns'])}"


def _squash_check(entry: Entry) -> str:
    return f"{entry['name']};{entry['value']}"


def _view_meta(view: Entry) -> tuple[Any, Any, Any]:
    return (view.get("algorithm"), view.get("sqlSecurity"), view.get("withCheckOption"))


# -- statement text -------------------------------------------------------------------------
def _column_type(column: Entry) -> str:
    return str(column["type"])


def _autoincrement(column: Entry, on: bool | None = None) -> str:
    flag = column.get("autoincrement") if on is None else on
    if not flag or column["type"] == "serial":
        return ""
    return " AUTO_INCREMENT"


def _generated(column: Entry) -> str:
    gen = column.get("generated")
    if not gen:
        return ""
    return f" GENERATED ALWAYS AS ({gen['as']}) {str(gen['type']).upper()}"


def create_table(table: Entry, internal: Entry) -> str:
    lines = []
    for column in table["columns"].values():
        default = f" DEFAULT {_js(column['default'])}" if "default" in column else ""
        on_update = " ON UPDATE CURRENT_TIMESTAMP" if column.get("onUpdate") else ""
        not_null = " NOT NULL" if column.get("notNull") else ""
        lines.append(
            f"\t{q(column['name'])} {_column_type(column)}{_autoincrement(column)}"
            f"{_generated(column)}{not_null}{default}{on_update}"
        )
    pks = list(table["compositePrimaryKeys"].values())
    if pks:
        cols = "`,`".join(pks[0]["columns"])
        lines.append(f"\tCONSTRAINT {q(pks[0]['name'])} PRIMARY KEY(`{cols}`)")
    expressions = internal.get("indexes", {})
    for unique in table["uniqueConstraints"].values():
        marks = expressions.get(unique["name"], {}).get("columns", {})
        cols = ",".join(
            c if marks.get(c, {}).get("isExpression") else q(c) for c in unique["columns"]
        )
        lines.append(f"\tCONSTRAINT {q(unique['name'])} UNIQUE({cols})")
    for check in table["checkConstraint"].values():
        lines.append(f"\tCONSTRAINT {q(check['name'])} CHECK({check['value']})")
    return f"CREATE TABLE {q(table['name'])} (\n" + ",\n".join(lines) + "\n);\n"


def add_column(table: str, column: Entry) -> str:
    default = f" DEFAULT {_js(column['default'])}" if "default" in column else ""
    not_null = " NOT NULL" if column.get("notNull") else ""
    on_update = " ON UPDATE CURRENT_TIMESTAMP" if column.get("onUpdate") else ""
    return (
        f"ALTER TABLE {q(table)} ADD {q(column['name'])} {_column_type(column)}"
        f"{_autoincrement(column)}{default}{_generated(column)}{not_null}{on_update};"
    )


def drop_column(table: str, column: str) -> str:
    return f"ALTER TABLE {q(table)} DROP COLUMN {q(column)};"


def create_index(table: str, idx: Entry, internal: Entry | None) -> str:
    marks = (internal or {}).get("indexes", {}).get(idx["name"], {}).get("columns", {})
    cols = ",".join(
        c if internal is not None and marks.get(c, {}).get("isExpression") else q(c)
        for c in idx["columns"]
    )
    kind = "UNIQUE INDEX" if idx["isUnique"] else "INDEX"
    return f"CREATE {kind} {q(idx['name'])} ON {q(table)} ({cols});"


def create_fk(fk: Entry) -> str:
    cols = ",".join(q(c) for c in fk["columnsFrom"])
    refs = ",".join(q(c) for c in fk["columnsTo"])
    on_delete = f" ON DELETE {fk['onDelete']}" if fk.get("onDelete") else ""
    on_update = f" ON UPDATE {fk['onUpdate']}" if fk.get("onUpdate") else ""
    return (
        f"ALTER TABLE {q(fk['tableFrom'])} ADD CONSTRAINT {q(fk['name'])} FOREIGN KEY ({cols}) "
        f"REFERENCES {q(fk['tableTo'])}({refs}){on_delete}{on_update};"
    )


def create_view(view: Entry, replace: bool = False) -> str:
    algorithm, security, check = _view_meta(view)
    text = "CREATE " + ("OR REPLACE " if replace else "")
    text += f"ALGORITHM = {algorithm}\n" if algorithm else ""
    text += f"SQL SECURITY {security}\n" if security else ""
    text += f"VIEW {q(view['name'])} AS ({view['definition']})"
    text += f"\nWITH {check} CHECK OPTION" if check else ""
    return text + ";"


def alter_view(view: Entry) -> str:
    algorithm, security, check = _view_meta(view)
    text = "ALTER "
    text += f"ALGORITHM = {algorithm}\n" if algorithm else ""
    text += f"SQL SECURITY {security}\n" if security else ""
    text += f"VIEW {q(view['name'])} AS {view['definition']}"
    text += f"\nWITH {check} CHECK OPTION" if check else ""
    return text + ";"


def _modify(
    table: str,
    column: Entry,
    *,
    default: str | None = None,
    autoincrement: bool | None = None,
    not_null: bool | None = None,
    on_update: bool | None = None,
    generated: bool = False,
) -> str:
    """``MODIFY COLUMN`` with the new column; keyword arguments override one attribute, as
    drizzle-kit's statement for that attribute does."""
    if default is None:
        default = f" DEFAULT {_js(column['default'])}" if "default" in column else ""
    nn = column.get("notNull") if not_null is None else not_null
    upd = column.get("onUpdate") if on_update is None else on_update
    return (
        f"ALTER TABLE {q(table)} MODIFY COLUMN {q(column['name'])} {_column_type(column)}"
        f"{_autoincrement(column, autoincrement)}{_generated(column) if generated else ''}"
        f"{' NOT NULL' if nn else ''}{default}{' ON UPDATE CURRENT_TIMESTAMP' if upd else ''};"
    )


def _column_statements(table: str, old: Entry, new: Entry) -> tuple[list[str], list[str]]:
    """drizzle-kit's statements for one changed column, and the change descriptions."""
    out: list[str] = []
    changes: list[str] = []
    where = f"table {table}: column {new['name']}"
    if old["type"] != new["type"]:
        out.append(_modify(table, new, generated=True))
        changes.append(f"{where}: type {old['type']} -> {new['type']}")
    old_default, new_default = old.get("default"), new.get("default")
    if old_default != new_default:
        if "default" in new:
            out.append(_modify(table, new, default=f" DEFAULT {_js(new_default)}"))
            changes.append(f"{where}: default {_js(new_default)}")
        else:
            out.append(_modify(table, new, default=""))
            changes.append(f"{where}: default dropped")
    if bool(old.get("notNull")) != bool(new.get("notNull")):
        out.append(_modify(table, new, not_null=bool(new.get("notNull"))))
        changes.append(f"{where}: {'NOT NULL' if new.get('notNull') else 'nullable'}")
    old_gen, new_gen = old.get("generated"), new.get("generated")
    if old_gen != new_gen:
        replace = [drop_column(table, new["name"]), add_column(table, new)]
        if old_gen is None:
            virtual = (new_gen or {}).get("type") == "virtual"
            out.extend(replace if virtual else [_modify(table, new, generated=True)])
        elif new_gen is None:
            out.extend(replace if old_gen["type"] == "virtual" else [_modify(table, new)])
        else:
            out.extend(
                [f"ALTER TABLE {q(table)} drop column {q(new['name'])};", add_column(table, new)]
            )
        changes.append(f"{where}: generated expression changed")
    if bool(old.get("onUpdate")) != bool(new.get("onUpdate")):
        out.append(_modify(table, new, on_update=bool(new.get("onUpdate"))))
        changes.append(f"{where}: on update {'set' if new.get('onUpdate') else 'dropped'}")
    return out, changes


_INTEGERS = ("tinyint", "smallint", "mediumint", "int", "bigint")
_LENGTH = re.compile(r"^(varchar|char|varbinary|binary)\((\d+)\)$")
_TEXTS = ("tinytext", "text", "mediumtext", "longtext")


def _narrows(old: str, new: str) -> bool:
    """Whether changing ``old`` to ``new`` may truncate or reject stored values; only the
    widenings known to be safe (a bigger integer, a longer string, a bigger text) are not."""
    if old == new:
        return False
    if old in _INTEGERS and new in _INTEGERS:
        return _INTEGERS.index(new) < _INTEGERS.index(old)
    if old in _TEXTS and new in _TEXTS:
        return _TEXTS.index(new) < _TEXTS.index(old)
    was, now = _LENGTH.match(old), _LENGTH.match(new)
    if was and now and was.group(1) == now.group(1):
        return int(now.group(2)) < int(was.group(2))
    to_text = bool(was) and was is not None and was.group(1) in ("varchar", "char")
    return not (to_text and new in _TEXTS[1:])


def _split_unique_indexes(snap: Entry) -> None:
    """drizzle-kit compares unique indexes as unique constraints."""
    for table in snap["tables"].values():
        for name in list(table["indexes"]):
            idx = table["indexes"][name]
            if idx["isUnique"]:
                table["uniqueConstraints"][name] = {"name": idx["name"], "columns": idx["columns"]}
                del table["indexes"][name]


def _keyed_diff(
    old: dict[str, Entry], new: dict[str, Entry], squash: Any
) -> tuple[list[Entry], list[Entry], list[tuple[Entry, Entry]]]:
    added = [v for k, v in new.items() if k not in old]
    deleted = [v for k, v in old.items() if k not in new]
    altered = [(old[k], v) for k, v in new.items() if k in old and squash(old[k]) != squash(v)]
    return added, deleted, altered


class MySqlSchemaDiff:
    """``harness.core.parts.SchemaDiffer`` for MySQL and MariaDB (drizzle-kit's ``mysql``)."""

    snapshot_version = "5"

    def empty_snapshot(self) -> dict[str, Any]:
        return empty_snapshot()

    def snapshot(self, entities: Sequence[Any], casing: Any = None) -> dict[str, Any]:
        return snapshot(list(entities), casing)

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        old = copy.deepcopy(before)
        new = copy.deepcopy(after)
        internal = new.get("internal", {"tables": {}, "indexes": {}})
        _split_unique_indexes(old)
        _split_unique_indexes(new)
        result = SchemaDiff(meta={"schemas": {}, "tables": {}, "columns": {}})

        tables = match_renames(
            "table",
            [n for n in old["tables"] if n not in new["tables"]],
            [n for n in new["tables"] if n not in old["tables"]],
            renames,
        )
        if tables.ambiguities:
            return SchemaDiff(ambiguities=tables.ambiguities)
        for was, now in tables.renamed:
            entry = old["tables"].pop(was)
            entry["name"] = now
            old["tables"][now] = entry
            result.meta["tables"][f'"{was}"'] = f'"{now}"'

        column_renames: list[tuple[str, str, str]] = []
        added_columns: list[tuple[str, Entry]] = []
        dropped_columns: list[tuple[str, str]] = []
        ambiguities = []
        for name, table in new["tables"].items():
            if name not in old["tables"] or name in tables.created:
                continue
            before_cols = old["tables"][name]["columns"]
            cols = match_renames(
                "column",
                [f"{name}.{c}" for c in before_cols if c not in table["columns"]],
                [f"{name}.{c}" for c in table["columns"] if c not in before_cols],
                renames,
            )
            ambiguities.extend(cols.ambiguities)
            for was, now in cols.renamed:
                column_renames.append((name, was.split(".", 1)[1], now.split(".", 1)[1]))
            added_columns.extend((name, table["columns"][c.split(".", 1)[1]]) for c in cols.created)
            dropped_columns.extend((name, c.split(".", 1)[1]) for c in cols.deleted)
        if ambiguities:
            return SchemaDiff(ambiguities=ambiguities)
        for table_name, was, now in column_renames:
            renamed = {
                (now if k == was else k): v for k, v in old["tables"][table_name]["columns"].items()
            }
            renamed[now] = {**renamed[now], "name": now}
            old["tables"][table_name]["columns"] = renamed
            result.meta["columns"][f'"{table_name}"."{was}"'] = f'"{table_name}"."{now}"'

        views = match_renames(
            "view",
            [n for n in old["views"] if n not in new["views"]],
            [n for n in new["views"] if n not in old["views"]],
            renames,
        )
        if views.ambiguities:
            return SchemaDiff(ambiguities=views.ambiguities)

        s = _Statements()
        for name in tables.created:
            table = new["tables"][name]
            s.create_tables.append(create_table(table, internal))
            s.created_fks.extend(create_fk(fk) for fk in table["foreignKeys"].values())
            s.created_table_indexes.extend(
                create_index(name, idx, internal) for idx in table["indexes"].values()
            )
            result.changes.append(f"table {name} created")
        s.dropped_table_names = set(tables.deleted)
        for name in tables.deleted:
            s.drop_tables.append(f"DROP TABLE {q(name)};")
            result.changes.append(f"table {name} dropped")
            result.data_loss.append(f"table {name} is dropped with its rows")
        for was, now in tables.renamed:
            s.rename_tables.append(f"RENAME TABLE {q(was)} TO {q(now)};")
            result.changes.append(f"table {was} renamed to {now}")
        for table_name, was, now in column_renames:
            s.rename_columns.append(
                f"ALTER TABLE {q(table_name)} RENAME COLUMN {q(was)} TO {q(now)};"
            )
            result.changes.append(f"table {table_name}: column {was} renamed to {now}")

        for name, table in new["tables"].items():
            if name in tables.created or name not in old["tables"]:
                continue
            self._alter_table(old["tables"][name], table, internal, s, result)
        for table_name, column in added_columns:
            s.add_columns.append(add_column(table_name, column))
            result.changes.append(f"table {table_name}: column {column['name']} added")
            if column.get("notNull") and "default" not in column and not column.get("generated"):
                result.data_loss.append(
                    f"table {table_name}: column {column['name']} is added NOT NULL without a "
                    f"default: "
                    f"the statement fails if {table_name} has rows"
                )
        for table_name, column_name in dropped_columns:
            s.drop_columns.append(drop_column(table_name, column_name))
            result.changes.append(f"table {table_name}: column {column_name} dropped")
            result.data_loss.append(
                f"table {table_name}: column {column_name} is dropped with its values"
            )

        self._views(old, new, views, renames, s, result)
        result.statements = s.ordered()
        return result

    def _alter_table(
        self, old: Entry, new: Entry, internal: Entry, s: _Statements, result: SchemaDiff
    ) -> None:
        name = new["name"]
        # per table: auto-increment changes of every column first, then the rest column by
        # column (drizzle-kit's order)
        for column_name, column in new["columns"].items():
            previous = old["columns"].get(column_name)
            if previous is not None and bool(previous.get("autoincrement")) != bool(
                column.get("autoincrement")
            ):
                s.alter_columns.append(
                    _modify(name, column, autoincrement=bool(column.get("autoincrement")))
                )
                result.changes.append(f"table {name}: column {column_name}: auto-increment changed")
        for column_name, column in new["columns"].items():
            previous = old["columns"].get(column_name)
            if previous is None:
                continue
            statements, changes = _column_statements(name, previous, column)
            s.alter_columns.extend(statements)
            result.changes.extend(changes)
            if _narrows(previous["type"], column["type"]):
                result.data_loss.append(
                    f"table {name}: column {column_name}: type {previous['type']} -> "
                    f"{column['type']} may "
                    f"truncate or reject existing values"
                )
            if column.get("notNull") and not previous.get("notNull") and "default" not in column:
                result.data_loss.append(
                    f"table {name}: column {column_name} becomes NOT NULL without a default: "
                    f"the statement "
                    f"fails if a row holds NULL"
                )
            old_gen, new_gen = previous.get("generated"), column.get("generated")
            if old_gen != new_gen and "virtual" in (
                (old_gen or {}).get("type"),
                (new_gen or {}).get("type"),
            ):
                result.data_loss.append(
                    f"table {name}: column {column_name} is dropped and added again (virtual "
                    f"generated "
                    f"column): its stored values are lost"
                )

        # the statement order inside one table follows drizzle-kit's lists
        pk_added, pk_deleted, pk_altered = _keyed_diff(
            old["compositePrimaryKeys"], new["compositePrimaryKeys"], _squash_named
        )
        if [p["columns"] for p in pk_added] == [p["columns"] for p in pk_deleted]:
            # only the name changed (a renamed table or column): MySQL's primary key is
            # always named PRIMARY, so there is nothing to do - drizzle-kit drops and adds it,
            # which fails on an AUTO_INCREMENT column
            pk_added, pk_deleted = [], []
        s.delete_pks.extend(f"ALTER TABLE {q(name)} DROP PRIMARY KEY;" for _ in pk_deleted)
        s.add_pks.extend(
            f"ALTER TABLE {q(name)} ADD PRIMARY KEY(`{'`,`'.join(pk['columns'])}`);"
            for pk in pk_added
        )
        s.alter_pks.extend(
            f"ALTER TABLE {q(name)} DROP PRIMARY KEY, ADD PRIMARY KEY("
            f"`{'`,`'.join(now['columns'])}`);"
            for _, now in pk_altered
        )
        if pk_added or pk_deleted or pk_altered:
            result.changes.append(f"table {name}: primary key changed")

        uq_added, uq_deleted, uq_altered = _keyed_diff(
            old["uniqueConstraints"], new["uniqueConstraints"], _squash_named
        )
        for uq in uq_deleted + [was for was, _ in uq_altered]:
            s.delete_uniques.append(f"ALTER TABLE {q(name)} DROP INDEX {q(uq['name'])};")
        expressions = internal.get("indexes", {})
        for uq in uq_added + [now for _, now in uq_altered]:
            marks = expressions.get(uq["name"], {}).get("columns", {})
            cols = ",".join(
                c if marks.get(c, {}).get("isExpression") else q(c) for c in uq["columns"]
            )
            s.add_uniques.append(
                f"ALTER TABLE {q(name)} ADD CONSTRAINT {q(uq['name'])} UNIQUE({cols});"
            )
        for uq in uq_added:
            result.changes.append(f"table {name}: unique {uq['name']} added")
        for uq in uq_deleted:
            result.changes.append(f"table {name}: unique {uq['name']} dropped")
        for _, uq in uq_altered:
            result.changes.append(f"table {name}: unique {uq['name']} changed")

        ck_added, ck_deleted, ck_altered = _keyed_diff(
            old["checkConstraint"], new["checkConstraint"], _squash_check
        )
        for ck in ck_added + [now for _, now in ck_altered]:
            s.add_checks.append(
                f"ALTER TABLE {q(name)} ADD CONSTRAINT {q(ck['name'])} CHECK ({ck['value']});"
            )
        for ck in ck_deleted + [was for was, _ in ck_altered]:
            s.delete_checks.append(f"ALTER TABLE {q(name)} DROP CONSTRAINT {q(ck['name'])};")
        for label, group in (("added", ck_added), ("dropped", ck_deleted)):
            result.changes.extend(f"table {name}: check {c['name']} {label}" for c in group)
        result.changes.extend(f"table {name}: check {c['name']} changed" for _, c in ck_altered)

        ix_added, ix_deleted, ix_altered = _keyed_diff(
            old["indexes"], new["indexes"], _squash_index
        )
        s.drop_indexes.extend(f"DROP INDEX {q(ix['name'])} ON {q(name)};" for ix in ix_deleted)
        s.create_indexes.extend(create_index(name, ix, internal) for ix in ix_added)
        for was, now in ix_altered:  # after every table's added/dropped ones, no internals
            s.create_indexes_altered.append(create_index(name, now, None))
            s.drop_indexes_altered.append(f"DROP INDEX {q(was['name'])} ON {q(name)};")
        for label, group in (("created", ix_added), ("dropped", ix_deleted)):
            result.changes.extend(f"table {name}: index {i['name']} {label}" for i in group)
        result.changes.extend(f"table {name}: index {i['name']} changed" for _, i in ix_altered)

        fk_added, fk_deleted, fk_altered = _keyed_diff(
            old["foreignKeys"], new["foreignKeys"], _squash_fk
        )
        references: list[tuple[str, str]] = [("create", create_fk(fk)) for fk in fk_added]
        references += [("drop", _drop_fk(name, fk)) for fk in fk_deleted]
        for was, now in fk_altered:
            references += [("drop", _drop_fk(name, was)), ("create", create_fk(now))]
        s.created_fks_altered.extend(text for kind, text in references if kind == "create")
        for fk in fk_deleted:  # a key on a table dropped in this migration goes first
            if fk["tableTo"] in s.dropped_table_names:
                s.fks_before_table_drops.append(_drop_fk(name, fk))
        s.dropped_fks.extend(text for kind, text in references if kind == "drop")
        for label, group in (("added", fk_added), ("dropped", fk_deleted)):
            result.changes.extend(f"table {name}: foreign key {f['name']} {label}" for f in group)
        result.changes.extend(
            f"table {name}: foreign key {f['name']} changed" for _, f in fk_altered
        )

    def _views(
        self,
        old: Entry,
        new: Entry,
        views: Any,
        renames: Renames,
        s: _Statements,
        result: SchemaDiff,
    ) -> None:
        for name in views.created:
            s.create_views.append(create_view(new["views"][name]))
            result.changes.append(f"view {name} created")
        for name in views.deleted:
            s.drop_views.append(f"DROP VIEW {q(name)};")
            result.changes.append(f"view {name} dropped")
        renamed_to = dict(views.renamed)
        for was, now in views.renamed:
            s.rename_views.append(f"RENAME TABLE {q(was)} TO {q(now)};")
            result.changes.append(f"view {was} renamed to {now}")
        for name, view in new["views"].items():
            previous_name = next((w for w, n in renamed_to.items() if n == name), name)
            previous = old["views"].get(previous_name)
            if previous is None or name in views.created:
                continue
            if previous.get("definition") != view.get("definition"):
                s.create_views.append(create_view(view, replace=True))
                result.changes.append(f"view {name} definition changed")
            elif _view_meta(previous) != _view_meta(view):
                s.alter_views.append(alter_view(view))
                result.changes.append(f"view {name} options changed")


def _drop_fk(table: str, fk: Entry) -> str:
    return f"ALTER TABLE {q(table)} DROP FOREIGN KEY {q(fk['name'])};\n"


class _Statements:
    """drizzle-kit's statement lists for MySQL, concatenated in its order by :meth:`ordered`."""

    def __init__(self) -> None:
        self.dropped_table_names: set[str] = set()
        self.fks_before_table_drops: list[str] = []
        self.create_tables: list[str] = []
        self.drop_tables: list[str] = []
        self.rename_tables: list[str] = []
        self.rename_columns: list[str] = []
        self.drop_views: list[str] = []
        self.rename_views: list[str] = []
        self.alter_views: list[str] = []
        self.delete_uniques: list[str] = []
        self.delete_checks: list[str] = []
        self.dropped_fks: list[str] = []
        self.drop_indexes: list[str] = []
        self.delete_pks: list[str] = []
        self.drop_indexes_altered: list[str] = []
        self.create_indexes_altered: list[str] = []
        self.alter_columns: list[str] = []
        self.add_pks: list[str] = []
        self.add_columns: list[str] = []
        self.add_uniques: list[str] = []
        self.created_fks: list[str] = []
        self.created_table_indexes: list[str] = []
        self.add_checks: list[str] = []
        self.created_fks_altered: list[str] = []
        self.create_indexes: list[str] = []
        self.drop_columns: list[str] = []
        self.alter_pks: list[str] = []
        self.create_views: list[str] = []

    def ordered(self) -> list[str]:
        groups = [
            self.create_tables,
            self.fks_before_table_drops,
            self.drop_tables,
            self.rename_tables,
            self.rename_columns,
            self.drop_views,
            self.rename_views,
            self.alter_views,
            self.delete_uniques,
            self.delete_checks,
            self.dropped_fks,
            self.drop_indexes + self.drop_indexes_altered,
            self.delete_pks,
            self.alter_columns,
            self.add_pks,
            self.add_columns,
            self.add_uniques,
            self.created_fks,
            self.created_table_indexes,
            self.add_checks,
            self.created_fks_altered,
            self.create_indexes + self.create_indexes_altered,
            self.drop_columns,
            self.alter_pks,
            self.create_views,
        ]
        out: list[str] = []
        for group in groups:
            for statement in group:
                if statement not in out:  # drizzle-kit writes identical statements once
                    out.append(statement)
        return out
