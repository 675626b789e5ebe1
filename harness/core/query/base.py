"""What every query builder shares: compile (``to_sql``), execute, prepare."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from harness.core.errors import QueryBuildError
from harness.core.query.result import RowMapper
from harness.sql.chunks import SQL, Chunk

if TYPE_CHECKING:
    from harness.core.database import Database
    from harness.core.query.prepared import PreparedQuery
    from harness.sql.render import RenderContext


class QueryBuilder(Chunk):
    """Base of select/insert/update/delete builders.

    A builder is a chunk: used inside another query (``exists(q)``, ``in_array(c, q)``) it renders
    as ``(<query>)``.
    """

    _db: Database

    def get_sql(self) -> SQL:
        """The statement's chunk tree: the builder's config compiled by the dialect."""
        raise NotImplementedError

    def to_sql(self) -> tuple[str, list[Any]]:
        """``(text, params)`` exactly as Drizzle's ``toSQL()``; nothing is executed."""
        return self._db.dialect.to_sql(self.get_sql(), self._db.casing)

    def _render(self, ctx: RenderContext) -> None:
        ctx.parts.append("(")
        self.get_sql()._render(ctx)
        ctx.parts.append(")")

    # -- execution ------------------------------------------------------------------------
    def _row_mapper(self) -> RowMapper | None:
        """How result rows decode; None when the statement returns no rows."""
        return None

    def _run(self) -> tuple[list[Any], int, RowMapper | None]:
        mapper = self._row_mapper()
        rows, rowcount = self._db.run_query(self.get_sql(), mapper is not None)
        return rows, rowcount, mapper

    def all(self) -> list[dict[str, Any]]:
        """Every row as a dict keyed like the selection."""
        rows, _, mapper = self._run()
        if mapper is None:
            return []
        return mapper.to_dicts(rows)

    def iterator(self) -> Iterator[dict[str, Any]]:
        """Rows one by one as the driver streams them, never all in memory (Drizzle's
        ``.iterator()``): psycopg's single-row mode, PyMySQL's unbuffered cursor, sqlite3's
        stepping cursor.  The connection serves nothing else until the loop ends."""
        mapper = self._row_mapper()
        if mapper is None:
            raise QueryBuildError("iterator() needs a statement that returns rows")
        to_dict = mapper.to_dict
        for row in self._db.stream_query(self.get_sql()):
            yield to_dict(row)

    def get(self) -> dict[str, Any] | None:
        """The first row, or None."""
        rows = self.all()
        return rows[0] if rows else None

    def values(self) -> list[tuple[Any, ...]]:
        """Rows as decoded tuples, in selection order."""
        rows, _, mapper = self._run()
        if mapper is None:
            return []
        return [mapper.decode_tuple(row) for row in rows]

    def execute(self) -> Any:
        """Rows (dicts) when the statement returns rows, else the affected row count."""
        rows, rowcount, mapper = self._run()
        if mapper is None:
            return rowcount
        return [mapper.to_dict(row) for row in rows]

    def prepare(self, name: str | None = None) -> PreparedQuery:
        """Compile once; run many times with ``.execute({"placeholder": value})``."""
        from harness.core.query.prepared import PreparedQuery

        return PreparedQuery(self._db, self.get_sql(), self._row_mapper(), name)
