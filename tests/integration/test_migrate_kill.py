"""PostgreSQL and SQLite after a crash: ``harness migrate`` SIGKILLed inside a statement of a
multi-statement batch leaves nothing applied and nothing recorded (their DDL is transactional),
and the next run applies everything: the database ends as an uninterrupted run leaves it,
Drizzle's bookkeeping rows included.  (MySQL/MariaDB, where DDL commits on its own, has its own
resume tests in test_migrate_resume.py.)

The kill lands inside a slow statement placed at each position of the migration in turn:
``select pg_sleep(3)`` on PostgreSQL (the test waits until the server shows it running), a
recursive count of a second or two on SQLite (the test waits for the migrator to hold the
database's write lock, then a moment more).  Only the client process is killed, so the shared
local servers are safe to use.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from harness import Database, connect
from harness.kit import migrate
from tests.support.kit import write_folder

PG = {
    "base": ['CREATE TABLE "users" ("id" integer PRIMARY KEY, "name" text)'],
    "multi": [
        'CREATE TABLE "orders" ("id" integer PRIMARY KEY, "user_id" integer NOT NULL)',
        'ALTER TABLE "orders" ADD COLUMN "total" integer DEFAULT 0',
        'CREATE INDEX "orders_user_idx" ON "orders" ("user_id")',
        'INSERT INTO "users" ("id", "name") VALUES (1, \'ann\')',
    ],
    "slow": "select pg_sleep(3)",
}
SQLITE = {
    "base": ["CREATE TABLE `users` (`id` integer PRIMARY KEY, `name` text)"],
    "multi": [
        "CREATE TABLE `orders` (`id` integer PRIMARY KEY, `user_id` integer NOT NULL)",
        "ALTER TABLE `orders` ADD `total` integer DEFAULT 0",
        "CREATE INDEX `orders_user_idx` ON `orders` (`user_id`)",
        "INSERT INTO `users` (`id`, `name`) VALUES (1, 'ann')",
    ],
    "slow": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 8000000) "
    "SELECT count(*) FROM c",
}
POSITIONS = range(1, len(PG["multi"]) + 2)
#: one position runs by default; the whole sweep with -m slow (.ci/run)
FAST = {3}
CASES = [pytest.param(n, marks=[] if n in FAST else [pytest.mark.slow]) for n in POSITIONS]
#: SQLite's positions all run with -m slow: the README's quick command (SQLite) stays quick
SQLITE_CASES = [pytest.param(n, marks=[pytest.mark.slow]) for n in POSITIONS]


def project(root: Path, dialect: str, url: str, statements: dict[str, Any], position: int) -> Path:
    multi = list(statements["multi"])
    multi.insert(position - 1, statements["slow"])
    write_folder(
        root / "out",
        [("0000_base", 1000, statements["base"]), ("0001_multi", 2000, multi)],
        dialect,
        version="7",
    )
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect={dialect!r}, out='out', "
        f"db_credentials={{'url': {url!r}}})\n"
    )
    return root


def start_migrate(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "harness", "migrate"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.communicate()
    assert proc.returncode == -9


def wait_for(condition: Any, proc: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, (what, proc.communicate())
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"{what} never happened")


def pg_catalog(db: Database) -> dict[str, Any]:
    def rows(query: str) -> list[tuple[Any, ...]]:
        return sorted(tuple(r.values()) for r in db.execute(query))

    return {
        "columns": rows(
            "select table_name, column_name, data_type, is_nullable, column_default "
            "from information_schema.columns where table_schema = 'public'"
        ),
        "indexes": rows("select indexname, indexdef from pg_indexes where schemaname = 'public'"),
        "users": rows('select * from "users"'),
        "bookkeeping": rows('select id, hash, created_at from drizzle."__drizzle_migrations"'),
    }


def sqlite_catalog(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        return {
            "schema": sorted(conn.execute("select type, name, sql from sqlite_master").fetchall()),
            "users": conn.execute("select * from users").fetchall(),
            "bookkeeping": conn.execute(
                "select id, hash, created_at from __drizzle_migrations"
            ).fetchall(),
        }
    finally:
        conn.close()


@pytest.mark.dialects("postgres")
@pytest.mark.parametrize("position", CASES)
def test_postgres_killed_inside_a_statement_applies_everything_next_time(
    position: int, db_url: str, tmp_path: Path
) -> None:
    root = project(tmp_path / "killed", "postgresql", db_url, PG, position)
    watch = connect(db_url)
    try:
        # the base migration first, so the kill lands in a batch with a recorded predecessor
        migrate(watch, root / "out", to="0000_base")
        proc = start_migrate(root)

        def sleeping() -> bool:
            found = watch.execute(
                "select 1 from pg_stat_activity where query like '%select pg_sleep(3)%' "
                "and datname = current_database() and pid <> pg_backend_pid()"
            )
            return bool(found)

        wait_for(sleeping, proc, "pg_sleep running")
        time.sleep(0.3)
        kill(proc)
        recorded = watch.execute('select created_at from drizzle."__drizzle_migrations"')
        assert [int(r["created_at"]) for r in recorded] == [1000]
        assert watch.execute("select to_regclass('public.orders') as t") == [{"t": None}]
    finally:
        watch.close()

    again = subprocess.run(
        [sys.executable, "-m", "harness", "migrate"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert "1 applied, 1 already up to date" in again.stdout

    db = connect(db_url)
    try:
        killed = pg_catalog(db)
        for table in ("orders", "users"):
            db.execute(f'drop table "{table}"')
        db.execute('drop table drizzle."__drizzle_migrations"')
        migrate(db, root / "out")  # the uninterrupted run, on the same database
        assert killed == pg_catalog(db)
    finally:
        db.close()


@pytest.mark.dialects("sqlite")
@pytest.mark.parametrize("position", SQLITE_CASES)
def test_sqlite_killed_inside_a_statement_applies_everything_next_time(
    position: int, tmp_path: Path
) -> None:
    path = tmp_path / "app.db"
    url = f"sqlite:///{path}"
    root = project(tmp_path / "killed", "sqlite", url, SQLITE, position)
    db = connect(url)
    migrate(db, root / "out", to="0000_base")
    db.close()
    proc = start_migrate(root)

    def write_locked() -> bool:
        probe = sqlite3.connect(path, timeout=0)
        try:
            probe.execute("begin immediate")
            probe.execute("rollback")
            return False
        except sqlite3.OperationalError:  # the migrator holds the write lock
            return True
        finally:
            probe.close()

    wait_for(write_locked, proc, "the migrator's write lock")
    # the statements before the slow one take milliseconds: the kill lands inside it
    time.sleep(0.5)
    kill(proc)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("select created_at from __drizzle_migrations").fetchall() == [(1000,)]
        assert conn.execute("select name from sqlite_master where name = 'orders'").fetchall() == []
    finally:
        conn.close()

    again = subprocess.run(
        [sys.executable, "-m", "harness", "migrate"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    killed = sqlite_catalog(path)

    reference = tmp_path / "reference.db"
    ref = connect(f"sqlite:///{reference}")
    migrate(ref, root / "out")
    ref.close()
    assert killed == sqlite_catalog(reference)
