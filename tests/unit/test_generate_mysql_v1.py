"""MySQL's drizzle-kit 1.0 diff where drizzle-kit would ask (renames), the spelling rules
of its diff, and a 1.0 folder with renames migrated on the MySQL engine under test.

Everything drizzle-kit 1.0 writes without asking is compared with its real output in
``tests/conformance/test_generate_ref_v1.py``.  The expected text here is what drizzle-kit
1.0.0-rc.5 wrote for the same schemas (in TypeScript) with its ``--hints`` answers: tables,
then columns table by table (in the order the tables' new columns appear), then views;
``RENAME TABLE`` / ``RENAME COLUMN``; generated foreign-key and unique names kept as they
were before the rename; an empty ``renames`` list in the snapshot (MySQL records none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from harness import connect, index
from harness.core.schema_diff import Ambiguity, Renames
from harness.kit import Config
from harness.kit.generate import generate
from harness.kit.migrator import migrate
from harness.mysql import int_, mysql_table, mysql_view, text, varchar
from harness.mysql.v1 import MySqlSchemaDiffV1
from harness.mysql.v1.diff import commutative
from harness.mysql.v1.entities import fk_name

DIFF = MySqlSchemaDiffV1()


def _v0() -> list[Any]:
    users = mysql_table(
        "users",
        {
            "id": int_().primary_key().autoincrement(),
            "name": varchar(length=50).unique(),
            "email": varchar(length=100),
        },
        lambda t: [index("users_email_idx").on(t.email)],
    )
    posts = mysql_table(
        "posts",
        {
            "id": int_().primary_key(),
            "author_id": int_().references(lambda: users.id, on_delete="cascade"),
        },
    )
    notes = mysql_table("notes", {"id": int_().primary_key(), "body": text()})
    note_ids = mysql_view("note_ids").as_(lambda qb: qb.select({"id": notes.id}).from_(notes))
    return [users, posts, notes, note_ids]


def _v1() -> list[Any]:
    people = mysql_table(
        "people",
        {
            "id": int_().primary_key().autoincrement(),
            "full_name": varchar(length=50).unique(),
            "mail": varchar(length=100),
        },
        lambda t: [index("users_email_idx").on(t.mail)],
    )
    posts = mysql_table(
        "posts",
        {
            "id": int_().primary_key(),
            "writer_id": int_().references(lambda: people.id, on_delete="cascade"),
        },
    )
    notes = mysql_table("notes", {"id": int_().primary_key(), "content": text()})
    note_keys = mysql_view("note_keys").as_(lambda qb: qb.select({"id": notes.id}).from_(notes))
    return [people, posts, notes, note_keys]


RENAMES = (
    Renames()
    .with_rename("table", "users", "people")
    .with_rename("column", "people.name", "people.full_name")
    .with_rename("column", "people.email", "people.mail")
    .with_rename("column", "notes.body", "notes.content")
    .with_rename("column", "posts.author_id", "posts.writer_id")
    .with_rename("view", "note_ids", "note_keys")
)

#: drizzle-kit 1.0.0-rc.5's migration.sql for v0 -> v1 with the answers of RENAMES
RC_SQL = [
    "RENAME TABLE `users` TO `people`;",
    "ALTER TABLE `notes` RENAME COLUMN `body` TO `content`;",
    "ALTER TABLE `people` RENAME COLUMN `name` TO `full_name`;",
    "ALTER TABLE `people` RENAME COLUMN `email` TO `mail`;",
    "ALTER TABLE `posts` RENAME COLUMN `author_id` TO `writer_id`;",
    "RENAME TABLE `note_ids` TO `note_keys`;",
]


def test_questions_come_tables_first_then_columns_table_by_table_then_views() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    asked = DIFF.diff(before, after, Renames())
    assert asked.ambiguities == [Ambiguity("table", "people", ("users",))]
    assert asked.statements == []

    tables = Renames().with_rename("table", "users", "people")
    asked = DIFF.diff(before, DIFF.snapshot(_v1()), tables)
    assert asked.ambiguities == [
        Ambiguity("column", "notes.content", ("notes.body",)),
        Ambiguity("column", "people.full_name", ("people.name", "people.email")),
        Ambiguity("column", "people.mail", ("people.name", "people.email")),
        Ambiguity("column", "posts.writer_id", ("posts.author_id",)),
    ]

    columns = (
        tables.with_rename("column", "people.name", "people.full_name")
        .with_rename("column", "people.email", "people.mail")
        .with_rename("column", "notes.body", "notes.content")
        .with_rename("column", "posts.author_id", "posts.writer_id")
    )
    asked = DIFF.diff(before, DIFF.snapshot(_v1()), columns)
    assert asked.ambiguities == [Ambiguity("view", "note_keys", ("note_ids",))]


def test_renames_write_what_drizzle_kit_wrote_and_keep_generated_names() -> None:
    before, after = DIFF.snapshot(_v0()), DIFF.snapshot(_v1())
    result = DIFF.diff(before, after, RENAMES)
    assert result.ambiguities == []
    assert result.statements == RC_SQL
    assert result.renames == []
    kept = [
        (e["entityType"], e["table"], e["name"], e["columns"])
        for e in after["ddl"]
        if e["entityType"] in ("indexes", "fks")
    ]
    # the unique index and the foreign key keep the names generated from the old names
    assert kept == [
        ("indexes", "people", "name_unique", [{"value": "full_name", "isExpression": False}]),
        ("indexes", "people", "users_email_idx", [{"value": "mail", "isExpression": False}]),
        ("fks", "posts", "posts_author_id_users_id_fkey", ["writer_id"]),
    ]
    assert "table users renamed to people" in result.changes


def test_created_answers_drop_and_add() -> None:
    answers = (
        Renames()
        .with_rename("table", "users", "people")
        .with_created("column", "people.full_name")
        .with_created("column", "people.mail")
        .with_created("column", "notes.content")
        .with_created("column", "posts.writer_id")
        .with_created("view", "note_keys")
    )
    result = DIFF.diff(DIFF.snapshot(_v0()), DIFF.snapshot(_v1()), answers)
    assert result.ambiguities == []
    # the old foreign key is dropped before the rename (drizzle-kit's order)
    assert result.statements[:3] == [
        "ALTER TABLE `posts` DROP CONSTRAINT `posts_author_id_users_id_fkey`;",
        "DROP INDEX `posts_author_id_users_id_fkey` ON `posts`",
        "RENAME TABLE `users` TO `people`;",
    ]
    assert "ALTER TABLE `people` ADD `full_name` varchar(50);" in result.statements
    assert "ALTER TABLE `posts` DROP COLUMN `author_id`;" in result.statements
    assert result.statements[-1].startswith("CREATE ALGORITHM = undefined SQL SECURITY definer")
    assert any("dropped with its values" in line for line in result.data_loss)


def test_no_renames_answers_every_question_created() -> None:
    result = DIFF.diff(DIFF.snapshot(_v0()), DIFF.snapshot(_v1()), Renames(none=True))
    assert result.ambiguities == []
    assert result.statements[0].startswith("CREATE TABLE `people` (")
    assert "DROP TABLE `users`;" in result.statements


def test_spellings_mysql_treats_as_the_same() -> None:
    assert commutative("tinyint(1)", "boolean")
    assert commutative("(now())", "CURRENT_TIMESTAMP")
    assert not commutative("(now(3))", "now()")
    assert commutative("decimal(10, 2)", "decimal(10,2)")
    assert commutative("float(8)", "float")
    assert not commutative("int", "bigint")


def test_long_foreign_key_names_are_hashed() -> None:
    assert fk_name("posts", ["a"], "users", ["id"]) == "posts_a_users_id_fkey"
    long = fk_name("t", ["a_very_long_column_name_indeed"], "another_long_table", ["id_column"])
    assert long.startswith("t_") and long.endswith("_fkey") and len(long) == 2 + 12 + 5


V0_MODULE = """
from harness import index
from harness.mysql import int_, mysql_table, mysql_view, text, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "name": varchar(length=50).unique(),
        "email": varchar(length=100),
    },
    lambda t: [index("users_email_idx").on(t.email)],
)
posts = mysql_table(
    "posts",
    {"id": int_().primary_key(), "author_id": int_().references(lambda: users.id)},
)
notes = mysql_table("notes", {"id": int_().primary_key(), "body": text()})
"""

V1_MODULE = """
from harness import index
from harness.mysql import int_, mysql_table, mysql_view, text, varchar

