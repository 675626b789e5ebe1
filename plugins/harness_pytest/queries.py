"""Counting the statements a test sends: ``assert_num_queries`` / ``assert_max_num_queries``.

pytest-django's ``django_assert_num_queries`` for the harness: a context manager that records
every statement run on the test's connection inside the block (through ``db`` and every
handle derived from it, such as ``db.transaction()``, since they share the connection) and
fails the test naming each statement when the count is not the expected one.  The recording
wraps the connection's driver session for the duration of the block only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from harness.core.database import Database


@dataclass
class CapturedQueries:
    """The statements run inside the block, in order (SQL text and parameters)."""

    statements: list[tuple[str, Sequence[Any]]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.statements)

    def describe(self) -> str:
        return "\n".join(f"  {n}. {sql}" for n, (sql, _) in enumerate(self.statements, start=1))


@contextmanager
def capture_queries(db: Database) -> Iterator[CapturedQueries]:
    """Record the statements ``db``'s connection runs inside the block."""
    session = db.session
    captured = CapturedQueries()
    original_run, original_dicts, original_stream = session.run, session.run_dicts, session.stream

    def run(text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False) -> Any:
        captured.statements.append((text, params))
        return original_run(text, params, want_rows, prepare)

    def run_dicts(text: str, params: Sequence[Any]) -> Any:
        captured.statements.append((text, params))
        return original_dicts(text, params)

    def stream(text: str, params: Sequence[Any]) -> Any:
        captured.statements.append((text, params))
        return original_stream(text, params)

    session.run = run  # type: ignore[method-assign]
    session.run_dicts = run_dicts  # type: ignore[method-assign]
    session.stream = stream  # type: ignore[method-assign]
    try:
        yield captured
    finally:
        del session.run
        del session.run_dicts
        del session.stream


def _asserting(db: Database, exact: bool) -> Callable[..., Any]:
    @contextmanager
    def check(num: int) -> Iterator[CapturedQueries]:
        with capture_queries(db) as captured:
            yield captured
        count = len(captured)
        if (exact and count != num) or (not exact and count > num):
            expected = f"{num}" if exact else f"at most {num}"
            pytest.fail(
                f"expected {expected} queries, {count} were run:\n{captured.describe()}",
                pytrace=False,
            )

    return check


@pytest.fixture
def assert_num_queries(db: Database) -> Callable[..., Any]:
    """``with assert_num_queries(2): ...`` fails unless exactly 2 statements run in the block."""
    return _asserting(db, exact=True)


@pytest.fixture
def assert_max_num_queries(db: Database) -> Callable[..., Any]:
    """``with assert_max_num_queries(3): ...`` fails when more than 3 statements run."""
    return _asserting(db, exact=False)
