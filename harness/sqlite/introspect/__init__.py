"""The SQLite ``introspector`` part: a live database read into drizzle-kit's SQLite snapshot
(``push`` diffs it with the declarations).

:mod:`.read` reads ``sqlite_master`` and the pragmas (and, for what SQLite keeps only as the
statement text, :mod:`.parse` reads the ``CREATE`` statements); :mod:`.align` rewrites what
SQLite spells differently from the declarations into the declared spelling.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from harness.sqlite.introspect.align import align
from harness.sqlite.introspect.read import read_snapshot

if TYPE_CHECKING:
    from harness.core.database import Database


class SQLiteIntrospector:
    """``harness.core.parts.Introspector`` for SQLite."""

    def snapshot(
        self,
        db: Database,
        tables: Sequence[str] | None = None,
        migrations_table: str = "__drizzle_migrations",
    ) -> dict[str, Any]:
        """The database's tables and views as a version-6 snapshot; ``tables`` limits the
        tables read; the migrations table is left out."""
        return read_snapshot(db, tables, migrations_table)

    def align(self, live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
        """``live`` in the declared spelling wherever it means the same (see :mod:`.align`)."""
        return align(live, declared)


__all__ = ["SQLiteIntrospector"]
