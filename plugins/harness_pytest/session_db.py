"""The per-test ``db``: the worker's connection inside a transaction that is rolled back.

Each test opens a library ``Transaction`` (``begin``) and rolls it back: the same two round
trips as a bare transaction, through the same transaction type application code uses.  The
test's ``db`` is that transaction's handle (``db.transaction()`` nests as a savepoint).  Its
``client`` is wrapped: handing it out sets ``savepoint harness_test``, and code under test that
calls ``commit()`` or ``rollback()`` on the driver connection moves only within that savepoint,
never past it (``rollback()`` returns to the moment the client was handed out).
"""

from __future__ import annotations

from typing import Any

from harness.core.database import Database, Transaction

TEST_SAVEPOINT = "harness_test"


class SavepointClient:
    """The driver connection as code under test sees it: commit/rollback stay inside the test."""

    def __init__(self, raw: Any, db: Database) -> None:
        self._raw = raw
        self._db = db

    def commit(self) -> None:
        """Keep the work (visible to the rest of the test); it still vanishes at teardown."""
        self._db.run_text(f"release savepoint {TEST_SAVEPOINT}")
        self._db.run_text(f"savepoint {TEST_SAVEPOINT}")

    def rollback(self) -> None:
        self._db.run_text(f"rollback to savepoint {TEST_SAVEPOINT}")

    def close(self) -> None:
        """The connection belongs to the harness: closing it is a no-op."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __enter__(self) -> SavepointClient:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class TestDatabase(Database):
    """A ``Database`` inside the test's transaction (depth 0) with a guarded ``client``."""

    __test__ = False  # not a pytest test class
    _guarded: SavepointClient | None = None

    @property
    def client(self) -> Any:
        if self._guarded is None:
            self.run_text(f"savepoint {TEST_SAVEPOINT}")
            self._guarded = SavepointClient(self.session.client, self)
        return self._guarded


def begin_test(connection: Database) -> tuple[Transaction, TestDatabase]:
    """Open the test's transaction on the worker's connection; its handle is the test's ``db``."""
    transaction = Transaction(connection, None, None, {}, handle_class=TestDatabase)
    test_db = transaction.begin()
    assert isinstance(test_db, TestDatabase)
    return transaction, test_db


def end_test(transaction: Transaction) -> None:
    """Undo everything the test wrote."""
    transaction.rollback()
