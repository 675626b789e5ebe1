"""Applying an out folder with Drizzle-compatible bookkeeping, and safer than Drizzle.

Compatibility: the bookkeeping table, its DDL and its rows ``(hash, created_at[, name])`` are
the ones drizzle-orm's migrator writes, so a database migrated by either tool is up to date
for the other.  Drizzle 0.x decides "applied" by comparing each migration's ``created_at`` with
the newest recorded one; we match every recorded row to its migration (by name when the table
has Drizzle 1.0's ``name`` column, else by ``created_at``, then hash), which selects the same
migrations on any database either tool migrated, and lets us report what Drizzle misses:

* drift: an applied migration whose file changed (``MigrationDriftError``);
* out-of-order: an older migration that was never applied (Drizzle skips it silently) stops
  the run by default; ``out_of_order="apply"`` applies it, ``"skip"`` skips it with a warning;
* a folder generated for another dialect than the database's is refused;
* failures name the migration, the statement number and text, and the database's message;
  nothing is recorded for a failed migration;
* where DDL commits on its own (MySQL/MariaDB) the running migration's progress is kept
  statement by statement in a table of our own (``harness.kit.progress``): a run killed or
  failed half-way is resumed after the statements that took effect, ``status`` shows it as
  half-applied, and a file changed in what took effect is refused;
* concurrent migrators are serialised (advisory lock / GET_LOCK / BEGIN IMMEDIATE);
* SQLite ``PRAGMA foreign_keys=OFF`` inside a migration takes effect (set outside the
  transaction, checked with ``PRAGMA foreign_key_check`` before commit);
* ``to=`` stops after a given migration.
"""

from __future__ import annotations

import datetime as _dt
import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from harness.core.database import Database
from harness.core.errors import QueryError
from harness.core.parts import MigrationHooks
from harness.kit.config import OUT_OF_ORDER
from harness.kit.errors import (
    Drift,
    KitError,
    MigrationDriftError,
    MigrationFailed,
    MigrationFolderError,
    MigrationOrderError,
    MigrationTargetError,
)
from harness.kit.journal import Migration, folder_dialect, read_out_folder
from harness.kit.progress import (
    HalfApplied,
    Progress,
    ProgressTable,
    Resumed,
    apply_with_progress,
    half_applied,
)
from harness.sql.chunks import SQL, Name, Raw

log = logging.getLogger("harness.kit")

DEFAULT_TABLE = "__drizzle_migrations"
DEFAULT_SCHEMA = "drizzle"


@dataclass(frozen=True)
class AppliedRow:
    #: None on SQLite tables made by Drizzle 0.x (``id SERIAL`` is not a rowid alias there)
    id: int | None
    hash: str
    created_at: int
    name: str | None = None


@dataclass
class Plan:
    """What the folder and the bookkeeping table say together."""

    applied: dict[str, AppliedRow] = field(default_factory=dict)
    pending: list[Migration] = field(default_factory=list)
    drifted: list[Drift] = field(default_factory=list)
    out_of_order: list[Migration] = field(default_factory=list)
    unknown_rows: list[AppliedRow] = field(default_factory=list)
    newest_applied: str | None = None


@dataclass(frozen=True)
class AppliedMigration:
    tag: str
    seconds: float
    #: older than the newest migration applied before this run (``out_of_order="apply"``)
    out_of_order: bool = False
    #: half-applied by an earlier run that stopped (MySQL/MariaDB): how this run went on
    resumed: Resumed | None = None


@dataclass
class MigrateResult:
    applied: list[AppliedMigration] = field(default_factory=list)
    up_to_date: int = 0
    #: tags left unapplied by ``out_of_order="skip"`` (each logged as a warning)
    skipped: list[str] = field(default_factory=list)

    @property
    def tags(self) -> list[str]:
        return [a.tag for a in self.applied]


def _millis(value: Any) -> int:
    return int(Decimal(str(value)))


