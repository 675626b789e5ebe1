"""``db.count(source, where)``: Drizzle's ``$count``, an int that can also be embedded.

Drizzle's ``db.$count(users)`` is a builder: awaited, it runs ``select count(*)``; placed in a
selection or in ``sql``, it renders as that query in parentheses, so the count is taken by the
enclosing statement.  Here ``db.count(users)`` runs the count at once and returns a ``Count``:
an ``int`` (so ``db.count(users) == 3`` keeps working) that still knows its query, which
``get_sql()`` gives back (embedded, it renders as ``(select count(*) ...)`` and counts anew in
that statement), and ``execute()`` runs again (Drizzle's awaiting the same builder twice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from harness.sql.chunks import SQL, Raw

if TYPE_CHECKING:
    from harness.core.database import Database


class Count(int):
    """The number of rows of ``source`` matching ``where`` when it was taken."""

    _db: Database
    _source: Any
    _where: Any

    def __new__(cls, db: Database, source: Any, where: Any = None) -> Count:
        rows, _ = db.run_query(db.dialect.build_count(source, where))
        count = super().__new__(cls, int(rows[0][0]))
        count._db, count._source, count._where = db, source, where
        return count

    def get_sql(self) -> SQL:
        """``select count(*) from source [where ...]``: embedded in a selection or ``sql``, it
        renders in parentheses and counts when that statement runs (Drizzle's
        ``buildEmbeddedCount``, the same on every dialect, unlike the standalone count)."""
        chunks: list[Any] = [Raw("select count(*) from "), self._source]
        if self._where is not None:
            chunks += [Raw(" where "), self._where]
        return SQL(chunks)

    def execute(self) -> Count:
        """Count again (Drizzle: awaiting the same ``$count`` builder again)."""
        return Count(self._db, self._source, self._where)
