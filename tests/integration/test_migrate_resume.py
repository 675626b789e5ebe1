"""MySQL/MariaDB after a crash: DDL commits on its own there, so a ``harness migrate`` killed
half-way through a migration leaves statements applied and nothing in Drizzle's bookkeeping.
The migrator's progress table (``__drizzle_harness_progress``) makes the next run resume after
the statements that took effect, ``status`` show the migration as half-applied, and a file
changed in what took effect be refused in one line — with Drizzle's ``__drizzle_migrations``
exactly as an uninterrupted run leaves it.

* real kills: ``python -m harness migrate`` is SIGKILLed inside a slow statement placed at each
  position of a 6-statement migration in turn, once as ``DO SLEEP`` (a statement without effect:
  run again) and once as a slow DDL statement that the server finishes after the client died
  (``CREATE TABLE ... AS SELECT SLEEP``: found to have taken effect);
* simulated crashes in-process, at every statement of a migration holding each kind of DDL that
  drizzle-kit writes: before the statement ran, and after it took effect but before its
  progress was written;
* the refusals and messages; PostgreSQL and SQLite never create the progress table.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from harness import Database, QueryError, connect
from harness.kit import MigrationFailed, MigrationResumeError, migrate, status
from harness.kit import progress as progress_module
from harness.kit.progress import ProgressTable
from tests.support.kit import run_cli as run
from tests.support.kit import write_folder

PROGRESS = "__drizzle_harness_progress"
BASE = [
    "CREATE TABLE `users` (`id` int PRIMARY KEY, `legacy` int, `old_name` varchar(20))",
    "CREATE TABLE `tags` (`id` int PRIMARY KEY, `label` varchar(20))",
]
#: 0001_multi's statements before the slow one is placed among them
MULTI = [
    "CREATE TABLE `orders` (`id` int PRIMARY KEY, `user_id` int NOT NULL)",
    "ALTER TABLE `orders` ADD `total` int DEFAULT 0",
    "CREATE INDEX `orders_user_idx` ON `orders` (`user_id`)",
    "INSERT INTO `users` (`id`, `legacy`) VALUES (1, 7)",
    "ALTER TABLE `users` RENAME COLUMN `old_name` TO `name`",
]
AFTER = [
    "ALTER TABLE `orders` ADD CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) "
    "REFERENCES `users`(`id`)"
]
SLOW = {
    # no effect: killed inside it, it simply runs again
    "do_sleep": "DO SLEEP(2)",
    # the server finishes it after the client died: running it again says it took effect
    "slow_ddl": "CREATE TABLE `slow_marker` AS SELECT SLEEP(2) AS `slept`",
}
#: every kind of statement drizzle-kit writes for MySQL, plus DML and session state
EVERY_KIND = [
    "SET @first_id = 1",
    "CREATE TABLE `orders` (`id` int PRIMARY KEY, `user_id` int NOT NULL, `code` varchar(8))",
    "ALTER TABLE `orders` ADD `total` int DEFAULT 0",
    "CREATE INDEX `orders_user_idx` ON `orders` (`user_id`)",
    "ALTER TABLE `orders` ADD CONSTRAINT `orders_code_unique` UNIQUE(`code`)",
    "ALTER TABLE `orders` ADD CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) "
    "REFERENCES `users`(`id`)",
    "ALTER TABLE `orders` ADD CONSTRAINT `orders_total_check` CHECK (`total` >= 0)",
    "INSERT INTO `users` (`id`, `legacy`) VALUES (@first_id, 7)",
    "ALTER TABLE `users` RENAME COLUMN `old_name` TO `name`",
    "ALTER TABLE `users` DROP COLUMN `legacy`",
    "ALTER TABLE `orders` DROP FOREIGN KEY `orders_user_fk`",
    "DROP INDEX `orders_user_idx` ON `orders`",
    "RENAME TABLE `tags` TO `labels`",
    "CREATE VIEW `order_totals` AS SELECT `user_id`, SUM(`total`) AS `total` FROM `orders` "
    "GROUP BY `user_id`",
    "DROP TABLE `labels`",
]


# -- helpers ------------------------------------------------------------------------------------
def folder(out: Path, multi: list[str]) -> Path:
    return write_folder(
        out,
        [("0000_base", 1000, BASE), ("0001_multi", 2000, multi), ("0002_after", 3000, AFTER)],
        "mysql",
    )


def project(root: Path, url: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect='mysql', out='out', db_credentials={{'url': {url!r}}})\n"
    )
    return root


def rows(db: Database, query: str) -> list[tuple[Any, ...]]:
    return [tuple(r.values()) for r in db.execute(query)]


def catalog(db: Database) -> dict[str, Any]:
    """Everything a migration can change, and Drizzle's bookkeeping (table text and rows)."""
    where = "where table_schema = database()"
    tables = [r[0] for r in rows(db, f"select table_name from information_schema.tables {where}")]
    data = {
        t: sorted(map(repr, rows(db, f"select * from `{t}`")))
        for t in tables
        if t != "__drizzle_migrations"
    }
    return {
        "tables": sorted(tables),
        "columns": sorted(
            rows(
                db,
                "select table_name, column_name, ordinal_position, column_type, is_nullable, "
                f"column_default from information_schema.columns {where}",
            )
        ),
        "indexes": sorted(
            rows(
                db,
                "select table_name, index_name, seq_in_index, column_name, non_unique "
                f"from information_schema.statistics {where}",
            )
        ),
        "foreign_keys": sorted(
            rows(
                db,
                "select constraint_name, table_name, column_name, referenced_table_name "
                f"from information_schema.key_column_usage {where} "
                "and referenced_table_name is not null",
            )
        ),
        "checks": sorted(
            rows(
                db,
                "select constraint_name, check_clause from information_schema.check_constraints "
                "where constraint_schema = database()",
            )
        ),
        "views": sorted(
            rows(
                db,
                "select table_name, replace(view_definition, concat('`', database(), '`.'), '') "
                "from information_schema.views where table_schema = database()",
            )
        ),
        "data": data,
        "bookkeeping_ddl": rows(db, "show create table `__drizzle_migrations`")[0][1],
        "bookkeeping": rows(db, "select * from `__drizzle_migrations` order by id"),
    }


