"""The per-test ``db``: the worker's connection inside a transaction that is rolled back.

Each test opens a library ``Transaction`` (``begin``) and rolls it back: the same two round
trips as a bare transaction, through the same transaction type application code uses.  The
test's ``db`` is that transaction's handle (``db.transaction()`` nests as a savepoint).  Its
``client`` is wrapped so that code under test calling ``commit()`` or ``rollback()`` on the
driver connection moves only within the test, never past it:

- ``rollback()`` returns to the test's start, or to the last ``commit()`` of the client;
- ``commit()`` keeps the work so far (``savepoint harness_test``: later rollbacks stop there);
  it still vanishes at teardown.

No savepoint is set when the test starts or when the client is handed out: until the first
``commit()``, the test's start *is* the start of its transaction, so ``rollback()`` rolls that
back and begins it again.  A test costs two round trips whether or not it uses the client.
"""

from __future__ import annotations

from typing import Any

from harness.core.database import Database, Transaction

TEST_SAVEPOINT = "harness_test"


class _TestState:
    """Shared by a test's ``db`` and the handles derived from it (``db.transaction()``)."""

    __slots__ = ("client", "savepoint")

    def __init__(self) -> None:
        self.client: SavepointClient | None = None
        #: ``savepoint harness_test`` exists (set by the client's first ``commit()``)
        self.savepoint = False


class SavepointClient:
    """The driver connection as code under test sees it: commit/rollback stay inside the test."""

    def __init__(self, raw: Any, db: Database, state: _TestState) -> None:
        self._raw = raw
        self._db = db
        self._state = state

    def commit(self) -> None:
        """Keep the work (visible to the rest of the test); it still vanishes at teardown."""
        if self._state.savepoint:
            self._db.run_text(f"release savepoint {TEST_SAVEPOINT}")
        self._db.run_text(f"savepoint {TEST_SAVEPOINT}")
        self._state.savepoint = True

    def rollback(self) -> None:
        """Undo the work since the last ``commit()``, or since the test started."""
        if self._state.savepoint:
            self._db.run_text(f"rollback to savepoint {TEST_SAVEPOINT}")
            return
        # no commit yet: the test's start is its transaction's start
        self._db.run_text("rollback")
        for statement in self._db.dialect.begin_sql(None, None):
            self._db.run_text(statement)

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
    _harness_test: _TestState | None = None

    @property
    def client(self) -> Any:
        state = self._harness_test
        if state is None:  # a TestDatabase not made by begin_test
            state = self._harness_test = _TestState()
        if state.client is None:
            state.client = SavepointClient(self.session.client, self, state)
        return state.client


def begin_test(connection: Database) -> tuple[Transaction, TestDatabase]:
    """Open the test's transaction on the worker's connection; its handle is the test's ``db``."""
    transaction = Transaction(connection, None, None, {}, handle_class=TestDatabase)
    test_db = transaction.begin()
    assert isinstance(test_db, TestDatabase)
    # handles derived from test_db (db.transaction()) copy its __dict__: they share the state
    test_db._harness_test = _TestState()
    return transaction, test_db


def end_test(transaction: Transaction) -> None:
    """Undo everything the test wrote."""
    transaction.rollback()
