"""The SQLite schema writer of ``harness pull``: the choices it makes for a real database.

Each test builds a SQLite file with plain DDL, reads it back with the introspector, writes
the declarations and checks both the text (what a reader of ``schema.py`` sees) and that the
written module, imported and serialised again, is the database (the diff after the
introspector's ``align`` is empty).  The full round trips over the reference cases are in
``tests/integration/test_pull.py``.
"""

from __future__ import annotations

import importlib.util
import json
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

from harness import connect
from harness.core.codegen import formatted
from harness.core.ddl import entities_from
from harness.core.schema_diff import Edge, Renames, WrittenSchema
from harness.sqlite.dialect import SQLiteDialect
from harness.sqlite.introspect import SQLiteIntrospector
from harness.sqlite.pull_writer import SQLiteSchemaWriter
from harness.sqlite.schema_diff import SQLiteSchemaDiff

WRITER = SQLiteSchemaWriter()
INTROSPECTOR = SQLiteIntrospector()
DIFF = SQLiteSchemaDiff()


def _pull(
    tmp_path: Path, ddl: str, casing: str = "camel"
) -> tuple[WrittenSchema, dict[str, Any], ModuleType]:
    """The database made by ``ddl``: what the writer wrote, the snapshot, the loaded module."""
    db = connect(f"sqlite:///{tmp_path / 'pulled.db'}")
    try:
        for statement in ddl.split(";"):
            if statement.strip():
                db.execute(statement)
        live = INTROSPECTOR.snapshot(db)
    finally:
        db.close()
    written = WRITER.write(json.loads(json.dumps(live)), casing)
    path = tmp_path / f"schema_{uuid.uuid4().hex}.py"
    path.write_text(written.source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return written, live, module


def _changes(live: dict[str, Any], module: ModuleType) -> list[str]:
    declared = DIFF.snapshot(entities_from(module))
    aligned = INTROSPECTOR.align(json.loads(json.dumps(live)), declared)
    return [str(c) for c in DIFF.diff(aligned, declared, Renames(none=True)).changes]


def test_the_dialect_has_the_writer() -> None:
    assert isinstance(SQLiteDialect.schema_writer, SQLiteSchemaWriter)


def test_camel_keys_keep_the_database_name_and_the_written_text_is_ruff_formatted(
    tmp_path: Path,
) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `user_accounts` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,"
        " `first_name` text(256) NOT NULL, `nick` text DEFAULT 'it''s me',"
        " `score` real DEFAULT 1.5, `created_at` integer DEFAULT (unixepoch()) NOT NULL,"
        " `raw` blob DEFAULT x'00ff')",
    )
    source = written.source
    assert "userAccounts = sqlite_table(\n" in source
    assert '"id": integer().primary_key(auto_increment=True),' in source
    assert '"firstName": text("first_name", length=256).not_null(),' in source
    assert '"nick": text().default("it\'s me"),' in source
    assert '"score": real().default(1.5),' in source
    assert 'integer("created_at").not_null().default(sql("(unixepoch())"))' in source
    # SQLite reads DEFAULT x'00ff' and DEFAULT (x'00ff') alike: the bare form is written
    assert '"raw": blob().default(sql("x\'00ff\'")),' in source
    assert formatted(source) == source
    assert written.todos == [] and written.edges == []
    assert module.userAccounts.firstName.name == "first_name"
    assert _changes(live, module) == []


def test_preserve_keeps_database_names_as_keys(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `user_accounts` (`id` integer PRIMARY KEY NOT NULL, `first_name` text)",
        casing="preserve",
    )
    assert "user_accounts = sqlite_table(" in written.source
    assert '"first_name": text(),' in written.source
    assert module.user_accounts.first_name.name == "first_name"
    assert _changes(live, module) == []


def test_names_that_are_not_identifiers_keywords_or_imported_names(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        'CREATE TABLE "class" ("id" integer PRIMARY KEY NOT NULL, "from" integer,'
        ' "my-col" text, "1st" text, "_columns" text, "{x}" text);'
        'CREATE TABLE "text" ("id" integer PRIMARY KEY NOT NULL,'
        ' CONSTRAINT "braces" CHECK ("id" <> length(\'{}\')))',
        casing="preserve",
    )
    source = written.source
    assert "class_ = sqlite_table(" in source  # a keyword gets an underscore
    assert "text_ = sqlite_table(" in source  # `text` would shadow the imported column type
    assert '"from_": integer("from"),' in source
    assert '"my_col": text("my-col"),' in source
    assert '"_1st": text("1st"),' in source
    assert '"_columns_": text("_columns"),' in source  # not the table's own attribute
    assert '"_x_": text("{x}"),' in source
    assert 'check("braces", sql("\\"id\\" <> length(\'{{}}\')")),' in source
    assert module.class_.from_.name == "from"
    assert _changes(live, module) == []


def test_composite_keys_and_foreign_key_actions(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `orgs` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL);"
        "CREATE UNIQUE INDEX `orgs_code_unique` ON `orgs` (`code`);"
        "CREATE TABLE `members` (`org_id` integer NOT NULL, `user_name` text NOT NULL,"
        " `boss_org` integer, `boss_name` text,"
        " PRIMARY KEY(`org_id`, `user_name`),"
        " FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE cascade ON DELETE cascade,"
        " FOREIGN KEY (`boss_org`,`boss_name`) REFERENCES `members`(`org_id`,`user_name`)"
        " ON UPDATE no action ON DELETE set null)",
    )
    source = formatted(written.source)  # as pull writes it: long chains wrapped by ruff
    assert '"code": text().not_null().unique(),' in source
    assert (
        '"orgId": integer("org_id")\n        .not_null()\n        .references('
        'lambda: orgs.id, on_delete="cascade", on_update="cascade"),'
    ) in source
    assert "primary_key([t.orgId, t.userName])," in source
    assert (
        'foreign_key([t.bossOrg, t.bossName], [t.orgId, t.userName]).on_delete("set null"),'
        in source
    )
    assert written.edges == [
        Edge("members", ("orgId",), "orgs", ("id",)),
        Edge("members", ("bossOrg", "bossName"), "members", ("orgId", "userName")),
    ]
    assert _changes(live, module) == []


