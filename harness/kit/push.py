"""``push``: create the declared schema on a database straight from the declarations.

The statements are the ones ``drizzle-kit generate`` would write for a fresh database (see each
dialect's ``ddl`` module), so a pushed database and a migrated one have the same catalog.  On
PostgreSQL and SQLite they run in one transaction (all or nothing); MySQL commits DDL
implicitly, so a failure there reports which statements already took effect.
"""

from __future__ import annotations

import logging
from typing import Any

from harness.core.database import Database
from harness.core.ddl import entities_from
from harness.core.errors import QueryError
from harness.kit.errors import KitError

log = logging.getLogger("harness.kit")


class PushError(KitError):
    """A push statement failed; names the statement and what was left applied."""


def push(db: Database, schema: Any) -> list[str]:
    """Create every table, enum, sequence, index and view of ``schema`` on ``db``.

    ``schema``: a module of declarations, a dict, or a list of tables/enums/views.
    Returns the statements that ran.
    """
    statements = db.dialect.ddl.create_statements(entities_from(schema), db.casing)
    transactional = db.dialect.migrations.transactional_ddl
    if transactional:
        with db.transaction() as tx:
            _run(tx, statements, transactional)
    else:
        _run(db, statements, transactional)
    log.info("pushed %d statements", len(statements))
    return statements


def _run(db: Database, statements: list[str], transactional: bool) -> None:
    for number, statement in enumerate(statements, start=1):
        try:
            db.run_text(statement)
        except QueryError as exc:
            first_line = statement.splitlines()[0]
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
