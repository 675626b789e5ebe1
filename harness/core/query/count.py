"""``db.count(source, where)``: Drizzle's ``$count``, an int that can also be embedded.

Drizzle's ``db.$count(users)`` is a builder: awaited, it runs ``select count(*)``; placed in a
selection or in ``sql``, it renders as that query in parentheses, so the count is taken by the
enclosing statement.  Here ``db.count(users)`` runs the count at once and returns a ``Count``:
an ``int`` (so ``db.count(users) == 3`` keeps working) that still knows its query, which
``get_sql()`` gives back (embedded, it renders as ``(select count(*) ...)`` and counts anew in
that statement), and ``execute()`` runs again (Drizzle's awaiting the same builder twice).

A filter that refers to another table (``db.count(posts, eq(posts.author_id, users.id))``, the
usual per-row count in a select from ``users``) cannot be counted on its own: ``db.count``
then returns an :class:`EmbeddedCount`, which only embeds, and says so if used as a number.
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
        return _embedded(self._source, self._where)

    def execute(self) -> Count:
        """Count again (Drizzle: awaiting the same ``$count`` builder again)."""
        return Count(self._db, self._source, self._where)


def _embedded(source: Any, where: Any) -> SQL:
    chunks: list[Any] = [Raw("select count(*) from "), source]
    if where is not None:
        chunks += [Raw(" where "), where]
    return SQL(chunks)


class EmbeddedCount:
    """``db.count(source, where)`` whose ``where`` refers to other tables: a count per row of
    an enclosing select, so it only embeds (``get_sql``); as a number it raises a TypeError
    that names the tables the enclosing query must select from."""

    def __init__(self, source: Any, where: Any, outer: list[str]) -> None:
        self._source, self._where, self._outer = source, where, outer

    def get_sql(self) -> SQL:
        return _embedded(self._source, self._where)

    def _refuse(self, *_: Any) -> Any:
        name = getattr(self._source, "_name", "source")
        raise TypeError(
            f"db.count({name}, ...) refers to {', '.join(self._outer)}: it counts per row of a "
            f"query that selects from {', '.join(self._outer)}; embed it in that select "
            f"(db.select({{'n': db.count(...)}}).from_(...)) instead of using it as a number"
        )

    __int__ = __index__ = __float__ = __bool__ = _refuse
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = _refuse
    __hash__ = object.__hash__
    execute = _refuse

    def __repr__(self) -> str:
        return f"<EmbeddedCount of {getattr(self._source, '_name', self._source)!r}>"


def outer_tables(source: Any, where: Any) -> list[str]:
    """Names of the tables other than ``source`` whose columns ``where`` uses."""
    from harness.core.query.select import tables_in

    return sorted(tables_in(where) - {getattr(source, "_name", None)})
