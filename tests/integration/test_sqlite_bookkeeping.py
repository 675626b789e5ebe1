"""The bookkeeping table's DDL is drizzle-orm's, byte for byte.

SQLite keeps the text of a table's CREATE statement (``sqlite_master.sql``, amended in place by
``ALTER TABLE ... ADD COLUMN``), so a database migrated by the harness must hold the same text
as one migrated by drizzle-orm.  PostgreSQL and MySQL keep no such text, but the statements are
compared all the same.  The reference is ``tests/fixtures/drizzle/recorded/bookkeeping.json``,
written by the real drizzle-orm 0.45 and 1.0 migrators (``record_bookkeeping.mjs``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from harness import Database, connect
from harness.core.parts import MigrationHooks
from harness.kit import migrate
from harness.kit.migrator import DEFAULT_SCHEMA, DEFAULT_TABLE
from harness.mysql.dialect import MySqlDialect
from harness.pg.dialect import PgDialect
from harness.sqlite.dialect import SQLiteDialect

FIXTURES = Path(__file__).parents[1] / "fixtures" / "drizzle"
RECORDED: dict[str, Any] = json.loads((FIXTURES / "recorded" / "bookkeeping.json").read_text())
#: the drizzle-orm driver whose migrator we follow, per engine
DRIVER = {"sqlite": "better-sqlite3", "postgresql": "node-postgres", "mysql": "mysql2"}


def sqlite_master(db: Database) -> str:
    (row,) = db.execute(f"select sql from sqlite_master where name = '{DEFAULT_TABLE}'")
    return str(row["sql"])


def open_file(path: Path) -> Database:
    return connect(f"sqlite:///{path}")


def legacy_copy(v1_folder: Path, target: Path) -> Path:
    """The 1.0 folder as a legacy journal folder (same SQL, `when` = each folder's time), as
    the recording script builds it."""
    entries = []
    (target / "meta").mkdir(parents=True)
    for idx, folder in enumerate(sorted(p for p in v1_folder.iterdir() if p.is_dir())):
        stamp = dt.datetime.strptime(folder.name[:14], "%Y%m%d%H%M%S").replace(
            tzinfo=dt.timezone.utc
        )
        tag = f"{idx:04d}_{folder.name[15:]}"
        (target / f"{tag}.sql").write_bytes((folder / "migration.sql").read_bytes())
        when = int(stamp.timestamp() * 1000)
        entries.append({"idx": idx, "version": "6", "when": when, "tag": tag, "breakpoints": True})
    journal = {"version": "7", "dialect": "sqlite", "entries": entries}
    (target / "meta" / "_journal.json").write_text(json.dumps(journal))
    return target


def recorded_text(case: str) -> str:
    """What SQLite holds after drizzle-orm's better-sqlite3 migrator (the one we follow)."""
    text: str = RECORDED["sqlite_master"][f"{case} better-sqlite3"]
    return text


def test_libsql_differs_in_indentation_only() -> None:
    """drizzle-orm's libsql migrator has its own copy of the statement, one tab less deep."""
    for case in ("0.x", "1.0", "1.0 upgrade"):
        ours, libsql = recorded_text(case), RECORDED["sqlite_master"][f"{case} libsql"]
        assert ours != libsql
        assert ours.replace("\t", "") == libsql.replace("\t", "")


def test_fresh_database_0x(tmp_path: Path) -> None:
    db = open_file(tmp_path / "app.db")
    try:
        migrate(db, FIXTURES / "out" / "sqlite_rich")
        assert sqlite_master(db) == recorded_text("0.x")
    finally:
        db.close()


def test_fresh_database_1_0(tmp_path: Path) -> None:
    db = open_file(tmp_path / "app.db")
    try:
        migrate(db, FIXTURES / "out" / "sqlite_rich_v1")
        assert sqlite_master(db) == recorded_text("1.0")
    finally:
        db.close()


def test_0x_table_upgraded_for_a_1_0_folder(tmp_path: Path) -> None:
    v1 = FIXTURES / "out" / "sqlite_rich_v1"
    db = open_file(tmp_path / "app.db")
    try:
        migrate(db, legacy_copy(v1, tmp_path / "legacy"))
        assert sqlite_master(db) == recorded_text("0.x")
        result = migrate(db, v1)
        assert result.applied == []
        assert sqlite_master(db) == recorded_text("1.0 upgrade")
    finally:
        db.close()


HOOKS: dict[str, MigrationHooks] = {
    "sqlite": SQLiteDialect().migrations,
    "postgresql": PgDialect().migrations,
    "mysql": MySqlDialect().migrations,
}


def rendered(engine: str, statements: list[Any]) -> list[str]:
    dialect = {"sqlite": SQLiteDialect, "postgresql": PgDialect, "mysql": MySqlDialect}[engine]()
    return [dialect.to_driver(s)[0] for s in statements]


@pytest.mark.parametrize("engine", list(HOOKS))
def test_statements_are_drizzle_orms(engine: str) -> None:
    """Byte for byte what drizzle-orm sent: a fresh table (0.x, 1.0), the 0.x table upgraded."""
    hooks = HOOKS[engine]
    schema = DEFAULT_SCHEMA if hooks.uses_schema else None
    sent = {
        case: RECORDED["statements"][f"{engine} {case} {DRIVER[engine]}"]
        for case in ("0.x", "1.0", "1.0 upgrade")
    }
    assert sent["0.x"] == rendered(engine, hooks.create_statements(schema, DEFAULT_TABLE, False))
    create_v1 = rendered(engine, hooks.create_statements(schema, DEFAULT_TABLE, True))
    assert sent["1.0"] == create_v1
    alters = rendered(engine, hooks.add_name_columns(schema, DEFAULT_TABLE))
    # PostgreSQL: CREATE SCHEMA IF NOT EXISTS comes first either way
    assert sent["1.0 upgrade"] == create_v1[:-1] + alters
