"""PostgreSQL ``generate`` where drizzle-kit cannot be scripted: renames and ambiguities.

drizzle-kit asks on a terminal whether something that disappeared while another of its kind
appeared was renamed, so the reference cases (tests/conformance/generate_ref/pg) avoid that.
Here the answers come from :class:`Renames`; the expected statements are the text drizzle-kit
0.31's SQL generator writes for each rename kind (``drizzle-kit/src/sqlgenerator.ts``), and the
expected ``_meta`` the record its differ builds (``prepareMigrationMeta``) - which 0.31 then
does not write into the PostgreSQL snapshot file (its ``_meta`` stays empty).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness import sql
from harness.core.schema_diff import Ambiguity, Renames
from harness.kit import Config
from harness.kit.generate import generate
from harness.pg import (
    index,
    integer,
    pg_enum,
    pg_schema,
    pg_sequence,
    pg_table,
    pg_view,
    text,
)
from harness.pg.schema_diff import PgSchemaDiff, PgSchemaDiffResult

DIFF = PgSchemaDiff()
EMPTY_META: dict[str, dict[str, str]] = {"columns": {}, "schemas": {}, "tables": {}}


def _diff(before: list[Any], after: list[Any], renames: Renames = Renames()) -> PgSchemaDiffResult:
    result = DIFF.diff(DIFF.snapshot(before), DIFF.snapshot(after), renames)
    assert isinstance(result, PgSchemaDiffResult)
    return result


def _users(name_column: str) -> Any:
    return pg_table("users", {"id": integer().primary_key(), name_column: text()})


# -- columns ----------------------------------------------------------------------------------
def test_unanswered_column_rename_is_an_ambiguity_and_nothing_else() -> None:
    result = _diff([_users("name")], [_users("full_name")])
    assert result.ambiguities == [Ambiguity("column", "users.full_name", ("users.name",))]
    assert result.statements == []
    assert not result.empty


def test_column_rename_answer_gives_rename_column() -> None:
    renames = Renames().with_rename("column", "users.name", "users.full_name")
    result = _diff([_users("name")], [_users("full_name")], renames)
    assert result.ambiguities == []
    assert result.statements == ['ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";']
    assert result.meta == EMPTY_META
    assert result.renames_meta == {
        "schemas": {},
        "tables": {},
        "columns": {'"users"."name"': '"users"."full_name"'},
    }
    assert result.changes == ["table users: column name renamed to full_name"]
    assert result.data_loss == []


def test_column_created_answer_gives_add_then_drop() -> None:
    renames = Renames().with_created("column", "users.full_name")
    result = _diff([_users("name")], [_users("full_name")], renames)
    assert result.statements == [
        'ALTER TABLE "users" ADD COLUMN "full_name" text;',
        'ALTER TABLE "users" DROP COLUMN "name";',
    ]
    assert result.data_loss == ["table users: column name is dropped with its values"]


def test_no_renames_flag_answers_everything_created() -> None:
    result = _diff([_users("name")], [_users("full_name")], Renames(none=True))
    assert result.ambiguities == []
    assert len(result.statements) == 2


def test_column_rename_in_a_schema_is_named_with_the_schema() -> None:
    app = pg_schema("app")
    before = [app, app.table("t", {"a": integer()})]
    after = [app, app.table("t", {"b": integer()})]
    assert _diff(before, after).ambiguities == [Ambiguity("column", "app.t.b", ("app.t.a",))]
    result = _diff(before, after, Renames().with_rename("column", "app.t.a", "app.t.b"))
    assert result.statements == ['ALTER TABLE "app"."t" RENAME COLUMN "a" TO "b";']
    assert result.renames_meta["columns"] == {'"app"."t"."a"': '"app"."t"."b"'}


# -- tables -----------------------------------------------------------------------------------
def test_table_rename() -> None:
    before = [pg_table("people", {"id": integer()})]
    after = [pg_table("persons", {"id": integer()})]
    assert _diff(before, after).ambiguities == [Ambiguity("table", "persons", ("people",))]
    result = _diff(before, after, Renames().with_rename("table", "people", "persons"))
    assert result.statements == ['ALTER TABLE "people" RENAME TO "persons";']
    assert result.renames_meta["tables"] == {'"people"': '"persons"'}
    assert result.meta == EMPTY_META


def test_table_created_instead_of_renamed() -> None:
    before = [pg_table("people", {"id": integer()})]
    after = [pg_table("persons", {"id": integer()})]
    result = _diff(before, after, Renames().with_created("table", "persons"))
    assert result.statements == [
        'CREATE TABLE "persons" (\n\t"id" integer\n);\n',
        'DROP TABLE "people" CASCADE;',
    ]
    assert result.data_loss == ["table people is dropped with its rows"]


def test_table_moved_to_another_schema() -> None:
    archive = pg_schema("archive")
    before = [archive, pg_table("logs", {"id": integer()})]
    after = [archive, archive.table("logs", {"id": integer()})]
    assert _diff(before, after).ambiguities == [Ambiguity("table", "archive.logs", ("logs",))]
    result = _diff(before, after, Renames().with_rename("table", "logs", "archive.logs"))
    assert result.statements == ['ALTER TABLE "public"."logs" SET SCHEMA "archive";\n']


def test_renamed_table_keeps_its_foreign_keys_by_recreating_them() -> None:
    parent = pg_table("parent", {"id": integer().primary_key()})
    before = [parent, pg_table("kids", {"pid": integer().references(lambda: parent.id)})]
    after = [parent, pg_table("children", {"pid": integer().references(lambda: parent.id)})]
    result = _diff(before, after, Renames().with_rename("table", "kids", "children"))
    assert result.statements == [
        'ALTER TABLE "kids" RENAME TO "children";',
        'ALTER TABLE "children" DROP CONSTRAINT "kids_pid_parent_id_fk";\n',
        'ALTER TABLE "children" ADD CONSTRAINT "children_pid_parent_id_fk" FOREIGN KEY ("pid") '
        'REFERENCES "public"."parent"("id") ON DELETE no action ON UPDATE no action;',
    ]


# -- schemas, enums, sequences, views ---------------------------------------------------------
def test_schema_rename_is_asked_first_and_moves_its_tables() -> None:
    before = [pg_schema("old_ns"), pg_schema("old_ns").table("t", {"id": integer()})]
    after = [pg_schema("new_ns"), pg_schema("new_ns").table("t", {"id": integer()})]
    # schemas come before tables in drizzle-kit's questions
    assert _diff(before, after).ambiguities == [Ambiguity("schema", "new_ns", ("old_ns",))]
    result = _diff(before, after, Renames().with_rename("schema", "old_ns", "new_ns"))
    assert result.statements == ['ALTER SCHEMA "old_ns" RENAME TO "new_ns";\n']
    assert result.renames_meta["schemas"] == {"old_ns": "new_ns"}


def test_enum_rename_retypes_its_columns_silently() -> None:
    mood, feeling = pg_enum("mood", ["a", "b"]), pg_enum("feeling", ["a", "b"])
    before = [mood, pg_table("t", {"m": mood()})]
    after = [feeling, pg_table("t", {"m": feeling()})]
    assert _diff(before, after).ambiguities == [Ambiguity("enum", "feeling", ("mood",))]
    result = _diff(before, after, Renames().with_rename("enum", "mood", "feeling"))
    assert result.statements == ['ALTER TYPE "public"."mood" RENAME TO "feeling";']


def test_enum_created_instead_of_renamed() -> None:
    before = [pg_enum("mood", ["a"])]
    after = [pg_enum("feeling", ["a"])]
    result = _diff(before, after, Renames().with_created("enum", "feeling"))
    assert result.statements == [
        'CREATE TYPE "public"."feeling" AS ENUM(\'a\');',
        'DROP TYPE "public"."mood";',
    ]


def test_sequence_rename() -> None:
    before = [pg_sequence("s1", start_with=5)]
    after = [pg_sequence("s2", start_with=5)]
    assert _diff(before, after).ambiguities == [Ambiguity("sequence", "s2", ("s1",))]
    result = _diff(before, after, Renames().with_rename("sequence", "s1", "s2"))
    assert result.statements == ['ALTER SEQUENCE "public"."s1" RENAME TO "s2";']


def test_view_rename() -> None:
    t = pg_table("t", {"id": integer()})
    before = [t, pg_view("v1", {"id": integer()}).as_(sql("select 1 as id"))]
    after = [t, pg_view("v2", {"id": integer()}).as_(sql("select 1 as id"))]
    assert _diff(before, after).ambiguities == [Ambiguity("view", "v2", ("v1",))]
    result = _diff(before, after, Renames().with_rename("view", "v1", "v2"))
    assert result.statements == ['ALTER VIEW "public"."v1" RENAME TO "v2";']


# -- statements drizzle-kit writes that a reference case cannot migrate -----------------------
def test_concurrent_index() -> None:
    before = [pg_table("e", {"at": integer()})]
    after = [
        pg_table("e", {"at": integer()}, lambda t: [index("e_at_idx").on(t.at).concurrently()])
    ]
    assert _diff(before, after).statements == [
        'CREATE INDEX CONCURRENTLY "e_at_idx" ON "e" USING btree ("at");'
    ]


def test_dropping_a_column_primary_key_writes_drizzle_kits_hint() -> None:
    before = [pg_table("codes", {"id": integer().primary_key()})]
    after = [pg_table("codes", {"id": integer().not_null()})]
    (statement,) = _diff(before, after).statements
    assert statement.startswith("/* \n    Unfortunately in current drizzle-kit version")
    assert "WHERE table_schema = 'public'" in statement
    assert statement.endswith('-- ALTER TABLE "codes" DROP CONSTRAINT "<constraint_name>";')


def test_data_loss_lines() -> None:
    before = [pg_table("t", {"a": text(), "b": text()})]
    after = [pg_table("t", {"a": integer(), "b": text().not_null()})]
    result = _diff(before, after)
    assert result.data_loss == [
        "table t: column a changes type from text to integer; values may not convert",
        "table t: column b becomes NOT NULL without a default; fails if rows hold NULL",
    ]


def test_unchanged_schema_has_no_statements() -> None:
    t = [pg_table("t", {"a": text()})]
    assert _diff(t, t).empty


# -- through harness generate -----------------------------------------------------------------
def test_generate_writes_the_rename_and_an_empty_meta(tmp_path: Path) -> None:
    schema = tmp_path / "schema.py"
    schema.write_text(
        "from harness.pg import integer, pg_table, text\n"
        "users = pg_table('users', {'id': integer().primary_key(), 'name': text()})\n"
    )
    config = Config(dialect="postgresql", schema=(str(schema),), out="out", root=tmp_path)
    generate(config, name="init")
    schema.write_text(schema.read_text().replace("'name'", "'full_name'"))
    renames = Renames().with_rename("column", "users.name", "users.full_name")
    result = generate(config, name="rename", renames=renames)
    assert result.path is not None
    assert result.path.read_text() == 'ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";'
    written = json.loads((tmp_path / "out" / "meta" / "0001_snapshot.json").read_text())
    assert written["_meta"] == EMPTY_META
    assert list(written["tables"]["public.users"]["columns"]) == ["id", "full_name"]
