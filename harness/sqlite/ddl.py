"""SQLite DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

The statements are ``generate``'s own: the declarations' snapshot diffed against the empty
one (``harness.sqlite.schema_diff``), so ``push`` and the first generated migration cannot
drift apart.  Each table (foreign keys, composite primary key and checks inline) is followed by
its indexes; a column's ``unique()`` and a table's ``unique()`` constraint become unique
indexes, as drizzle-kit writes them; views come last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.ddl import Casing, entities_from, tables_of
from harness.core.schema_diff import Renames
from harness.sqlite.columns import SQLiteColumn
from harness.sqlite.schema_diff import diff_snapshots
from harness.sqlite.snapshot import empty_snapshot, snapshot


def create_statements(entities: Any, casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty SQLite database."""
    found = entities_from(entities)
    for t in tables_of(found):
        if not isinstance(next(iter(t._columns.values())), SQLiteColumn):
            raise TypeError(f"table {t._name!r} is not a SQLite table (sqlite_table)")
    diff = diff_snapshots(empty_snapshot(), snapshot(found, casing), Renames())
    return [s.strip() for s in diff.statements]


class SQLiteDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