def test_primary_key_without_not_null_and_indexes(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `notes` (`id` integer PRIMARY KEY, `title` text, `body` text);"
        "CREATE INDEX `notes_title_idx` ON `notes` (`title`) WHERE `body` is not null;"
        'CREATE UNIQUE INDEX `notes_lower_idx` ON `notes` (lower("title"), `body`)',
    )
    source = written.source
    # .primary_key() implies NOT NULL: a one-column primary_key([...]) does not
    assert '"id": integer(),' in source and "primary_key([t.id])," in source
    assert 'index("notes_title_idx").on(t.title).where(sql("`body` is not null")),' in source
    assert 'unique_index("notes_lower_idx").on(sql(\'lower("title")\'), t.body),' in source
    assert _changes(live, module) == []


def test_a_type_outside_the_api_is_a_todo_with_the_same_affinity(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path, "CREATE TABLE `t1` (`id` integer PRIMARY KEY NOT NULL, `name` varchar(20))"
    )
    assert written.todos == [
        "t1.name: type varchar(20) has no harness.sqlite column; declared as text() "
        "(the same affinity)"
    ]
    assert (
        "        # TODO: type varchar(20) has no harness.sqlite column; declared as text() "
        '(the same affinity)\n        "name": text(),\n'
    ) in written.source
    assert module.t1.name.sql_type() == "text"
    assert [c for c in _changes(live, module) if "name" in c]  # the type is what was lost


def test_a_foreign_key_to_a_table_not_pulled_is_a_todo(tmp_path: Path) -> None:
    db = connect(f"sqlite:///{tmp_path / 'fk.db'}")
    try:
        db.execute("CREATE TABLE `a` (`id` integer PRIMARY KEY NOT NULL)")
        db.execute(
            "CREATE TABLE `b` (`id` integer PRIMARY KEY NOT NULL,"
            " `a_id` integer REFERENCES `a`(`id`))"
        )
        live = INTROSPECTOR.snapshot(db, ["b"])
    finally:
        db.close()
    written = WRITER.write(live)
    assert written.todos == [
        "b: foreign key b_a_id_a_id_fk references a, which was not pulled; it is left out"
    ]
    assert written.source.startswith('"""') and "# TODO: foreign key b_a_id_a_id_fk" in (
        written.source
    )
    assert written.edges == []


def test_a_view_gets_its_columns_and_its_query(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `items` (`id` integer PRIMARY KEY NOT NULL, `unit_price` real);"
        "CREATE VIEW `cheap_items` AS select id, unit_price from items",
    )
    assert (
        "cheapItems = sqlite_view(\n"
        '    "cheap_items",\n'
        "    {\n"
        '        "id": integer(),\n'
        '        "unitPrice": real("unit_price"),\n'
        "    },\n"
        ').as_(sql("select id, unit_price from items"))'
    ) in written.source
    assert formatted(written.source) == written.source
    assert _changes(live, module) == []


def test_foreign_keys_stay_in_the_database_order(tmp_path: Path) -> None:
    """Inline references come first in CREATE TABLE: a key is inline only where that keeps
    the order SQLite has (here the composite key is first, so both are table-level)."""
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `p` (`a` integer NOT NULL, `b` integer NOT NULL, PRIMARY KEY(`a`, `b`));"
        "CREATE TABLE `c` (`id` integer PRIMARY KEY NOT NULL, `a` integer, `b` integer,"
        " FOREIGN KEY (`a`,`b`) REFERENCES `p`(`a`,`b`),"
        " FOREIGN KEY (`a`) REFERENCES `c`(`id`) ON DELETE restrict)",
    )
    source = written.source
    assert ".references(" not in source
    first = source.index("foreign_key([t.a, t.b], [p.a, p.b]),")
    assert first < source.index('foreign_key([t.a], [t.id]).on_delete("restrict"),')
    assert [
        fk["name"]
        for fk in DIFF.snapshot(entities_from(module))["tables"]["c"]["foreignKeys"].values()
    ] == list(live["tables"]["c"]["foreignKeys"])
    assert _changes(live, module) == []


def test_parenthesised_literal_defaults_are_written_bare(tmp_path: Path) -> None:
    written, live, module = _pull(
        tmp_path,
        "CREATE TABLE `d` (`id` integer PRIMARY KEY NOT NULL, `big` real DEFAULT 1e+21,"
        " `at` text DEFAULT CURRENT_TIMESTAMP, `n` text DEFAULT NULL,"
        " `e` integer DEFAULT (abs(-2) + 1))",
    )
    source = written.source
    assert '"big": real().default(sql("1e+21")),' in source
    assert '"at": text().default(sql("CURRENT_TIMESTAMP")),' in source
    assert '"n": text().default(sql("NULL")),' in source
    assert '"e": integer().default(sql("(abs(-2) + 1)")),' in source
    assert _changes(live, module) == []
