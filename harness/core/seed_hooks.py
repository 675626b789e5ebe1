"""Default seeding hooks (``harness.core.parts.SeedHooks``); dialects override what differs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from harness.core.column import Column
    from harness.core.database import Database
    from harness.core.table import Table


class BaseSeedHooks:
    max_parameters: int = 30_000

    def fills_automatically(self, column: Column[Any]) -> bool:
        """Identity, serial, auto-increment, generated, or a database default."""
        if column.identity is not None or column.generated is not None or column.autoincrement:
            return True
        if column.has_default and column.default is not None:
            return True
        return column.auto_increments_by_sequence

    def advance_sequences(self, db: Database, table: Table) -> None:
        """MySQL and SQLite move their counters themselves; PostgreSQL overrides this."""

    def last_insert_id_sql(self) -> str | None:
        return None

    def bulk_insert(
        self,
        db: Database,
        table: Table,
        rows: Sequence[Mapping[str, Any]],
        make_row: Callable[[Any], dict[str, Any]] = dict,
    ) -> list[dict[str, Any]] | None:
        """No bulk path of their own (MySQL, SQLite): multi-row INSERTs it is."""
        return None