def progress_exists(db: Database) -> bool:
    found = db.execute(
        "select table_name from information_schema.tables "
        f"where table_schema = database() and table_name = '{PROGRESS}'"
    )
    return bool(found)


@pytest.fixture
def reference_url(dialect: str, server_url: str | None) -> Iterator[str]:
    """A second empty database, for the uninterrupted run to compare with."""
    from tests.support import servers

    assert server_url is not None
    name = f"harness_r_{uuid.uuid4().hex[:10]}"
    url = servers.create_database(dialect, server_url, name)
    try:
        yield url
    finally:
        servers.drop_database(dialect, server_url, name)


def reference(url: str, out: Path, to: str | None = None) -> dict[str, Any]:
    """The catalog of an uninterrupted run of ``out``."""
    db = connect(url)
    try:
        migrate(db, out, to=to)
        assert not progress_exists(db)
        return catalog(db)
    finally:
        db.close()


def fresh(url: str) -> Database:
    from tests.support import servers

    servers.reset_database("mysql", url)
    return connect(url)


# -- real kills ---------------------------------------------------------------------------------
def wait_until_running(url: str, number: int, proc: subprocess.Popen[str]) -> None:
    """Until 0001_multi's progress row says statement ``number`` is running."""
    watch = connect(url)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            try:
                found = watch.execute(
                    f"select running from `{PROGRESS}` where migration = '0001_multi'"
                )
            except QueryError:  # the table is not there yet
                found = []
            if found and found[0]["running"] == number:
                return
            time.sleep(0.02)
        raise AssertionError(f"statement {number} never started")
    finally:
        watch.close()


