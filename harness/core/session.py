"""The driver adapter each dialect implements: run one statement, report rows and rowcount."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

#: one result row as the driver returns it (a tuple for psycopg/PyMySQL/sqlite3)
Row = Sequence[Any]


class DriverSession(Protocol):
    """One connection.  Statements outside a transaction commit on their own (autocommit)."""

    client: Any

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Row], int]:
        """Execute; return (rows as sequences, affected row count)."""
        ...

    def run_dicts(self, text: str, params: Sequence[Any]) -> list[dict[str, Any]] | int:
        """Execute; rows as dicts keyed by result column name, else the affected row count."""
        ...

    def stream(self, text: str, params: Sequence[Any]) -> Iterator[Row]:
        """Execute; yield the rows as the driver receives them, without holding them all
        (the ``iterator()`` of query builders).  The connection is busy until exhausted."""
        ...

    def close(self) -> None: ...

    def describe(self) -> str:
        """Where this session is connected (no password), for messages."""
        ...


class OfflineSession:
    """A session with no connection: builders compile (``to_sql``) but nothing executes.

    Backs ``harness.mock(...)`` (Drizzle's ``drizzle.mock()``) and compile-only benchmarks.
    """

    client: Any = None

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Row], int]:
        raise RuntimeError(
            "this database is a mock (harness.mock): it compiles queries but cannot run them; "
            "use harness.connect(url) to execute"
        )

    def run_dicts(self, text: str, params: Sequence[Any]) -> list[dict[str, Any]] | int:
        self.run(text, params, True)
        return 0

    def stream(self, text: str, params: Sequence[Any]) -> Iterator[Row]:
        self.run(text, params, True)
        return iter(())

    def close(self) -> None:
        pass

    def describe(self) -> str:
        return "mock (no connection)"
