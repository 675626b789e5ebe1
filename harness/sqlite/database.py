"""The SQLite ``Database``: Drizzle's ``BaseSQLiteDatabase`` adds raw-statement helpers.

``db.run(q)``, ``db.all(q)``, ``db.get(q)`` and ``db.values(q)`` take ``sql(...)`` or a query
builder and run it as written: rows come back keyed by the result's column names (no column
decoding), as Drizzle's SQLite database methods return the driver's rows.
"""

from __future__ import annotations

from typing import Any

from harness.core.database import Database
from harness.sql.chunks import SQL


def _tree(query: Any) -> SQL:
    tree = query if isinstance(query, SQL) else query.get_sql()
    if not isinstance(tree, SQL):
        raise TypeError(f"expected sql(...) or a query builder, got {type(query).__name__}")
    return tree


class SQLiteDatabase(Database):
    """A SQLite connection with Drizzle's API, plus ``run``/``all``/``get``/``values``."""

    def run(self, query: Any) -> int:
        """Run a statement; the number of rows it changed (Drizzle's ``db.run``)."""
        _, affected = self.run_query(_tree(query), want_rows=False)
        return affected

    def all(self, query: Any) -> list[dict[str, Any]]:
        """Every row, keyed by column name (Drizzle's ``db.all``)."""
        result = self.execute(_tree(query))
        return result if isinstance(result, list) else []

    def get(self, query: Any) -> dict[str, Any] | None:
        """The first row keyed by column name, or None (Drizzle's ``db.get``)."""
        rows = self.all(query)
        return rows[0] if rows else None

    def values(self, query: Any) -> list[tuple[Any, ...]]:
        """Every row as a tuple of values (Drizzle's ``db.values``)."""
        rows, _ = self.run_query(_tree(query))
        return [tuple(row) for row in rows]
