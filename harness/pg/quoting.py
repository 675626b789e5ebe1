"""PostgreSQL quoting: ANSI names and strings, ``$n`` placeholders (Drizzle's and psycopg's
raw cursor's)."""

from __future__ import annotations

from harness.core.quoting import BaseQuoting


class PgQuoting(BaseQuoting):
    def placeholder(self, index: int) -> str:
        return f"${index}"