def kill_inside(root: Path, url: str, number: int) -> None:
    """``harness migrate`` SIGKILLed 0.3 s into statement ``number`` of 0001_multi."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "harness", "migrate"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_running(url, number, proc)
        time.sleep(0.3)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode == -9


POSITIONS = range(1, len(MULTI) + 2)
#: one kill of each kind runs by default; the whole sweep with -m slow
FAST = {("slow_ddl", 3), ("do_sleep", 5)}
CASES = [
    pytest.param(kind, n, marks=[] if (kind, n) in FAST else [pytest.mark.slow])
    for kind in SLOW
    for n in POSITIONS
]


@pytest.mark.dialects("mysql")
@pytest.mark.parametrize(("kind", "position"), CASES)
def test_killed_inside_each_statement_resumes_to_the_same_database(
    kind: str, position: int, db_url: str, reference_url: str, tmp_path: Path
) -> None:
    multi = [*MULTI[: position - 1], SLOW[kind], *MULTI[position - 1 :]]
    root = project(tmp_path / "project", db_url)
    out = folder(root / "out", multi)
    kill_inside(root, db_url, position)

    db = connect(db_url)
    try:
        state = status(db, out)
        half = state.half_applied["0001_multi"]
        assert (half.done, half.total, half.running, half.changed) == (
            position - 1,
            len(multi),
            position,
            None,
        )
        assert state.applied == ["0000_base"] and state.pending == ["0001_multi", "0002_after"]
        # Drizzle's table: only 0000_base's row, as after an uninterrupted run to 0000_base
        recorded = rows(db, "select id, created_at from `__drizzle_migrations`")
        assert recorded == [(1, 1000)]
    finally:
        db.close()

    again = run(root, "migrate")
    assert again.returncode == 0, again.stderr
    (line,) = [x for x in again.stdout.splitlines() if "applied 0001_multi" in x]
    outcome = "had taken effect" if kind == "slow_ddl" else "ran again"
    earlier = f"statements 1-{position - 1}" if position > 2 else "statement 1"
    resumed = f"resumed after {earlier}; " if position > 1 else "resumed; "
    assert f"({resumed}statement {position}, running when a run stopped, {outcome})" in line
    assert "2 applied, 1 already up to date" in again.stdout

    db = connect(db_url)
    try:
        assert catalog(db) == reference(reference_url, out)
        assert not progress_exists(db)
    finally:
        db.close()


@pytest.mark.dialects("mysql")
def test_cli_status_after_a_kill_and_refusal_of_a_changed_file(db_url: str, tmp_path: Path) -> None:
    multi = [*MULTI[:2], SLOW["slow_ddl"], *MULTI[2:]]
    root = project(tmp_path / "project", db_url)
    out = folder(root / "out", multi)
    kill_inside(root, db_url, 3)

    shown = run(root, "status")
    assert shown.returncode == 0, shown.stderr
    assert "  applied   0000_base" in shown.stdout
    assert (
        "  half-applied 0001_multi: 2 of 6 statements took effect, statement 3 may have (it was "
        "running when the run stopped); migrate resumes at statement 3"
    ) in shown.stdout
    assert "  pending   0002_after" in shown.stdout

    # statement 2 took effect; editing it makes resuming unsound
    multi[1] = "ALTER TABLE `orders` ADD `total` bigint DEFAULT 0"
    folder(out, multi)
    db = connect(db_url)
    try:
        before = catalog(db)
        progress_before = rows(db, f"select * from `{PROGRESS}`")
    finally:
        db.close()
    refused = run(root, "migrate")
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert line.startswith("error: 0001_multi is half-applied (an earlier run stopped at ")
    assert (
        "statements 1-2 of 6 took effect and statement 3 may have (it was running), but "
        "statement 2 has changed in the file since; undo by hand what took effect (1: CREATE "
        "TABLE `orders` (`id` int PRIMARY KEY, `user_id` int …; 2: ALTER TABLE "
        "`orders` ADD `total` int DEFAULT 0; 3: CREATE TABLE `slow_marker` AS SELECT SLEEP(2) "
        "AS `slept`) and delete its row from __drizzle_harness_progress (migration = "
        "'0001_multi'), or restore the file, then run migrate again"
    ) in line
    db = connect(db_url)
    try:
        assert catalog(db) == before  # nothing ran
        assert rows(db, f"select * from `{PROGRESS}`") == progress_before
    finally:
        db.close()
    stuck = run(root, "status")
    assert stuck.returncode == 1
    assert "statement 2 changed in the file since: migrate refuses" in stuck.stdout


# -- simulated crashes, in-process --------------------------------------------------------------
class Crash(BaseException):
    """Stands for the process dying (not an Exception: nothing may catch it)."""


def crash_migrate(url: str, out: Path, patch: Callable[[pytest.MonkeyPatch], None]) -> None:
    db = connect(url)
    try:
        with pytest.MonkeyPatch.context() as mp:
            patch(mp)
            with pytest.raises(Crash):
                migrate(db, out)
    finally:
        db.close()  # the session ends: GET_LOCK is released


def same(chunk: str, statement: str) -> bool:
    """Whether ``chunk`` (as split from the file) is ``statement``."""
    return chunk.strip().rstrip(";") == statement


def crash_before(number: int) -> Callable[[pytest.MonkeyPatch], None]:
    """Dies after ``running = number`` was written, before the statement is sent (DML: before
    its transaction commits)."""
    original = ProgressTable.running
    original_run = progress_module._run

    def running(self: ProgressTable, key: str, n: int) -> None:
        original(self, key, n)
        if key == "0001_multi" and n == number:
            raise Crash

    def run_statement(db: Database, statement: str) -> None:
        if db.depth is not None and same(statement, EVERY_KIND[number - 1]):
            raise Crash  # inside the DML's transaction: rolled back
        original_run(db, statement)

    def patch(mp: pytest.MonkeyPatch) -> None:
        mp.setattr(ProgressTable, "running", running)
        mp.setattr(progress_module, "_run", run_statement)

    return patch


def crash_after(number: int) -> Callable[[pytest.MonkeyPatch], None]:
    """Dies once the statement took effect, before its progress was written."""
    original_run = progress_module._run

    def run_statement(db: Database, statement: str) -> None:
        original_run(db, statement)
        if same(statement, EVERY_KIND[number - 1]):
            raise Crash

    def patch(mp: pytest.MonkeyPatch) -> None:
        mp.setattr(progress_module, "_run", run_statement)

    return patch


def crash_before_recording(mp: pytest.MonkeyPatch) -> None:
    from harness.kit.migrator import _Bookkeeping

    original = _Bookkeeping.record

    def record(self: Any, migration: Any, on: Database | None = None) -> None:
        if migration.tag == "0001_multi":
            raise Crash
        original(self, migration, on)

    mp.setattr(_Bookkeeping, "record", record)


@pytest.mark.dialects("mysql")
def test_simulated_crash_at_every_statement_of_every_kind(
    db_url: str, reference_url: str, tmp_path: Path
) -> None:
    out = folder(tmp_path / "out", EVERY_KIND)
    expected = reference(reference_url, out)
    outcomes: dict[str, list[str]] = {}
    cases = [("before", n, crash_before(n)) for n in range(1, len(EVERY_KIND) + 1)]
    cases += [("after", n, crash_after(n)) for n in range(1, len(EVERY_KIND) + 1)]
    cases += [("before-record", len(EVERY_KIND) + 1, crash_before_recording)]
    for point, number, patch in cases:
        fresh(db_url).close()
        crash_migrate(db_url, out, patch)
        db = connect(db_url)
        try:
            half = status(db, out).half_applied["0001_multi"]
            dml = EVERY_KIND[number - 1].startswith("INSERT") if number <= len(EVERY_KIND) else 0
            if point == "before-record":
                assert (half.done, half.running) == (len(EVERY_KIND), None)
            elif dml:  # ran in one transaction with its progress: never in doubt
                assert (half.done, half.running) == (number - 1, None)
            else:
                assert (half.done, half.running) == (number - 1, number)
            (applied, after) = migrate(db, out).applied
            resumed = applied.resumed
            assert resumed is not None and after.tag == "0002_after"
            outcomes.setdefault(point, []).append(
                "-"
                if resumed.in_flight is None
                else "took"
                if resumed.in_flight_had_taken_effect
                else "ran"
            )
            if point == "after" and not dml and number > 1:
                # the statement had taken effect: running it again said so, for every kind of
                # DDL (SET, statement 1, has no such error: it simply runs again)
                assert resumed.in_flight_had_taken_effect is True, (number, EVERY_KIND[number - 1])
            if point == "before" and not dml:
                assert resumed.in_flight_had_taken_effect is False, number
            assert catalog(db) == expected, (point, number)
            assert not progress_exists(db)
        finally:
            db.close()
    assert outcomes == {
        "before": ["ran"] * 7 + ["-"] + ["ran"] * 7,
        "after": ["ran"] + ["took"] * 6 + ["-"] + ["took"] * 7,
        "before-record": ["-"],
    }


# -- messages, refusals and what is left on the database ----------------------------------------
@pytest.mark.dialects("mysql")
def test_failure_after_resume_states_which_statements_took_effect(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    multi = [*MULTI[:3], "ALTER TABLE `orders` ADD `broken` nosuchtype", *MULTI[3:]]
    out = folder(tmp_path / "out", multi)
    crash_migrate(db_url, out, lambda mp: _crash_at(mp, 3))
    with pytest.raises(MigrationFailed) as info:
        migrate(db, out)
    err = info.value
    assert (err.statement_number, err.committed_statements, err.earlier_statements) == (4, 3, 3)
    message = str(err)
    assert "migration 0001_multi failed at statement 4 of 6" in message
    assert (
        "statements 1-3 of 0001_multi had already taken effect (DDL commits implicitly on this "
        "database; statements 1-3 in an earlier run that stopped) and were not undone; fix "
        "statement 4 and run migrate again: it resumes at statement 4"
    ) in message
    half = status(db, out).half_applied["0001_multi"]
    assert (half.done, half.running, half.changed) == (3, None, None)

    # fixing the failed statement (after those that took effect) is resumed, not refused
    multi[3] = "ALTER TABLE `orders` ADD `fixed` int"
    folder(out, multi)
    result = migrate(db, out)
    assert result.tags == ["0001_multi", "0002_after"]
    assert result.applied[0].resumed is not None and result.applied[0].resumed.earlier == 3
    recorded = db.execute("select hash from __drizzle_migrations order by id")
    from harness.kit import read_out_folder

    assert [r["hash"] for r in recorded] == [m.hash for m in read_out_folder(out)]
    columns = db.execute(
        "select column_name as name from information_schema.columns "
        "where table_schema = database() and table_name = 'orders'"
    )
    assert "fixed" in {r["name"] for r in columns}
    assert not progress_exists(db)


def _crash_at(mp: pytest.MonkeyPatch, number: int) -> None:
    """Crash after statement ``number`` of 0001_multi took effect and was recorded as done."""
    original = ProgressTable.done

    def done(self: ProgressTable, key: str, n: int, on: Database | None = None) -> None:
        original(self, key, n, on)
        if key == "0001_multi" and n == number:
            raise Crash

    mp.setattr(ProgressTable, "done", done)


@pytest.mark.dialects("mysql")
def test_first_statement_failure_says_nothing_took_effect(db: Database, tmp_path: Path) -> None:
    out = folder(tmp_path / "out", ["CREATE TABLE `users` (`id` int)", *MULTI])
    with pytest.raises(MigrationFailed) as info:
        migrate(db, out)
    assert info.value.committed_statements == 0
    assert "no statement of 0001_multi had taken effect" in str(info.value)
    # nothing to resume: no progress row, no progress table
    assert status(db, out).half_applied == {}
    assert not progress_exists(db)


@pytest.mark.dialects("mysql")
def test_running_statement_that_fails_again_is_reported_as_unknown(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    multi = [*MULTI[:2], "ALTER TABLE `orders` ADD `broken` nosuchtype", *MULTI[2:]]
    out = folder(tmp_path / "out", multi)
    crash_migrate(db_url, out, lambda mp: _crash_when_running(mp, 3))
    with pytest.raises(MigrationFailed) as info:
        migrate(db, out)
    err = info.value
    assert err.in_flight and err.statement_number == 3 and err.committed_statements == 2
    message = str(err)
    assert (
        "statement 3 was running when an earlier run of 0001_multi stopped, and running it "
        "again failed: whether it had taken effect then is unknown; statements 1-2 of "
        "0001_multi had taken effect.  Check by hand; if it had: update "
        "__drizzle_harness_progress set done = 3, running = null where migration = "
        "'0001_multi'; if it had not: update __drizzle_harness_progress set running = null "
        "where migration = '0001_multi' and fix the statement; then run migrate again"
    ) in message
    # still unknown: the row keeps saying so
    half = status(db, out).half_applied["0001_multi"]
    assert (half.done, half.running) == (2, 3)
    # following the message's second way out, then fixing the statement, finishes the job
    db.execute(f"update {PROGRESS} set running = null where migration = '0001_multi'")
    multi[2] = "ALTER TABLE `orders` ADD `fixed` int"
    folder(out, multi)
    assert migrate(db, out).tags == ["0001_multi", "0002_after"]


def _crash_when_running(mp: pytest.MonkeyPatch, number: int) -> None:
    original = ProgressTable.running

    def running(self: ProgressTable, key: str, n: int) -> None:
        original(self, key, n)
        if key == "0001_multi" and n == number:
            raise Crash

    mp.setattr(ProgressTable, "running", running)


@pytest.mark.dialects("mysql")
def test_changed_file_is_refused_in_one_line(db: Database, db_url: str, tmp_path: Path) -> None:
    out = folder(tmp_path / "out", list(MULTI))
    crash_migrate(db_url, out, lambda mp: _crash_at(mp, 2))
    folder(out, ["CREATE TABLE `orders` (`id` bigint PRIMARY KEY)", *MULTI[1:]])
    before = catalog(db)
    with pytest.raises(MigrationResumeError) as info:
        migrate(db, out)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("0001_multi is half-applied (an earlier run stopped at ")
    assert (
        "statements 1-2 of 5 took effect, but statement 1 has changed in the file since; undo "
        "by hand what took effect (1: CREATE TABLE `orders` (`id` int PRIMARY KEY, `user_id` "
        "int …; 2: ALTER TABLE `orders` ADD `total` int DEFAULT 0) and delete its row "
        "from __drizzle_harness_progress (migration = '0001_multi'), or restore the file, then "
        "run migrate again"
    ) in message
    assert catalog(db) == before
    # restoring the file resumes
    folder(out, list(MULTI))
    assert migrate(db, out).tags == ["0001_multi", "0002_after"]


@pytest.mark.dialects("mysql")
def test_drizzle_bookkeeping_is_what_an_uninterrupted_run_leaves(
    db: Database, db_url: str, reference_url: str, tmp_path: Path
) -> None:
    """While half-applied, Drizzle's table holds the rows of the migrations before (drizzle-orm
    sees 0001_multi as pending, as it would after an uninterrupted run ``to=0000_base``);
    afterwards its DDL text and rows are those of an uninterrupted run."""
    out = folder(tmp_path / "out", list(MULTI))
    crash_migrate(db_url, out, lambda mp: _crash_at(mp, 3))
    half = catalog(db)
    stopped = reference(reference_url, out, to="0000_base")
    assert half["bookkeeping_ddl"] == stopped["bookkeeping_ddl"]
    assert half["bookkeeping"] == stopped["bookkeeping"]
    migrate(db, out)
    done = catalog(db)
    complete = reference(reference_url, out)
    assert done["bookkeeping_ddl"] == complete["bookkeeping_ddl"]
    assert done["bookkeeping"] == complete["bookkeeping"]
    assert [r[0] for r in done["bookkeeping"]] == [1, 2, 3]
    assert done == complete


@pytest.mark.dialects("mysql")
def test_left_over_and_unknown_progress_rows(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = folder(tmp_path / "out", list(MULTI))
    migrate(db, out, to="0000_base")
    # a row of a recorded migration (Drizzle's table not transactional), one of a migration
    # that is not in the folder
    ProgressTable(db, db.dialect.migrations, None, "__drizzle_migrations").create()
    for key, done in (("0000_base", 2), ("0099_gone", 1)):
        db.execute(
            f"insert into {PROGRESS} values ('{key}', repeat('0', 64), 2, {done}, null, "
            "'CREATE TABLE x (id int)', utc_timestamp(3), utc_timestamp(3))"
        )
    state = status(db, out)
    assert state.half_applied == {} and state.unknown_progress == ["0099_gone"]
    with caplog.at_level("WARNING", logger="harness.kit"):
        migrate(db, out)
    assert "1 of 2 statements of migration 0099_gone took effect" in caplog.text
    assert rows(db, f"select migration from {PROGRESS}") == [("0099_gone",)]


@pytest.mark.dialects("mysql")
def test_progress_table_exists_only_while_a_migration_is_half_applied(
    db: Database, tmp_path: Path
) -> None:
    out = folder(tmp_path / "out", [*MULTI, "ALTER TABLE `orders` ADD `x` nosuchtype"])
    migrate(db, out, to="0000_base")
    assert not progress_exists(db)
    with pytest.raises(MigrationFailed):
        migrate(db, out)
    assert progress_exists(db)
    folder(out, [*MULTI, "ALTER TABLE `orders` ADD `x` int"])
    migrate(db, out)
    assert not progress_exists(db)


CREATE = {
    "postgres": 'CREATE TABLE "{name}" ("id" integer PRIMARY KEY)',
    "sqlite": "CREATE TABLE `{name}` (`id` integer PRIMARY KEY)",
}


@pytest.mark.dialects("postgres", "sqlite")
def test_transactional_engines_keep_no_progress(db: Database, dialect: str, tmp_path: Path) -> None:
    """A failure rolls the batch back there: nothing to resume, no progress table."""
    create = CREATE[dialect]
    good = [create.format(name="a"), create.format(name="b")]
    bad = [*good, create.format(name="a")]  # fails: a exists
    kit_dialect = {"postgres": "postgresql", "sqlite": "sqlite"}[dialect]
    out = write_folder(tmp_path / "out", [("0000_x", 1000, bad)], kit_dialect)
    with pytest.raises(MigrationFailed, match="rolled back; nothing was applied"):
        migrate(db, out)
    write_folder(out, [("0000_x", 1000, good)], kit_dialect)
    assert migrate(db, out).tags == ["0000_x"]
    query = {
        "postgres": "select table_name as name from information_schema.tables "
        "where table_name like '%harness_progress%'",
        "sqlite": "select name from sqlite_master where name like '%harness_progress%'",
    }[dialect]
    assert db.execute(query) == []
    assert status(db, out).half_applied == {}


@pytest.mark.dialects("mysql")
def test_connection_killed_by_the_server_leaves_the_statement_undecided(
    db: Database, db_url: str, reference_url: str, tmp_path: Path
) -> None:
    """``KILL CONNECTION`` while statement 3 runs: it fails, and that cannot be written, so the
    message says its outcome is unknown and the next run decides by running it again."""
    import threading

    multi = [*MULTI[:2], SLOW["do_sleep"], *MULTI[2:]]
    out = folder(tmp_path / "out", multi)
    failures: list[BaseException] = []

    def migrator() -> None:
        own = connect(db_url)
        try:
            migrate(own, out)
        except MigrationFailed as exc:
            failures.append(exc)
        finally:
            own.close()

    thread = threading.Thread(target=migrator)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        victim: list[dict[str, Any]] = []
        while not victim and time.monotonic() < deadline:
            victim = db.execute(
                "select id from information_schema.processlist where info like 'DO SLEEP%'"
            )
            time.sleep(0.02)
        assert victim, "statement 3 never started"
        db.execute(f"kill connection {victim[0]['id']}")
    finally:
        thread.join(60)
    (failure,) = failures
    assert isinstance(failure, MigrationFailed)
    assert failure.undecided and failure.statement_number == 3
    assert (
        "statements 1-2 of 0001_multi had already taken effect (DDL commits implicitly on this "
        "database) and were not undone; whether statement 3 took effect is unknown (the "
        "connection was lost); the next migrate runs it again and decides"
    ) in str(failure)
    half = status(db, out).half_applied["0001_multi"]
    assert (half.done, half.running) == (2, 3)
    (resumed, _) = migrate(db, out).applied
    assert resumed.resumed is not None and resumed.resumed.in_flight_had_taken_effect is False
    assert catalog(db) == reference(reference_url, out)
