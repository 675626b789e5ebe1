"""sqlite3 session: autocommit (``isolation_level=None``), foreign keys on, explicit BEGIN."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from harness.core.errors import ConnectionFailed, QueryError


class SQLite3Session:
    """One sqlite3 connection; the sqlite3 module never opens transactions on its own."""

    def __init__(self, client: sqlite3.Connection, where: str = "") -> None:
        self.client = client
        self.where = where or "sqlite"
        if client.isolation_level is not None and not client.in_transaction:
            client.isolation_level = None
        client.execute("pragma foreign_keys = on")

    @classmethod
    def connect(cls, path: str) -> SQLite3Session:
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ConnectionFailed(f"could not open SQLite database {path!r}: {exc}") from None
        return cls(conn, path)

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Any], int]:
        try:
            cur = self.client.execute(text, params)
            rows = cur.fetchall() if want_rows else []
            return rows, cur.rowcount
        except sqlite3.Error as exc:
            raise QueryError(f"SQLite error: {exc}", text, list(params), exc) from exc

    def run_dicts(self, text: str, params: Sequence[Any]) -> Any:
        try:
            cur = self.client.execute(text, params)
            if cur.description is None:
                return cur.rowcount
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=False)) for row in cur.fetchall()]
        except sqlite3.Error as exc:
            raise QueryError(f"SQLite error: {exc}", text, list(params), exc) from exc

    def stream(self, text: str, params: Sequence[Any]) -> Iterator[Any]:
        """sqlite3 cursors step through the result as they are iterated."""
        try:
            cur = self.client.execute(text, params)
            yield from cur
        except sqlite3.Error as exc:
            raise QueryError(f"SQLite error: {exc}", text, list(params), exc) from exc

    def close(self) -> None:
        self.client.close()

    def describe(self) -> str:
        return self.where
