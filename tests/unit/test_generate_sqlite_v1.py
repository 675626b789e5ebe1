"""SQLite's drizzle-kit 1.0 diff where drizzle-kit would ask (renames), its summary lines,
and a 1.0 folder with renames migrated on a real SQLite file.

Everything drizzle-kit 1.0 writes without asking is compared with its real output in
``tests/conformance/test_generate_ref_v1.py``.  The expected text here is what drizzle-kit
1.0.0-rc.5 wrote for the same schemas with its ``--hints`` answers (tables, then columns per
table; ``RENAME COLUMN `old` TO `new```; unnamed constraints keeping the names they had
before the rename; the snapshot's ``renames`` as ``old->new``).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from harness import connect, sql
from harness.core.schema_diff import Ambiguity, Renames
from harness.kit import Config
from harness.kit.generate import generate
from harness.kit.migrator import migrate
from harness.sqlite import index, integer, sqlite_table, sqlite_view, text
from harness.sqlite.v1 import SQLiteSchemaDiffV1
from harness.sqlite.v1.defaults import defaults_commutative

DIFF = SQLiteSchemaDiffV1()


def _v0() -> list[Any]:
    users = sqlite_table(
        "users",
        {"id": integer().primary_key(), "name": text().unique(), "email": text()},
        lambda t: [index("users_name_idx").on(t.name)],
    )
    posts = sqlite_table(
        "posts",
        {
            "id": integer().primary_key(),
            "authorId": integer().references(lambda: users.id, on_delete="cascade"),
        },
    )
    notes = sqlite_table("notes", {"id": integer().primary_key(), "body": text()})
    return [users, posts, notes]


def _v1(view: str | None = None) -> list[Any]:
    people = sqlite_table(
        "people",
        {"id": integer().primary_key(), "full_name": text().unique(), "email": text()},
        lambda t: [index("users_name_idx").on(t.full_name)],
    )
    posts = sqlite_table(
        "posts",
        {
            "id": integer().primary_key(),
            "authorId": integer().references(lambda: people.id, on_delete="cascade"),
        },
    )
    notes = sqlite_table("notes", {"id": integer().primary_key(), "content": integer()})
    out: list[Any] = [people, posts, notes]
    if view:
        out.append(sqlite_view(view, {"id": integer()}).as_(sql("select id from posts")))
    return out


def _v2() -> list[Any]:
    people = sqlite_table(
        "people",
        {"pid": integer().primary_key(), "full_name": text().unique(), "mail": text()},
        lambda t: [index("users_name_idx").on(t.full_name)],
    )
    posts = sqlite_table(
        "posts",
        {
            "id": integer().primary_key(),
            "writer_id": integer().references(lambda: people.pid, on_delete="cascade"),
        },
    )
    notes = sqlite_table("notes", {"id": integer().primary_key(), "content": integer()})
    latest = sqlite_view("latest", {"id": integer()}).as_(sql("select id from posts"))
    return [people, posts, notes, latest]


RENAMES_V1 = (
    Renames()
    .with_rename("table", "users", "people")
    .with_rename("column", "notes.body", "notes.content")
    .with_rename("column", "people.name", "people.full_name")
)


def _constraints(snapshot: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [
        (e["entityType"], e["table"], e["name"])
        for e in snapshot["ddl"]
        if e["entityType"] in ("pks", "uniques", "fks", "indexes")
    ]


def test_questions_come_table_first_then_columns_table_by_table() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    asked = DIFF.diff(before, after, Renames())
    assert asked.ambiguities == [Ambiguity("table", "people", ("users",))]
    assert asked.statements == []

    tables_answered = Renames().with_rename("table", "users", "people")
    asked = DIFF.diff(before, after, tables_answered)
    # notes' columns first: tables are compared in the order their new columns appear
    assert asked.ambiguities == [
        Ambiguity("column", "notes.content", ("notes.body",)),
        Ambiguity("column", "people.full_name", ("people.name",)),
    ]


def test_renames_are_written_before_a_recreation_that_copies_by_the_new_names() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    result = DIFF.diff(before, after, RENAMES_V1)
    assert result.statements == [
        "ALTER TABLE `users` RENAME TO `people`;",
        "ALTER TABLE `notes` RENAME COLUMN `body` TO `content`;",
        "ALTER TABLE `people` RENAME COLUMN `name` TO `full_name`;",
        "PRAGMA foreign_keys=OFF;",
        "CREATE TABLE `__new_notes` (\n\t`id` integer PRIMARY KEY,\n\t`content` integer\n);\n",
        "INSERT INTO `__new_notes`(`id`, `content`) SELECT `id`, `content` FROM `notes`;",
        "DROP TABLE `notes`;",
        "ALTER TABLE `__new_notes` RENAME TO `notes`;",
        "PRAGMA foreign_keys=ON;",
    ]
    assert result.renames == [
        "users->people",
        "notes.body->notes.content",
        "people.name->people.full_name",
    ]
    assert result.changes == [
        "table users renamed to people",
        "table notes: column body renamed to content",
        "table people: column name renamed to full_name",
        "table notes: column content type text -> integer",
        "table notes recreated",
    ]
    assert result.data_loss == [
        "table notes: column content type text -> integer (values are copied into the new type)"
    ]


def test_unnamed_constraints_keep_their_names_through_renames() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    DIFF.diff(before, after, RENAMES_V1)
    assert _constraints(after) == [
        ("fks", "posts", "fk_posts_authorId_users_id_fk"),
        ("pks", "notes", "notes_pk"),
        ("pks", "people", "users_pk"),
        ("pks", "posts", "posts_pk"),
        ("indexes", "people", "users_name_idx"),
        ("uniques", "people", "users_name_unique"),
    ]
    fk = next(e for e in after["ddl"] if e["entityType"] == "fks")
    assert fk["tableTo"] == "people"


def test_renamed_key_columns_follow_into_foreign_keys_and_created_answers_drop_and_add() -> None:
    s0 = DIFF.snapshot(_v0())
    s1 = DIFF.snapshot(_v1("recent"))
    DIFF.diff(s0, s1, RENAMES_V1)
    s2 = DIFF.snapshot(_v2())
    asked = DIFF.diff(s1, s2, Renames())
    assert asked.ambiguities == [
        Ambiguity("column", "people.pid", ("people.id", "people.email")),
        Ambiguity("column", "people.mail", ("people.id", "people.email")),
        Ambiguity("column", "posts.writer_id", ("posts.authorId",)),
    ]
    answers = (
        Renames()
        .with_rename("column", "people.id", "people.pid")
        .with_created("column", "people.mail")
        .with_rename("column", "posts.authorId", "posts.writer_id")
    )
    result = DIFF.diff(s1, s2, answers)
    assert result.statements == [
        "ALTER TABLE `people` RENAME COLUMN `id` TO `pid`;",
        "ALTER TABLE `posts` RENAME COLUMN `authorId` TO `writer_id`;",
        "ALTER TABLE `people` ADD `mail` text;",
        "ALTER TABLE `people` DROP COLUMN `email`;",
        "DROP VIEW `recent`;",
        "CREATE VIEW `latest` AS select id from posts;",
    ]
    assert result.renames == ["people.id->people.pid", "posts.authorId->posts.writer_id"]
    fk = next(e for e in s2["ddl"] if e["entityType"] == "fks")
    assert (fk["name"], fk["columns"], fk["columnsTo"]) == (
        "fk_posts_authorId_users_id_fk",
        ["writer_id"],
        ["pid"],
    )
    assert "table people: column email dropped with its values" in result.data_loss


def test_no_renames_answers_every_question_created() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    result = DIFF.diff(before, after, Renames(none=True))
    assert result.ambiguities == []
    assert result.renames == []
    assert result.statements[0].startswith("CREATE TABLE `people` (")
    assert "DROP TABLE `users`;" in result.statements
    assert "ALTER TABLE `notes` DROP COLUMN `body`;" in result.statements
    assert "table users dropped with its rows" in result.data_loss


def test_default_spellings_that_mean_the_same() -> None:
    assert defaults_commutative(("18", "(18)"), "integer")
    assert defaults_commutative(("1704164645", "1704164645000"), "integer")
    assert defaults_commutative(("'2024-01-02T03:04:05.000Z'", "1704164645"), "integer")
    assert not defaults_commutative(("true", "false"), "integer")
    assert not defaults_commutative(("18", "20"), "integer")
    assert defaults_commutative(('\'{"type":"Buffer","data":[104,105]}\'', "X'6869'"), "blob")
    assert not defaults_commutative(("'a'", "'b'"), "text")


V0_MODULE = """
from harness.sqlite import index, integer, sqlite_table, text

