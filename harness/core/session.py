"""The driver adapter each dialect implements: run one statement, report rows and rowcount."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class DriverSession(Protocol):
    """One connection.  Statements outside a transaction commit on their own (autocommit)."""

    client: Any

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Any], int]:
        """Execute; return (rows as sequences, affected row count)."""
        ...

    def close(self) -> None: ...

    def describe(self) -> str:
        """Where this session is connected (no password), for messages."""
        ...
