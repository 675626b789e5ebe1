"""PostgreSQL seeding hooks: bigger statements, COPY for big batches, sequences moved past
explicit keys."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from harness.core.seed_hooks import BaseSeedHooks
from harness.pg.copy import copy_insert
from harness.sql.chunks import SQL, Name, Raw

if TYPE_CHECKING:
    from harness.core.database import Database
    from harness.core.table import Table


class PgSeedHooks(BaseSeedHooks):
    max_parameters = 65_535

    def bulk_insert(
        self,
        db: Database,
        table: Table,
        rows: Sequence[Mapping[str, Any]],
        make_row: Callable[[Any], dict[str, Any]] = dict,
    ) -> list[dict[str, Any]] | None:
        """COPY into a temporary table, then one ``insert ... select ... returning``
        (``harness.pg.copy``); small batches and rows COPY cannot carry: None."""
        return copy_insert(db, table, rows, make_row)

    def advance_sequences(self, db: Database, table: Table) -> None:
        """``setval`` every serial/identity sequence of ``table`` to its column's maximum, so
        a plain INSERT after seeded rows with explicit ids does not collide with them."""
        qualified = db.dialect.to_sql(SQL([table]))[0]
        for column in table._columns.values():
            if column.identity is None and not column.auto_increments_by_sequence:
                continue
            name = column.db_name(db.casing)
            quoted = db.dialect.to_sql(SQL([Name(name)]))[0]
            db.run_query(
                SQL(
                    [
                        Raw("select setval(pg_get_serial_sequence("),
                        qualified,
                        Raw(", "),
                        name,
                        Raw(f"), coalesce(max({quoted}), 0) + 1, false) from "),
                        table,
                    ]
                )
            )