people = mysql_table(
    "people",
    {
        "id": int_().primary_key().autoincrement(),
        "full_name": varchar(length=50).unique(),
        "mail": varchar(length=100),
    },
    lambda t: [index("users_email_idx").on(t.mail)],
)
posts = mysql_table(
    "posts",
    {"id": int_().primary_key(), "writer_id": int_().references(lambda: people.id)},
)
notes = mysql_table("notes", {"id": int_().primary_key(), "content": text()})
"""


def test_a_renaming_folder_generates_and_migrates_keeping_rows(
    dialect: str, db_url: str, tmp_path: Path
) -> None:
    if dialect != "mysql":
        pytest.skip(f"runs on MySQL (--db=mysql); this run is on {dialect}")
    out = tmp_path / "drizzle"
    schema = tmp_path / "schema.py"
    config = Config(dialect="mysql", schema=(str(schema),), out=str(out), root=tmp_path)
    schema.write_text(V0_MODULE)
    generate(config, name="init", layout="1.0")
    db = connect(db_url)
    try:
        migrate(db, out)
        db.execute("INSERT INTO users (id, name, email) VALUES (1, 'ada', 'a@x')")
        db.execute("INSERT INTO posts (id, author_id) VALUES (7, 1)")
        db.execute("INSERT INTO notes (id, body) VALUES (1, 'hi')")
    finally:
        db.close()

    schema.write_text(V1_MODULE)
    renames = (
        Renames()
        .with_rename("table", "users", "people")
        .with_rename("column", "people.name", "people.full_name")
        .with_rename("column", "people.email", "people.mail")
        .with_rename("column", "notes.body", "notes.content")
        .with_rename("column", "posts.author_id", "posts.writer_id")
    )
    result = generate(config, name="renames", renames=renames)
    assert result.path is not None and result.path.parent.name.endswith("_renames")
    db = connect(db_url)
    try:
        assert len(migrate(db, out).applied) == 1
        people = db.execute("SELECT id, full_name, mail FROM people")
        posts = db.execute("SELECT id, writer_id FROM posts")
        notes = db.execute("SELECT id, content FROM notes")
    finally:
        db.close()
    assert [tuple(r.values()) for r in people] == [(1, "ada", "a@x")]
    assert [tuple(r.values()) for r in posts] == [(7, 1)]
    assert [tuple(r.values()) for r in notes] == [(1, "hi")]
    # nothing left to generate: the folder continues as drizzle-kit 1.0's would
    assert generate(config, name="again").path is None
