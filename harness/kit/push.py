"""``push``: make a database match the declarations, drizzle-kit push style.

The live catalog is read into the dialect's snapshot (its ``introspector`` part), the
declarations are serialised the way ``generate`` serialises them, and the difference is
applied - so ``push`` is re-runnable: unchanged declarations push nothing.  Statements that
may lose data (a dropped table or column, a narrowed type, NOT NULL on a column that may hold
NULLs) run only when confirmed on a terminal or with ``force``; otherwise nothing runs and
:class:`PushRefused` lists them.  On PostgreSQL and SQLite the statements run in one
transaction; MySQL commits DDL implicitly, so a failure there reports what already took effect.

``create_schema`` is the older, narrower operation: the CREATE statements for declarations on a
database that does not have them yet (fresh test databases, templates), no reading of the
catalog.  It is also what ``push`` falls back to for a dialect without an introspector.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.core.database import Database
from harness.core.ddl import entities_from
from harness.core.errors import QueryError
from harness.core.schema_diff import Ambiguity, Renames
from harness.kit.errors import KitError

log = logging.getLogger("harness.kit")


class PushError(KitError):
    """A push statement failed; names the statement and what was left applied."""


class PushCancelled(KitError):
    """The confirmation was declined; nothing ran."""


class PushRefused(KitError):
    """The push would lose data and was not confirmed; nothing ran."""

    def __init__(self, data_loss: Sequence[str]) -> None:
        self.data_loss = list(data_loss)
        super().__init__(
            "push would lose data and nothing was run: "
            + "; ".join(self.data_loss)
            + " (confirm on a terminal, or pass --force)"
        )


@dataclass
class PushResult:
    """What ``push`` ran (empty when the database already matched)."""

    statements: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    data_loss: list[str] = field(default_factory=list)


#: asked before statements run: ``(statements, data_loss) -> go ahead?``
Confirm = Callable[[list[str], list[str]], bool]


def push(
    db: Database,
    schema: Any,
    force: bool = False,
    renames: Renames = Renames(),
    confirm: Confirm | None = None,
    resolve: Callable[[Ambiguity, Renames], Renames] | None = None,
    migrations_table: str = "__drizzle_migrations",
    schema_filter: Sequence[str] | None = None,
) -> list[str]:
    """Apply the difference between ``db`` and the declarations in ``schema`` (a module, a
    dict or a list of tables/enums/views); returns the statements that ran.

    ``force``: run data-losing statements without asking.  ``confirm``: when given, asked
    before anything runs, with the statements and the data-loss lines; False cancels
    (:class:`PushCancelled`).  Without it, data loss without ``force`` raises
    :class:`PushRefused`.  ``resolve`` answers rename questions; without it one raises
    ``AmbiguousRenames``.  ``schema_filter`` (PostgreSQL): the schemas push looks at and may
    change; by default ``public`` and every schema the declarations use (drizzle-kit's
    default is ``public`` alone), so other schemas in the database are never dropped.
    """
    return plan_and_push(
        db, schema, force, renames, confirm, resolve, migrations_table, schema_filter
    ).statements


def plan(
    db: Database,
    schema: Any,
    renames: Renames = Renames(),
    resolve: Callable[[Ambiguity, Renames], Renames] | None = None,
    migrations_table: str = "__drizzle_migrations",
    schema_filter: Sequence[str] | None = None,
) -> PushResult:
    """What ``push`` would run on ``db``, without running it."""
    dialect = db.dialect
    differ = getattr(dialect, "schema_diff", None)
    introspector = dialect.introspector
    entities = entities_from(schema)
    if differ is None or introspector is None:
        return PushResult(dialect.ddl.create_statements(entities, db.casing))
    declared = differ.snapshot(entities, db.casing)
    if "roles" in declared:
        # as drizzle-kit's push without ``entities.roles``: roles are not managed (the
        # catalog read leaves them out, so every push would create them again)
        declared["roles"] = {}
    schemas = set(schema_filter) if schema_filter else {"public"} | declared_schemas(declared)
    live = keep_schemas(introspector.snapshot(db, None, migrations_table), schemas)
    live = introspector.align(live, declared)
    while True:
        diff = differ.diff(live, declared, renames)
        if not diff.ambiguities:
            # generate's file text ends some statements with a newline; a statement run is
            # the statement alone
            statements = [statement.strip() for statement in diff.statements]
            return PushResult(statements, diff.changes, diff.data_loss)
        if resolve is None:
            from harness.kit.generate import AmbiguousRenames

            raise AmbiguousRenames(diff.ambiguities)
        renames = resolve(diff.ambiguities[0], renames)


def declared_schemas(snapshot: dict[str, Any]) -> set[str]:
    """The database schemas a snapshot's entries live in (entries with a ``schema`` key:
    PostgreSQL's; an empty one means ``public``)."""
    found = set(snapshot.get("schemas", {}))
    for kind in ("tables", "enums", "sequences", "views"):
        for entry in snapshot.get(kind, {}).values():
            if isinstance(entry, dict) and "schema" in entry:
                found.add(entry["schema"] or "public")
    return found


