"""``PgSchemaDiffV1`` (drizzle-kit 1.0's PostgreSQL snapshot) on what the reference cases
cannot show: renames (drizzle-kit prompts for them), rename questions, custom key order.

Expected statements are the ones drizzle-kit 1.0's convertors write for these records
(``drizzle-kit/src/dialects/postgres/convertor.ts``), and the ``renames`` records follow its
``prepareMigrationRenames`` (``schema.table.old->schema.table.new``).
"""

from __future__ import annotations

from typing import Any

from harness.core.schema_diff import Renames
from harness.pg import integer, pg_enum, pg_schema, pg_table, pg_view, text
from harness.pg.v1 import PgSchemaDiffV1

DIFFER = PgSchemaDiffV1()


def _snap(*entities: Any) -> dict[str, Any]:
    return DIFFER.snapshot(list(entities))


def _users(name: str = "users", column: str = "name") -> Any:
    return pg_table(name, {"id": integer().primary_key(), column: text()})


def test_empty_snapshot_is_drizzle_kits_dry_snapshot() -> None:
    empty = DIFFER.empty_snapshot()
    assert list(empty) == ["version", "dialect", "id", "prevIds", "ddl", "renames"]
    assert empty["version"] == "8" and empty["dialect"] == "postgres"


def test_first_migration_creates_the_table_without_not_null_on_the_key() -> None:
    diff = DIFFER.diff(DIFFER.empty_snapshot(), _snap(_users()), Renames())
    assert diff.statements == [
        'CREATE TABLE "users" (\n\t"id" integer PRIMARY KEY,\n\t"name" text\n);\n'
    ]
    assert diff.changes == ["table users created"]


def test_unanswered_table_rename_is_an_ambiguity() -> None:
    diff = DIFFER.diff(_snap(_users()), _snap(_users("people")), Renames())
    assert [(a.kind, a.new, a.candidates) for a in diff.ambiguities] == [
        ("table", "people", ("users",))
    ]
    assert diff.statements == []


def test_table_rename_keeps_the_generated_primary_key_name() -> None:
    after = _snap(_users("people"))
    diff = DIFFER.diff(_snap(_users()), after, Renames(frozenset({("table", "users", "people")})))
    assert diff.statements == ['ALTER TABLE "users" RENAME TO "people";']
    assert diff.renames == ["public.users->public.people"]
    pk = next(e for e in after["ddl"] if e["entityType"] == "pks")
    assert pk["name"] == "users_pkey"


def test_table_answered_created_drops_and_creates() -> None:
    diff = DIFFER.diff(_snap(_users()), _snap(_users("people")), Renames(none=True))
    assert diff.statements[0].startswith('CREATE TABLE "people"')
    assert diff.statements[1:] == ['DROP TABLE "users";']
    assert diff.data_loss == ["table users is dropped with its rows"]


def test_column_rename() -> None:
    renames = Renames(frozenset({("column", "users.name", "users.full_name")}))
    diff = DIFFER.diff(_snap(_users()), _snap(_users(column="full_name")), renames)
    assert diff.statements == ['ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";']
    assert diff.renames == ["public.users.name->public.users.full_name"]
    assert diff.changes == ["table users: column name renamed to full_name"]


def test_column_rename_question_names_the_table() -> None:
    diff = DIFFER.diff(_snap(_users()), _snap(_users(column="full_name")), Renames())
    assert [(a.kind, a.new, a.candidates) for a in diff.ambiguities] == [
        ("column", "users.full_name", ("users.name",))
    ]


def test_enum_rename_retypes_its_columns() -> None:
    mood = pg_enum("mood", ["ok", "sad"])
    feeling = pg_enum("feeling", ["ok", "sad"])
    before = _snap(mood, pg_table("t", {"id": integer().primary_key(), "m": mood("m")}))
    after = _snap(feeling, pg_table("t", {"id": integer().primary_key(), "m": feeling("m")}))
    diff = DIFFER.diff(before, after, Renames(frozenset({("enum", "mood", "feeling")})))
    assert diff.statements == ['ALTER TYPE "mood" RENAME TO "feeling";']
    assert diff.renames == ["public.mood->public.feeling"]


def test_schema_rename_moves_its_tables_along() -> None:
    old, new = pg_schema("old"), pg_schema("new")
    before = _snap(old, old.table("t", {"id": integer().primary_key()}))
    after = _snap(new, new.table("t", {"id": integer().primary_key()}))
    diff = DIFFER.diff(before, after, Renames(frozenset({("schema", "old", "new")})))
    assert diff.statements == ['ALTER SCHEMA "old" RENAME TO "new";\n']
    assert diff.renames == ["old->new"]


def test_table_moved_to_another_schema() -> None:
    app = pg_schema("app")
    before = _snap(app, pg_table("t", {"id": integer().primary_key()}))
    after = _snap(app, app.table("t", {"id": integer().primary_key()}))
    diff = DIFFER.diff(before, after, Renames(frozenset({("table", "t", "app.t")})))
    assert diff.statements == ['ALTER TABLE "t" SET SCHEMA "app";\n']
    assert diff.renames == ["public.t->app.t"]


def test_view_rename() -> None:
    users = _users()
    before = _snap(users, pg_view("v").as_(lambda qb: qb.select({"id": users.id}).from_(users)))
    after = _snap(users, pg_view("w").as_(lambda qb: qb.select({"id": users.id}).from_(users)))
    diff = DIFFER.diff(before, after, Renames(frozenset({("view", "v", "w")})))
    assert diff.statements == ['ALTER VIEW "v" RENAME TO "w";']
    assert diff.renames == ["public.v->public.w"]


def test_entity_keys_follow_drizzle_kits_push_order() -> None:
    ddl = _snap(_users())["ddl"]
    assert [list(e) for e in ddl] == [
        ["isRlsEnabled", "name", "entityType", "schema"],
        *[
            [
                "type",
                "typeSchema",
                "notNull",
                "dimensions",
                "default",
                "generated",
                "identity",
                "name",
                "entityType",
                "schema",
                "table",
            ]
        ]
        * 2,
        ["columns", "nameExplicit", "name", "schema", "table", "entityType"],
    ]


def test_no_change_writes_nothing() -> None:
    diff = DIFFER.diff(_snap(_users()), _snap(_users()), Renames())
    assert diff.statements == [] and diff.changes == []
