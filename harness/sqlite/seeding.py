"""SQLite seeding hooks: the parameter limit, and ``integer primary key`` as the rowid."""

from __future__ import annotations

from typing import Any

from harness.core.column import Column
from harness.core.seed_hooks import BaseSeedHooks


class SQLiteSeedHooks(BaseSeedHooks):
    max_parameters = 32_766

    def fills_automatically(self, column: Column[Any]) -> bool:
        """An ``integer primary key`` is SQLite's rowid: omitted, it takes the next number."""
        if column.primary and column.sql_type() == "integer":
            primaries = [c for c in column.table._columns.values() if c.primary]
            if len(primaries) == 1:
                return True
        return super().fills_automatically(column)
