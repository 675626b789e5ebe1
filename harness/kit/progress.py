"""Progress of a migration where DDL commits on its own (MySQL/MariaDB), statement by statement.

A migration's statements take effect one by one there, and Drizzle records a migration only
after its last statement, so a run killed half-way leaves statements applied and nothing
recorded.  The migrator therefore keeps the running migration's progress in a table of its own
next to Drizzle's (``__drizzle_harness_progress``; Drizzle's table keeps its shape and rows):

=============  ============================================================================
migration      the bookkeeping key (tag, or the 1.0 folder name); primary key
hash           sha256 of the file when it started (as Drizzle's ``hash``)
statements     how many statements the file had
done           statements 1..done took effect
running        the statement sent last whose outcome is unknown (NULL when none): written
               before a DDL statement and cleared after it
migration_sql  the file's text when it started: what took effect, word for word
started_at     UTC, first attempt
updated_at     UTC, last write
=============  ============================================================================

Writes: a row when a migration starts (``done = 0``); before each DDL statement ``running =
n``, after it ``done = n, running = NULL`` (a statement that fails took no effect: ``running =
NULL``); a DML statement runs in one transaction with its ``done = n``, so it is never in
doubt.  Drizzle's row is inserted and the progress row deleted in one transaction, and the
table is dropped when the run ends with no row left: after a successful run the database holds
only what Drizzle's migrator would leave.

On the next run, a migration with a progress row is half-applied: it resumes after statement
``done``, replaying the ``SET`` statements before it on the new connection.  The ``running``
statement (a MySQL DDL statement is atomic: it took effect or not) is run again, and an error
saying that what it creates exists, or what it drops is gone, counts as "it had taken effect";
any other error stops with both ways out.  A file that changed in a statement that took effect
(or was running) is refused in one line; a change after those statements is resumed.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from harness.core.database import Database
from harness.core.errors import QueryError
from harness.core.parts import MigrationHooks
from harness.kit.errors import MigrationFailed, MigrationResumeError, statements
from harness.kit.journal import Migration, split_statements
from harness.sql.chunks import SQL, Name, Raw

log = logging.getLogger("harness.kit")

COLUMNS = (
    "migration",
    "hash",
    "statements",
    "done",
    "running",
    "migration_sql",
    "started_at",
    "updated_at",
)


@dataclass(frozen=True)
class Progress:
    """One progress row: a migration that started and is not recorded."""

    migration: str
    hash: str
    statements: int
    done: int
    running: int | None
    migration_sql: str
    started_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None

    @property
    def texts(self) -> list[str]:
        return split_statements(self.migration_sql)

    @property
    def reached(self) -> int:
        """The last statement that took effect or may have (the running one)."""
        return max(self.done, self.running or 0)

    def stopped(self) -> str:
        if self.updated_at is None:
            return "half-way"
        return f"at {self.updated_at:%Y-%m-%d %H:%M:%S} UTC"


@dataclass(frozen=True)
class HalfApplied:
    """``harness status``: a migration whose run stopped after some statements took effect."""

    tag: str
    done: int
    total: int
    #: running when the run stopped: may or may not have taken effect
    running: int | None
    #: a statement that took effect (or was running) and changed in the file since: migrate
    #: refuses to resume (None: migrate resumes)
    changed: int | None
    stopped: str

    def describe(self) -> str:
        text = f"{self.done} of {self.total} statements took effect"
        if self.running:
            text += f", statement {self.running} may have (it was running when the run stopped)"
        if self.changed:
            return f"{text}; statement {self.changed} changed in the file since: migrate refuses"
        return f"{text}; migrate resumes at statement {self.running or self.done + 1}"


@dataclass(frozen=True)
class Resumed:
    """How ``migrate`` went on with a half-applied migration."""

    #: statements 1..earlier were recorded as done by the earlier run
    earlier: int
    #: the statement that was running when the earlier run stopped (None: none was)
    in_flight: int | None = None
    #: whether it had taken effect then (running it again said so); False: it ran now
    in_flight_had_taken_effect: bool | None = None

    def describe(self) -> str:
        text = f"resumed after {statements(self.earlier)}" if self.earlier else "resumed"
        if self.in_flight is not None:
            how = "had taken effect" if self.in_flight_had_taken_effect else "ran again"
            text += f"; statement {self.in_flight}, running when a run stopped, {how}"
        return text


def _names(columns: Sequence[str]) -> list[Any]:
    chunks: list[Any] = []
    for i, column in enumerate(columns):
        chunks += [Raw(", "), Name(column)] if i else [Name(column)]
    return chunks


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def _short(statement: str, limit: int = 60) -> str:
    text = re.sub(r"\s+", " ", statement).strip().rstrip(";").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def changed_statement(migration: Migration, progress: Progress) -> int | None:
    """The first statement that took effect, or was running, and is no longer the same in the
    file; None when resuming is sound (same file, or only later statements changed)."""
    if progress.hash == migration.hash:
        return None
    old, new = progress.texts, migration.statements
    for number in range(1, progress.reached + 1):
        if number > len(old) or number > len(new):
            return number
        if old[number - 1].strip() != new[number - 1].strip():
            return number
    return None


def half_applied(migration: Migration, progress: Progress) -> HalfApplied:
    changed = changed_statement(migration, progress)
    return HalfApplied(
        migration.tag,
        progress.done,
        progress.statements if changed else len(migration.statements),
        progress.running,
        changed,
        progress.stopped(),
    )


class ProgressTable:
    """The progress table of one bookkeeping table, read and written through the hooks."""

    def __init__(self, db: Database, hooks: MigrationHooks, schema: str | None, table: str):
        self.db = db
        self.hooks = hooks
        self.schema = schema if hooks.uses_schema else None
        self.name = hooks.progress_table(table)
        self.ref: SQL = hooks.table_ref(self.schema, self.name)

    def _run(self, chunks: Sequence[Any], on: Database | None = None) -> list[Any]:
        rows, _ = (on or self.db).run_query(SQL(list(chunks)))
        return list(rows)

    def exists(self) -> bool:
        return bool(self._run([self.hooks.columns_query(self.schema, self.name)]))

    def rows(self) -> dict[str, Progress]:
        """Every progress row by migration key ({} when the table does not exist)."""
        if not self.exists():
            return {}
        found = self._run([Raw("select "), *_names(COLUMNS), Raw(" from "), self.ref])
        rows = [
            Progress(str(r[0]), str(r[1]), int(r[2]), int(r[3]), r[4] and int(r[4]), *r[5:])
            for r in found
        ]
        return {row.migration: row for row in rows}

    def create(self) -> None:
        for statement in self.hooks.create_progress_statements(self.schema, self.name):
            self._run([statement])

    def drop_if_empty(self) -> None:
        if self.exists() and not self._run([Raw("select 1 from "), self.ref, Raw(" limit 1")]):
            self._run([Raw("drop table "), self.ref])

    def start(self, migration: Migration) -> None:
        now = _now()
        values = [migration.key, migration.hash, len(migration.statements), 0, None]
        values += [migration.text, now, now]
        chunks: list[Any] = [Raw("insert into "), self.ref, Raw(" ("), *_names(COLUMNS)]
        chunks.append(Raw(") values ("))
        for i, value in enumerate(values):
            chunks += [Raw(", "), value] if i else [value]
        self._run([*chunks, Raw(")")])

    def _update(self, key: str, sets: str, values: list[Any], on: Database | None = None) -> None:
        chunks: list[Any] = [Raw("update "), self.ref, Raw(" set ")]
        for i, (column, value) in enumerate(zip(sets.split(), [*values, _now()], strict=True)):
            chunks += [Raw(", ")] if i else []
            chunks += [Name(column), Raw(" = "), value]
        self._run([*chunks, Raw(" where "), Name("migration"), Raw(" = "), key], on)

    def resume(self, migration: Migration) -> None:
        """The file as it is now (it may have changed after the statements that ran)."""
        values = [migration.hash, len(migration.statements), migration.text]
        self._update(migration.key, "hash statements migration_sql updated_at", values)

    def running(self, key: str, number: int) -> None:
        self._update(key, "running updated_at", [number])

    def done(self, key: str, number: int, on: Database | None = None) -> None:
        self._update(key, "done running updated_at", [number, None], on)

    def settle(self, key: str) -> bool:
        """The running statement failed, so it took no effect.  False when that cannot be
        written (a lost connection: then whether it took effect is unknown, and the row keeps
        it running for the next run to decide)."""
        try:
            self._update(key, "running updated_at", [None])
        except QueryError:
            return False
        return True

    def clear(self, key: str, on: Database | None = None) -> None:
        self._run(
            [Raw("delete from "), self.ref, Raw(" where "), Name("migration"), Raw(" = "), key], on
        )

    def check_resumable(self, migration: Migration, progress: Progress) -> None:
        """Refuse (one line) a half-applied migration whose file changed in what ran."""
        changed = changed_statement(migration, progress)
        if changed is None:
            return
        undo = [
            f"{n}: {_short(text)}"
            for n, text in enumerate(progress.texts[: progress.reached], start=1)
        ]
        raise MigrationResumeError(
            migration.tag,
            changed,
            progress.done,
            progress.statements,
            progress.running,
            undo,
            self.name,
            migration.key,
            progress.stopped(),
        )


class _StatementFailed(Exception):
    def __init__(self, error: QueryError) -> None:
        super().__init__(str(error))
        self.error = error


def _first_line(error: QueryError) -> str:
    return str(error).splitlines()[0]


def apply_with_progress(
    db: Database,
    hooks: MigrationHooks,
    table: ProgressTable,
    migration: Migration,
    progress: Progress | None,
) -> Resumed | None:
    """Run ``migration`` statement by statement recording its progress; resume it after
    ``progress`` (its row, when an earlier run stopped half-way).  Returns how it resumed."""
    texts = migration.statements
    key = migration.key
    if progress is None:
        table.start(migration)
        done_before, in_flight = 0, None
    else:
        table.resume(migration)
        for statement in texts[: progress.done]:
            if hooks.session_statement(statement):  # SET ...: state of the lost connection
                db.run_text(statement)
        done_before, in_flight = progress.done, progress.running
    earlier = done_before  # took effect in an earlier run (grows if the running one had)
    outcome: bool | None = None
    undecided = False
    for number in range(done_before + 1, len(texts) + 1):
        statement = texts[number - 1]
        try:
            if number == in_flight:
                outcome = _run_again(db, hooks, statement)
                if outcome:
                    earlier = number
                    log.info("%s: statement %d had taken effect before a run stopped", key, number)
                table.done(key, number)
            elif hooks.transactional_statement(statement):
                with db.transaction() as tx:
                    _run(tx, statement)
                    table.done(key, number, on=tx)
            else:
                table.running(key, number)
                try:
                    _run(db, statement)
                except _StatementFailed:
                    undecided = not table.settle(key)
                    raise
                table.done(key, number)
        except _StatementFailed as failed:
            if number == 1 and in_flight is None and not undecided:
                table.clear(key)  # nothing took effect: nothing to resume
            raise MigrationFailed(
                migration.tag,
                number,
                statement,
                _first_line(failed.error),
                committed_statements=number - 1,
                total_statements=len(texts),
                earlier_statements=earlier,
                in_flight=number == in_flight,
                undecided=undecided,
                progress_table=table.name,
                progress_key=key,
            ) from failed.error
    if progress is None:
        return None
    return Resumed(done_before, in_flight, outcome)


def _run(db: Database, statement: str) -> None:
    try:
        db.run_text(statement)
    except QueryError as exc:
        raise _StatementFailed(exc) from exc


def _run_again(db: Database, hooks: MigrationHooks, statement: str) -> bool:
    """Run the statement that was running when a run stopped: True when it had taken effect
    then (its error says so), False when it ran now."""
    try:
        db.run_text(statement)
    except QueryError as exc:
        if hooks.took_effect(exc, statement):
            return True
        raise _StatementFailed(exc) from exc
    return False
