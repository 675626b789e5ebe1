"""``db.delete(table).where(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from harness.core.errors import QueryBuildError
from harness.core.query.base import QueryBuilder
from harness.core.query.config import Condition, Count, DeleteConfig
from harness.core.query.result import RowMapper, flatten_fields
from harness.core.table import Table
from harness.sql.chunks import SQL

if TYPE_CHECKING:
    from harness.core.database import Database


class Delete(QueryBuilder):
    """A DELETE being built; without where() it deletes every row, as SQL does."""

    def __init__(self, db: Database, table: Table) -> None:
        if not isinstance(table, Table):
            raise QueryBuildError(f"delete() takes a table, got {type(table).__name__}")
        self._db = db
        self.config = DeleteConfig(table)

    def where(self, condition: Condition) -> Delete:
        self.config.where = condition
        return self

    def order_by(self, *columns: Any) -> Delete:
        """MySQL and SQLite: the order in which rows are deleted (with ``limit``)."""
        self.config.order_by = list(columns)
        return self

    def limit(self, limit: Count) -> Delete:
        """MySQL and SQLite: delete at most ``limit`` rows."""
        self.config.limit = limit
        return self

    def returning(self, fields: dict[str, Any] | None = None) -> Delete:
        self._db.dialect.check_returning("delete")
        self.config.returning = dict(self.config.table._columns) if fields is None else fields
        return self

    def get_sql(self) -> SQL:
        return self._db.dialect.build_delete(self.config)

    def _row_mapper(self) -> RowMapper | None:
        if self.config.returning is None:
            return None
        return RowMapper(flatten_fields(self.config.returning))