def plan_migrations(migrations: Sequence[Migration], rows: Sequence[AppliedRow]) -> Plan:
    """Match recorded rows to migrations; the rest is pending (or out of order)."""
    by_key = {m.key: m for m in migrations}
    by_millis: dict[int, list[Migration]] = defaultdict(list)
    by_second: dict[int, list[Migration]] = defaultdict(list)
    by_hash: dict[str, Migration] = {}
    for m in migrations:
        by_millis[m.created_at].append(m)
        by_second[m.created_at // 1000].append(m)
        by_hash.setdefault(m.hash, m)
    plan = Plan()
    for row in rows:
        found: Migration | None = None
        if row.name is not None:
            found = by_key.get(row.name)
        else:
            candidates = by_millis.get(row.created_at) or by_second.get(row.created_at // 1000, [])
            if len(candidates) == 1:
                found = candidates[0]
            elif candidates:
                found = next((c for c in candidates if c.hash == row.hash), None)
            if found is None:
                found = by_hash.get(row.hash)
        if found is None or found.tag in plan.applied:
            plan.unknown_rows.append(row)
            continue
        plan.applied[found.tag] = row
        if row.hash != found.hash:
            plan.drifted.append(Drift(found.tag, row.hash, found.hash))
    newest = -1
    for i, m in enumerate(migrations):
        if m.tag in plan.applied:
            newest = i
    if newest >= 0:
        plan.newest_applied = migrations[newest].tag
    for i, m in enumerate(migrations):
        if m.tag in plan.applied:
            continue
        if i < newest:
            plan.out_of_order.append(m)
        else:
            plan.pending.append(m)
    return plan


class _Bookkeeping:
    """Reads and writes the bookkeeping table through the dialect's hooks."""

    def __init__(self, db: Database, hooks: MigrationHooks, schema: str | None, table: str) -> None:
        self.db = db
        self.hooks = hooks
        self.schema = schema if hooks.uses_schema else None
        self.table = table
        self.ref: SQL = hooks.table_ref(self.schema, table)
        self.has_names = False

    def run(self, statement: SQL | str) -> list[Any]:
        if isinstance(statement, str):
            rows, _ = self.db.run_text(statement, want_rows=True)
            return list(rows)
        rows, _ = self.db.run_query(statement)
        return list(rows)

    def columns(self) -> set[str]:
        return {
            str(r[0]).lower() for r in self.run(self.hooks.columns_query(self.schema, self.table))
        }

    def prepare(self, migrations: Sequence[Migration]) -> None:
        """Create the table (0.x or 1.0 shape) or upgrade a 0.x table for a 1.0 folder."""
        columns = self.columns()
        wants_names = any(m.name for m in migrations)
        if not columns:
            for statement in self.hooks.create_statements(self.schema, self.table, wants_names):
                self.run(statement)
            self.has_names = wants_names
            return
        self.has_names = "name" in columns
        if wants_names and not self.has_names:
            self._upgrade(migrations)

    def _upgrade(self, migrations: Sequence[Migration]) -> None:
        rows = self.rows()
        plan = plan_migrations(migrations, rows)
        if plan.unknown_rows:
            ids = ", ".join(str(r.id) for r in plan.unknown_rows)
            raise KitError(
                f"cannot upgrade {self.table} to Drizzle 1.0's layout: recorded migration(s) "
                f"with id {ids} match no folder in the out folder; restore the missing "
                f"migrations first"
            )
        for statement in self.hooks.add_name_columns(self.schema, self.table):
            self.run(statement)
        for tag, row in plan.applied.items():
            name = next(m.key for m in migrations if m.tag == tag)
            self.run(
                SQL(
                    [
                        Raw("update "),
                        self.ref,
                        Raw(" set name = "),
                        name,
                        # hash + created_at identify the row (SQLite 0.x rows have no id)
                        Raw(", applied_at = null where hash = "),
                        row.hash,
                        Raw(" and created_at = "),
                        row.created_at,
                    ]
                )
            )
        self.has_names = True

    def rows(self) -> list[AppliedRow]:
        name = ", name" if self.has_names else ""
        raw = self.run(
            SQL(
                [
                    Raw(f"select id, hash, created_at{name} from "),
                    self.ref,
                    Raw(" order by created_at, id"),
                ]
            )
        )
        return [
            AppliedRow(
                None if r[0] is None else int(r[0]),
                str(r[1]),
                _millis(r[2]),
                r[3] if self.has_names else None,
            )
            for r in raw
        ]

    def record(self, migration: Migration, on: Database | None = None) -> None:
        columns = ["hash", "created_at"]
        values: list[Any] = [migration.hash, migration.created_at]
        if self.has_names:
            columns.append("name")
            values.append(migration.key)
            if self.hooks.writes_applied_at:
                now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")
                columns.append("applied_at")
                values.append(now.replace("+00:00", "Z"))
        chunks: list[Any] = [Raw("insert into "), self.ref, Raw(" (")]
        for i, column in enumerate(columns):
            chunks += [Raw(", ")] if i else []
            chunks.append(Name(column))
        chunks.append(Raw(") values ("))
        for i, value in enumerate(values):
            chunks += [Raw(", ")] if i else []
            chunks.append(value)
        chunks.append(Raw(")"))
        (on or self.db).run_query(SQL(chunks))


def _select_target(migrations: list[Migration], to: str | None) -> int:
    if to is None:
        return len(migrations) - 1
    for i, m in enumerate(migrations):
        if to in (m.tag, m.name):
            return i
    known = ", ".join(m.tag for m in migrations[-5:])
    raise MigrationTargetError(
        f"to={to!r}: no such migration in the out folder (last ones: {known})"
    )


def check_out_of_order(policy: str) -> str:
    """``policy`` if it is one of ``error``, ``apply``, ``skip``; else a one-line ValueError."""
    if policy not in OUT_OF_ORDER:
        raise ValueError(f"out_of_order={policy!r}: use one of {', '.join(OUT_OF_ORDER)}")
    return policy


def check_folder_dialect(out: str | Path, dialect: str, against: str) -> None:
    """Refuse an out folder generated for another dialect than ``dialect`` (the database's or
    the config's, named by ``against``)."""
    found = folder_dialect(out)
    if found is not None and found[0] != dialect:
        written_for, source = found
        raise MigrationFolderError(
            f"{source}: generated for {written_for}, but {against} is {dialect}; use the "
            f"out folder generated for {dialect} (or fix the config's dialect)"
        )


def migrate(
    db: Database,
    out: str | Path,
    table: str = DEFAULT_TABLE,
    schema: str | None = DEFAULT_SCHEMA,
    to: str | None = None,
    allow_drift: bool = False,
    out_of_order: str = "error",
) -> MigrateResult:
    """Apply the pending migrations of ``out`` to ``db``; returns what was applied.

    The folder is read and checked before the database is touched (a folder generated for
    another dialect is refused).  ``to`` (a tag or 1.0 folder name) stops after that migration.
    ``allow_drift`` accepts applied migrations whose file changed since (teams that edit
    applied files on purpose).  ``out_of_order`` decides what happens to a migration older
    than the newest applied one that was never applied (after merging branches): ``"error"``
    raises ``MigrationOrderError`` and changes nothing; ``"apply"`` applies it (in folder
    order, with the pending ones); ``"skip"`` leaves it unapplied with a warning per migration
    (what drizzle-orm does silently) and lists it in ``MigrateResult.skipped``.
    """
    policy = check_out_of_order(out_of_order)
    migrations = read_out_folder(out)
    check_folder_dialect(out, db.dialect.name, "the database")
    last = _select_target(migrations, to)
    if db.depth is not None:
        raise KitError(
            "migrate() needs a connection outside any transaction; pass the database, not tx"
        )
    hooks = db.dialect.migrations
    lock_schema = schema if hooks.uses_schema else None
    needs_fk_off = any(
        hooks.foreign_keys_pragma(s) is False for m in migrations[: last + 1] for s in m.statements
    )
    run = _Run(hooks, migrations, last, schema, table, allow_drift, needs_fk_off, policy)
    if needs_fk_off:  # a no-op inside a transaction: switched around the batch instead
        db.run_text(hooks.foreign_keys_off())
    try:
        if hooks.transactional_ddl:
            # one transaction for the batch: a failure anywhere undoes all of it
            with db.transaction(**hooks.transaction_options) as tx:
                for statement in hooks.lock_statements(lock_schema, table):
                    tx.run_text(statement, want_rows=True)
                return _migrate_locked(tx, run)
        for statement in hooks.lock_statements(lock_schema, table):
            db.run_text(statement, want_rows=True)
        try:
            result = _migrate_locked(db, run)
        except BaseException:
            try:
                _unlock(db, hooks, lock_schema, table)
            except QueryError:  # connection lost: that released the session lock already
                log.debug("could not release the migration lock after a failure")
            raise
        _unlock(db, hooks, lock_schema, table)
        return result
    finally:
        if needs_fk_off:
            db.run_text(hooks.foreign_keys_on())


def _unlock(db: Database, hooks: MigrationHooks, schema: str | None, table: str) -> None:
    for statement in hooks.unlock_statements(schema, table):
        db.run_text(statement, want_rows=True)


@dataclass(frozen=True)
class _Run:
    """One ``migrate()`` call's inputs, for the part that runs with the lock held."""

    hooks: MigrationHooks
    migrations: list[Migration]
    last: int
    schema: str | None
    table: str
    allow_drift: bool
    check_foreign_keys: bool
    out_of_order: str = "error"


def _migrate_locked(db: Database, run: _Run) -> MigrateResult:
    """Plan and apply, with the migration lock held (and, where DDL is transactional, inside
    the batch's transaction: ``db`` is then its handle)."""
    hooks, migrations = run.hooks, run.migrations
    book = _Bookkeeping(db, hooks, run.schema, run.table)
    result = MigrateResult()
    book.prepare(migrations)
    plan = plan_migrations(migrations, book.rows())
    if plan.drifted and not run.allow_drift:
        raise MigrationDriftError(plan.drifted)
    progress = ProgressTable(db, hooks, run.schema, run.table) if hooks.records_progress else None
    half = _half_applied(progress, migrations, plan) if progress is not None else {}
    index = {m.tag: i for i, m in enumerate(migrations)}
    todo = plan.pending
    late = {m.tag for m in plan.out_of_order}
    if plan.out_of_order and run.out_of_order == "error":
        raise MigrationOrderError([m.tag for m in plan.out_of_order], plan.newest_applied or "")
    if run.out_of_order == "skip":
        for migration in plan.out_of_order:
            row = half.get(migration.key)
            log.warning(
                "skipped %s: older than the newest applied migration %s and never applied "
                "(out_of_order='skip'); apply it with out_of_order='apply'%s",
                migration.tag,
                plan.newest_applied,
                f" (half-applied: {half_applied(migration, row).describe()})" if row else "",
            )
            result.skipped.append(migration.tag)
    elif run.out_of_order == "apply":
        todo = sorted([*plan.out_of_order, *plan.pending], key=lambda m: index[m.tag])
    result.up_to_date = len(plan.applied)
    todo = [m for m in todo if index[m.tag] <= run.last]
    if progress is not None:
        for migration in todo:
            if migration.key in half:  # before anything runs: a refusal changes nothing
                progress.check_resumable(migration, half[migration.key])
        if todo:
            progress.create()
    try:
        for migration in todo:
            started = time.perf_counter()
            resumed = _apply_and_record(db, book, progress, migration, half.get(migration.key))
            seconds = time.perf_counter() - started
            late_one = migration.tag in late
            result.applied.append(AppliedMigration(migration.tag, seconds, late_one, resumed))
            how = f" ({resumed.describe()})" if resumed else ""
            if late_one:
                log.info(
                    "applied %s out of order (older than the newest applied migration %s) in "
                    "%.3fs%s",
                    migration.tag,
                    plan.newest_applied,
                    seconds,
                    how,
                )
            else:
                log.info("applied %s in %.3fs%s", migration.tag, seconds, how)
    except Exception:
        if progress is not None and todo:
            _drop_if_empty(progress)
        raise
    if progress is not None and todo:
        _drop_if_empty(progress)
    if run.check_foreign_keys:
        violations = book.run(hooks.foreign_key_check())
        if violations:
            shown = ", ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in violations[:5])
            raise KitError(
                f"foreign key check failed after migrations with PRAGMA foreign_keys=OFF: "
                f"{len(violations)} violation(s) ({shown}); nothing was applied"
            )
    return result


def _apply_and_record(
    db: Database,
    book: _Bookkeeping,
    progress: ProgressTable | None,
    migration: Migration,
    row: Progress | None,
) -> Resumed | None:
    """Apply one migration and write its Drizzle row; with a progress table (MySQL/MariaDB),
    resume it after ``row`` and end its progress row together with the Drizzle row."""
    hooks = book.hooks
    if progress is None:
        _apply(db, hooks, migration, hooks.transactional_ddl)
        book.record(migration)
        return None
    resumed = apply_with_progress(db, hooks, progress, migration, row)
    with db.transaction() as tx:  # both rows at once: never recorded and still in progress
        book.record(migration, on=tx)
        progress.clear(migration.key, on=tx)
    return resumed


def _drop_if_empty(progress: ProgressTable) -> None:
    """The progress table goes once no migration is half-applied (a successful run, or one
    that failed at a first statement); a run that stopped on a lost connection keeps it."""
    try:
        progress.drop_if_empty()
    except QueryError:
        log.debug("could not check or drop %s (connection lost?)", progress.name)


def _half_applied(
    progress: ProgressTable, migrations: Sequence[Migration], plan: Plan
) -> dict[str, Progress]:
    """Progress rows of the migrations that are not recorded, by key.  A row of a recorded
    migration is left over (Drizzle's table not transactional): deleted.  A row of a migration
    that is not in the folder is kept, with a warning."""
    rows = progress.rows()
    recorded = {m.key for m in migrations if m.tag in plan.applied}
    known = {m.key for m in migrations}
    for key, row in rows.items():
        if key in recorded:
            progress.clear(key)
        elif key not in known:
            log.warning(
                "%s records that %s of migration %s took effect, but %s is not in the out "
                "folder; undo them or restore the migration, then delete that row",
                progress.name,
                f"{row.done} of {row.statements} statements",
                key,
                key,
            )
    return {key: row for key, row in rows.items() if key in known and key not in recorded}


def _apply(db: Database, hooks: MigrationHooks, migration: Migration, in_transaction: bool) -> None:
    """Run a migration's statements (inside the batch's transaction where DDL is
    transactional; MySQL/MariaDB goes through ``apply_with_progress`` instead)."""
    statements = migration.statements
    for number, statement in enumerate(statements, start=1):
        if hooks.foreign_keys_pragma(statement) is not None:
            continue  # handled around the batch: a no-op inside a transaction anyway
        try:
            db.run_text(statement)
        except QueryError as exc:
            raise MigrationFailed(
                migration.tag,
                number,
                statement,
                str(exc).splitlines()[0],
                committed_statements=None if in_transaction else number - 1,
                total_statements=len(statements),
            ) from exc


@dataclass
class Status:
    """``harness status``: what is applied, pending, drifted or unknown."""

    applied: list[str]
    #: not recorded (a half-applied migration is pending too: migrate resumes it)
    pending: list[str]
    drifted: list[Drift]
    out_of_order: list[str]
    unknown_rows: int
    #: by tag: migrations an earlier run stopped half-way through (MySQL/MariaDB)
    half_applied: dict[str, HalfApplied] = field(default_factory=dict)
    #: progress rows of migrations that are not in the out folder
    unknown_progress: list[str] = field(default_factory=list)


def status(
    db: Database,
    out: str | Path,
    table: str = DEFAULT_TABLE,
    schema: str | None = DEFAULT_SCHEMA,
) -> Status:
    """Compare the folder with the bookkeeping table (and the progress table); changes
    nothing."""
    migrations = read_out_folder(out)
    check_folder_dialect(out, db.dialect.name, "the database")
    hooks = db.dialect.migrations
    book = _Bookkeeping(db, hooks, schema, table)
    columns = book.columns()
    book.has_names = "name" in columns
    rows = book.rows() if columns else []
    plan = plan_migrations(migrations, rows)
    progress = ProgressTable(db, hooks, schema, table).rows() if hooks.records_progress else {}
    half = {
        m.tag: half_applied(m, progress[m.key])
        for m in migrations
        if m.tag not in plan.applied and m.key in progress
    }
    known = {m.key for m in migrations}
    return Status(
        applied=[m.tag for m in migrations if m.tag in plan.applied],
        pending=[m.tag for m in plan.pending],
        drifted=plan.drifted,
        out_of_order=[m.tag for m in plan.out_of_order],
        unknown_rows=len(plan.unknown_rows),
        half_applied=half,
        unknown_progress=sorted(key for key in progress if key not in known),
    )


def baseline(
    db: Database,
    out: str | Path,
    table: str = DEFAULT_TABLE,
    schema: str | None = DEFAULT_SCHEMA,
) -> list[str]:
    """Record every migration of ``out`` as applied without running it (Flyway's baseline,
    Django's ``--fake-initial``): for a database that already has the schema the folder
    describes, as after ``harness pull``.  Refused when the bookkeeping table already records
    migrations (the database has a history; baselining over it would hide it).  Returns the
    tags recorded."""
    migrations = read_out_folder(out)
    check_folder_dialect(out, db.dialect.name, "the database")
    hooks = db.dialect.migrations
    lock_schema = schema if hooks.uses_schema else None

    def locked(handle: Database) -> list[str]:
        book = _Bookkeeping(handle, hooks, schema, table)
        book.prepare(migrations)
        if book.rows():
            raise KitError(
                f"{table} already records migrations; baseline only marks a database with no "
                f"history (migrate it instead)"
            )
        for migration in migrations:
            book.record(migration)
        return [m.tag for m in migrations]

    if hooks.transactional_ddl:
        with db.transaction(**hooks.transaction_options) as tx:
            for statement in hooks.lock_statements(lock_schema, table):
                tx.run_text(statement, want_rows=True)
            return locked(tx)
    for statement in hooks.lock_statements(lock_schema, table):
        db.run_text(statement, want_rows=True)
    try:
        return locked(db)
    finally:
        _unlock(db, hooks, lock_schema, table)