def keep_schemas(snapshot: dict[str, Any], schemas: set[str]) -> dict[str, Any]:
    """``snapshot`` without the entries of schemas outside ``schemas`` (dialects without
    schemas have no ``schema`` keys: nothing is removed)."""
    for kind in ("tables", "enums", "sequences", "views", "policies"):
        entries = snapshot.get(kind)
        if isinstance(entries, dict):
            snapshot[kind] = {
                key: entry
                for key, entry in entries.items()
                if not (isinstance(entry, dict) and "schema" in entry)
                or (entry["schema"] or "public") in schemas
            }
    if isinstance(snapshot.get("schemas"), dict):
        snapshot["schemas"] = {k: v for k, v in snapshot["schemas"].items() if k in schemas}
    return snapshot


def plan_and_push(
    db: Database,
    schema: Any,
    force: bool = False,
    renames: Renames = Renames(),
    confirm: Confirm | None = None,
    resolve: Callable[[Ambiguity, Renames], Renames] | None = None,
    migrations_table: str = "__drizzle_migrations",
    schema_filter: Sequence[str] | None = None,
) -> PushResult:
    """:func:`push`, returning the whole :class:`PushResult`."""
    result = plan(db, schema, renames, resolve, migrations_table, schema_filter)
    if not result.statements:
        return result
    if confirm is not None:
        if not confirm(result.statements, result.data_loss):
            raise PushCancelled("push cancelled: nothing was run")
    elif result.data_loss and not force:
        raise PushRefused(result.data_loss)
    apply_plan(db, result)
    return result


def apply_plan(db: Database, result: PushResult) -> None:
    """Run a :func:`plan`'s statements (one transaction where DDL is transactional)."""
    _apply(db, result.statements)
    log.info("pushed %d statements", len(result.statements))


def create_schema(db: Database, schema: Any) -> list[str]:
    """Create every table, enum, sequence, index and view of ``schema`` on ``db``, which does
    not have them yet (no catalog is read).  Returns the statements that ran."""
    statements = db.dialect.ddl.create_statements(entities_from(schema), db.casing)
    _apply(db, statements)
    log.info("created the schema: %d statements", len(statements))
    return statements


def _apply(db: Database, statements: list[str]) -> None:
    hooks = db.dialect.migrations
    transactional = hooks.transactional_ddl
    # SQLite's PRAGMA foreign_keys=OFF (around table rebuilds) is a no-op inside a
    # transaction: as ``migrate`` does, it is switched around the transaction instead and
    # the foreign keys are checked before the commit
    keys_off = db.depth is None and any(hooks.foreign_keys_pragma(s) is False for s in statements)
    if keys_off:
        db.run_text(hooks.foreign_keys_off())
    try:
        if transactional:
            with db.transaction() as tx:
                _run(tx, statements, transactional)
                if keys_off:
                    _check_foreign_keys(tx)
        else:
            _run(db, statements, transactional)
    finally:
        if keys_off:
            db.run_text(hooks.foreign_keys_on())


def _check_foreign_keys(db: Database) -> None:
    """Rows that break a foreign key fail the push (rolled back).  A key SQLite cannot check
    at all (its parent columns are not unique: "foreign key mismatch") is what was declared;
    SQLite reports it on every later write to the table, so the push lets it through (the
    check stops at that error: no rows of other tables are checked then)."""
    try:
        rows, _ = db.run_text(db.dialect.migrations.foreign_key_check(), want_rows=True)
    except QueryError as exc:
        if "foreign key mismatch" not in str(exc):
            raise
        log.warning("push: %s", str(exc).splitlines()[0])
        return
    if rows:
        shown = ", ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in rows[:5])
        raise PushError(f"push broke {len(rows)} foreign key(s) ({shown}); nothing was applied")


def _run(db: Database, statements: list[str], transactional: bool) -> None:
    for number, statement in enumerate(statements, start=1):
        try:
            db.run_text(statement)
        except QueryError as exc:
            first_line = statement.strip().splitlines()[0]
            done = (
                "nothing was applied (rolled back)"
                if transactional
                else f"statements 1-{number - 1} had already taken effect"
                if number > 1
                else "nothing had taken effect"
            )
            raise PushError(
                f"push failed at statement {number} of {len(statements)} ({first_line}...): "
                f"{str(exc).splitlines()[0]}; {done}"
            ) from exc