users = sqlite_table(
    "users",
    {"id": integer().primary_key(), "name": text().unique(), "email": text()},
    lambda t: [index("users_name_idx").on(t.name)],
)
posts = sqlite_table(
    "posts",
    {"id": integer().primary_key(), "authorId": integer().references(lambda: users.id)},
)
notes = sqlite_table("notes", {"id": integer().primary_key(), "body": text()})
"""

V1_MODULE = """
from harness.sqlite import index, integer, sqlite_table, text

people = sqlite_table(
    "people",
    {"id": integer().primary_key(), "full_name": text().unique(), "email": text()},
    lambda t: [index("users_name_idx").on(t.full_name)],
)
posts = sqlite_table(
    "posts",
    {"id": integer().primary_key(), "authorId": integer().references(lambda: people.id)},
)
notes = sqlite_table("notes", {"id": integer().primary_key(), "content": integer()})
"""


def test_a_renaming_folder_generates_and_migrates_keeping_rows(tmp_path: Path) -> None:
    out = tmp_path / "drizzle"
    path = tmp_path / "app.db"
    schema = tmp_path / "schema.py"
    config = Config(dialect="sqlite", schema=(str(schema),), out=str(out), root=tmp_path)
    schema.write_text(V0_MODULE)
    generate(config, name="init", layout="1.0")
    db = connect(str(path))
    try:
        migrate(db, out)
    finally:
        db.close()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO users (id, name, email) VALUES (1, 'ada', 'a@x')")
    raw.execute("INSERT INTO posts (id, authorId) VALUES (7, 1)")
    raw.execute("INSERT INTO notes (id, body) VALUES (1, '42')")
    raw.commit()
    raw.close()

    schema.write_text(V1_MODULE)
    result = generate(config, name="renames", renames=RENAMES_V1)
    assert result.path is not None and result.path.parent.name.endswith("_renames")
    written = json.loads((result.path.parent / "snapshot.json").read_text())
    assert written["renames"] == [
        "users->people",
        "notes.body->notes.content",
        "people.name->people.full_name",
    ]
    db = connect(str(path))
    try:
        assert len(migrate(db, out).applied) == 1
    finally:
        db.close()
    raw = sqlite3.connect(path)
    people = raw.execute("SELECT id, full_name, email FROM people").fetchall()
    posts = raw.execute("SELECT id, authorId FROM posts").fetchall()
    notes = raw.execute("SELECT id, content FROM notes").fetchall()
    raw.close()
    assert (people, posts, notes) == ([(1, "ada", "a@x")], [(7, 1)], [(1, 42)])
    # nothing left to generate: the folder continues as drizzle-kit 1.0's would
    assert generate(config, name="again").path is None
