"""SQLite's schema diff where drizzle-kit would ask on its terminal (renames), the data-loss
report, and what a table recreation does to rows on a real SQLite file.

Everything drizzle-kit writes without asking is compared with its real output in
``tests/conformance/test_generate_ref.py``.  A rename's text here follows drizzle-kit 0.31's
source for it (``ALTER TABLE ... RENAME TO``, ``RENAME COLUMN "old" TO "new"``, a view dropped
and created) and its ``_meta`` record (``"old"`` -> ``"new"`` quoted names).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from harness import connect, sql
from harness.core.schema_diff import Ambiguity, Renames
from harness.kit import Config
from harness.kit.generate import generate
from harness.kit.journal import split_statements
from harness.kit.migrator import migrate
from harness.sqlite import integer, real, sqlite_table, sqlite_view, text
from harness.sqlite.schema_diff import SQLiteSchemaDiff

DIFF = SQLiteSchemaDiff()
REF = Path(__file__).parents[1] / "conformance" / "generate_ref" / "sqlite"


def _users(name: str = "users", column: str = "name", kind: Any = text) -> Any:
    return sqlite_table(name, {"id": integer().primary_key(), column: kind()})


def test_table_rename_is_a_question_until_answered() -> None:
    before, after = DIFF.snapshot([_users()]), DIFF.snapshot([_users("people")])
    asked = DIFF.diff(before, after, Renames())
    assert asked.ambiguities == [Ambiguity("table", "people", ("users",))]
    assert asked.statements == []

    renamed = DIFF.diff(before, after, Renames().with_rename("table", "users", "people"))
    assert renamed.statements == ["ALTER TABLE `users` RENAME TO `people`;"]
    assert renamed.meta == {"schemas": {}, "tables": {'"users"': '"people"'}, "columns": {}}
    assert renamed.changes == ["table users renamed to people"]
    assert renamed.data_loss == []

    created = DIFF.diff(before, after, Renames().with_created("table", "people"))
    assert created.statements == [
        "CREATE TABLE `people` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text\n);\n",
        "DROP TABLE `users`;",
    ]
    assert created.meta == {"schemas": {}, "tables": {}, "columns": {}}
    assert created.data_loss == ["table users dropped with its rows"]


def test_column_questions_come_after_the_table_answers() -> None:
    before = DIFF.snapshot([_users()])
    after = DIFF.snapshot([_users("people", "full_name")])
    table_answered = Renames().with_rename("table", "users", "people")
    asked = DIFF.diff(before, after, table_answered)
    assert asked.ambiguities == [Ambiguity("column", "people.full_name", ("people.name",))]

    answers = table_answered.with_rename("column", "people.name", "people.full_name")
    result = DIFF.diff(before, after, answers)
    assert result.statements == [
        "ALTER TABLE `users` RENAME TO `people`;",
        'ALTER TABLE `people` RENAME COLUMN "name" TO "full_name";',
    ]
    assert result.meta == {
        "schemas": {},
        "tables": {'"users"': '"people"'},
        "columns": {'"people"."name"': '"people"."full_name"'},
    }


def test_no_renames_answers_every_question_created() -> None:
    before, after = DIFF.snapshot([_users()]), DIFF.snapshot([_users(column="title")])
    result = DIFF.diff(before, after, Renames(none=True))
    assert result.statements == [
        "ALTER TABLE `users` ADD `title` text;",
        "ALTER TABLE `users` DROP COLUMN `name`;",
    ]
    assert result.changes == ["table users: column title added", "table users: column name dropped"]
    assert result.data_loss == ["table users: column name dropped with its values"]


def test_view_rename_drops_and_creates_the_view() -> None:
    users = _users()

    def view(name: str) -> Any:
        return sqlite_view(name).as_(lambda qb: qb.select({"id": users.id}).from_(users))

    before, after = DIFF.snapshot([users, view("v_users")]), DIFF.snapshot([users, view("ids")])
    assert DIFF.diff(before, after, Renames()).ambiguities == [
        Ambiguity("view", "ids", ("v_users",))
    ]
    result = DIFF.diff(before, after, Renames().with_rename("view", "v_users", "ids"))
    assert result.statements == [
        "DROP VIEW `v_users`;",
        'CREATE VIEW `ids` AS select "id" from "users";',
    ]
    assert result.changes == ["view v_users renamed to ids"]


def test_renamed_table_keeps_its_rename_before_a_recreation() -> None:
    before = DIFF.snapshot([_users(kind=integer)])
    after = DIFF.snapshot([_users("people", kind=real)])
    result = DIFF.diff(before, after, Renames().with_rename("table", "users", "people"))
    assert result.statements[:2] == [
        "ALTER TABLE `users` RENAME TO `people`;",
        "PRAGMA foreign_keys=OFF;",
    ]
    assert result.statements[3] == (
        'INSERT INTO `__new_people`("id", "name") SELECT "id", "name" FROM `people`;'
    )
    assert result.data_loss == [
        "table people: column name type integer -> real (values are copied into the new type)"
    ]


def test_renamed_column_in_a_recreated_table_is_read_by_its_old_name() -> None:
    # drizzle-kit drops the RENAME COLUMN when the table is recreated in the same migration
    # and then selects the new name from the old table, which fails; the copy here reads the
    # column by the name it still has (part of the recreation's deliberate difference)
    before = DIFF.snapshot([sqlite_table("t", {"id": integer().primary_key(), "a": integer()})])
    after = DIFF.snapshot([sqlite_table("t", {"id": integer().primary_key(), "b": real()})])
    result = DIFF.diff(before, after, Renames().with_rename("column", "t.a", "t.b"))
    assert 'RENAME COLUMN "a"' not in "".join(result.statements)
    assert 'INSERT INTO `__new_t`("id", "b") SELECT "id", "a" FROM `t`;' in result.statements
    assert result.meta["columns"] == {'"t"."a"': '"t"."b"'}

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id integer PRIMARY KEY NOT NULL, a integer)")
    db.execute("INSERT INTO t VALUES (1, 7)")
    for statement in result.statements:
        db.execute(statement)
    assert db.execute("SELECT id, b FROM t").fetchall() == [(1, 7.0)]


def test_changes_and_data_loss_of_a_recreation() -> None:
    before = DIFF.snapshot([sqlite_table("t", {"id": integer().primary_key(), "a": text()})])
    after = DIFF.snapshot(
        [sqlite_table("t", {"id": integer().primary_key(), "a": text().not_null()})]
    )
    result = DIFF.diff(before, after, Renames())
    assert result.statements[0] == "PRAGMA foreign_keys=OFF;"
    assert result.changes == ["table t: column a NOT NULL added"]
    assert result.data_loss == [
        "table t: column a set NOT NULL without a default (fails if a row holds null)"
    ]


def _write(path: Path, body: str) -> Path:
    path.write_text("from harness import sql\nfrom harness.sqlite import *  # noqa: F403\n" + body)
    return path


def _generate(project: Path, schema: Path, name: str) -> None:
    config = Config(dialect="sqlite", schema=(str(schema),), out="out", root=project)
    assert generate(config, name=name).path is not None


def test_rows_survive_a_recreation_migration(tmp_path: Path) -> None:
    v0 = _write(
        tmp_path / "v0.py",
        'items = sqlite_table("items", {"id": integer().primary_key(), "qty": integer(), '
        '"name": text()}, lambda t: [index("items_name").on(t.name)])\n',
    )
    v1 = _write(
        tmp_path / "v1.py",
        'items = sqlite_table("items", {"id": integer().primary_key(), "qty": real(), '
        '"name": text().not_null(), "note": text().default("new"), "double": '
        "integer().generated_always_as(sql('\"qty\" * 2'))},"
        ' lambda t: [index("items_name").on(t.name)])\n',
    )
    path = tmp_path / "app.db"
    _generate(tmp_path, v0, "init")
    db = connect(str(path))
    try:
        migrate(db, tmp_path / "out")
    finally:
        db.close()
    raw = sqlite3.connect(path)
    raw.executemany("INSERT INTO items VALUES (?, ?, ?)", [(1, 3, "a"), (2, 5, "b")])
    raw.commit()
    raw.close()

    _generate(tmp_path, v1, "recreate")
    text_ = (tmp_path / "out" / "0001_recreate.sql").read_text()
    assert "CREATE TABLE `__new_items`" in text_
    db = connect(str(path))
    try:
        assert [m.tag for m in migrate(db, tmp_path / "out").applied] == ["0001_recreate"]
    finally:
        db.close()
    raw = sqlite3.connect(path)
    rows = raw.execute('SELECT id, qty, name, note, "double" FROM items ORDER BY id').fetchall()
    indexes = raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    raw.close()
    assert rows == [(1, 3.0, "a", "new", 6.0), (2, 5.0, "b", "new", 10.0)]
    assert ("items_name",) in indexes


def test_drizzle_kit_recreation_with_added_columns_fails_and_ours_keeps_the_rows() -> None:
    """The reference case ``recreate_add_column``: drizzle-kit's own 0001 fails on SQLite,
    the recorded fix (what generate writes) applies and keeps the rows."""
    case = REF / "recreate_add_column"
    create = split_statements((case / "out" / "0000_s0.sql").read_text())
    drizzle = split_statements((case / "out" / "0001_s1.sql").read_text())
    ours = split_statements((case / "fixed" / "0001_s1.sql").read_text())

    def database() -> sqlite3.Connection:
        db = sqlite3.connect(":memory:")
        for statement in create:
            db.execute(statement)
        db.execute("INSERT INTO notes (id, title, body) VALUES (1, 'hello', 'x')")
        return db

    broken = database()
    with pytest.raises(sqlite3.OperationalError):
        for statement in drizzle:
            broken.execute(statement)

    fixed = database()
    for statement in ours:
        fixed.execute(statement)
    assert fixed.execute("SELECT id, title, body, title_len, tag, views FROM notes").fetchall() == [
        (1, "hello", "x", 5, "none", 0)
    ]


def test_expression_defaults_and_index_text_match_the_create_statements() -> None:
    table = sqlite_table(
        "t",
        {"id": integer().primary_key(), "at": integer().default(sql("(unixepoch())"))},
    )
    result = DIFF.diff(DIFF.empty_snapshot(), DIFF.snapshot([table]), Renames())
    assert result.statements == [
        "CREATE TABLE `t` (\n\t`id` integer PRIMARY KEY NOT NULL,\n"
        "\t`at` integer DEFAULT (unixepoch())\n);\n"
    ]
    assert result.changes == ["table t created"]
