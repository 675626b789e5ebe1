"""The PostgreSQL ``Database``: Drizzle's ``PgDatabase`` adds ``refreshMaterializedView``."""

from __future__ import annotations

from typing import Any

from harness.core.database import Database
from harness.core.errors import QueryBuildError
from harness.core.query.base import QueryBuilder
from harness.sql.chunks import SQL, Chunk, Raw


class RefreshMaterializedView(QueryBuilder):
    """``refresh materialized view [concurrently] <view> [with no data]``; run it with
    ``.execute()`` (Drizzle awaits the builder)."""

    def __init__(self, db: Database, view: Any) -> None:
        from harness.pg.table import PgView

        if not isinstance(view, PgView) or view._kind != "materialized view":
            raise QueryBuildError(
                f"refresh_materialized_view() takes a pg_materialized_view(...), got {view!r}"
            )
        self._db = db
        self._view = view
        self._concurrently = False
        self._with_no_data = False

    def concurrently(self) -> RefreshMaterializedView:
        """``refresh materialized view concurrently`` (needs a unique index on the view)."""
        if self._with_no_data:
            raise QueryBuildError(
                "refresh_materialized_view: concurrently() and with_no_data() "
                "cannot be used together"
            )
        self._concurrently = True
        return self

    def with_no_data(self) -> RefreshMaterializedView:
        """``... with no data``: empty the view and leave it unscannable until refreshed."""
        if self._concurrently:
            raise QueryBuildError(
                "refresh_materialized_view: concurrently() and with_no_data() "
                "cannot be used together"
            )
        self._with_no_data = True
        return self

    def get_sql(self) -> SQL:
        head = (
            "refresh materialized view concurrently "
            if self._concurrently
            else ("refresh materialized view ")
        )
        chunks: list[Chunk] = [Raw(head), self._view]
        if self._with_no_data:
            chunks.append(Raw(" with no data"))
        return SQL(chunks)


class PgDatabase(Database):
    """A PostgreSQL connection with Drizzle's API, plus ``refresh_materialized_view``."""

    def refresh_materialized_view(self, view: Any) -> RefreshMaterializedView:
        """Drizzle's ``refreshMaterializedView``: ``db.refresh_materialized_view(v).execute()``;
        ``.concurrently()`` / ``.with_no_data()`` before ``execute()``."""
        return RefreshMaterializedView(self, view)
