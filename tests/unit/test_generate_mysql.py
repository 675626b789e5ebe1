"""MySQL's schema diff where drizzle-kit would ask a question on its terminal (renames), and
the data-loss report.  Everything drizzle-kit writes without asking is compared with its real
output in ``tests/conformance/test_generate_ref.py``; a rename's text follows drizzle-kit's
statement for it (``RENAME TABLE``, ``RENAME COLUMN``) and its ``_meta`` record."""

from __future__ import annotations

from harness.core.schema_diff import Ambiguity, Renames
from harness.mysql import int_, mysql_table, varchar
from harness.mysql.schema_diff import MySqlSchemaDiff

DIFF = MySqlSchemaDiff()


def _users(name: str = "users", column: str = "name", length: int = 100) -> object:
    return mysql_table(name, {"id": int_().primary_key(), column: varchar(length=length)})


def test_table_rename_is_a_question_until_answered() -> None:
    before, after = DIFF.snapshot([_users()]), DIFF.snapshot([_users("people")])
    asked = DIFF.diff(before, after, Renames())
    assert asked.ambiguities == [Ambiguity("table", "people", ("users",))]
    assert asked.statements == []

    renamed = DIFF.diff(before, after, Renames().with_rename("table", "users", "people"))
    assert renamed.statements == ["RENAME TABLE `users` TO `people`;"]
    assert renamed.meta["tables"] == {'"users"': '"people"'}
    assert renamed.data_loss == []

    created = DIFF.diff(before, after, Renames().with_created("table", "people"))
    assert created.statements[0].startswith("CREATE TABLE `people` (")
    assert created.statements[1:] == ["DROP TABLE `users`;"]
    assert created.data_loss == ["table users is dropped with its rows"]


def test_renamed_table_and_column_in_one_diff() -> None:
    before = DIFF.snapshot([_users()])
    after = DIFF.snapshot([_users("people", "full_name")])
    answers = (
        Renames()
        .with_rename("table", "users", "people")
        .with_rename("column", "people.name", "people.full_name")
    )
    result = DIFF.diff(before, after, answers)
    assert result.statements == [
        "RENAME TABLE `users` TO `people`;",
        "ALTER TABLE `people` RENAME COLUMN `name` TO `full_name`;",
    ]
    assert result.meta["columns"] == {'"people"."name"': '"people"."full_name"'}


def test_no_renames_answers_every_question_created() -> None:
    before, after = DIFF.snapshot([_users()]), DIFF.snapshot([_users(column="title")])
    result = DIFF.diff(before, after, Renames(none=True))
    assert result.statements == [
        "ALTER TABLE `users` ADD `title` varchar(100);",
        "ALTER TABLE `users` DROP COLUMN `name`;",
    ]


def test_narrowed_type_is_reported_as_possible_data_loss() -> None:
    before, after = DIFF.snapshot([_users()]), DIFF.snapshot([_users(length=10)])
    result = DIFF.diff(before, after, Renames())
    assert result.statements == ["ALTER TABLE `users` MODIFY COLUMN `name` varchar(10);"]
    assert result.data_loss == [
        "table users: column name: type varchar(100) -> varchar(10) may truncate or reject "
        "existing values"
    ]
    assert result.changes == ["table users: column name: type varchar(100) -> varchar(10)"]
