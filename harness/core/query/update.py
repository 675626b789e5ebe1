"""``db.update(table).set_({...}).where(...)``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from harness.core.errors import QueryBuildError
from harness.core.query.base import QueryBuilder
from harness.core.query.config import Condition, Count, Join, UpdateConfig
from harness.core.query.insert import check_keys
from harness.core.query.result import RowMapper, flatten_fields
from harness.core.query.select import source_fields, source_name
from harness.core.table import Table
from harness.sql.chunks import SQL

if TYPE_CHECKING:
    from harness.core.database import Database


class _Unset:
    """Marks a key to leave out of SET (Drizzle drops ``undefined``); None means NULL."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


class Update(QueryBuilder):
    """An UPDATE being built."""

    def __init__(self, db: Database, table: Table) -> None:
        if not isinstance(table, Table):
            raise QueryBuildError(f"update() takes a table, got {type(table).__name__}")
        self._db = db
        self.config = UpdateConfig(table)
        #: ``returning()`` of ``update ... from``: the left-joined groups that may be None
        self._nullable_groups: frozenset[str] = frozenset()

    def set_(self, values: Mapping[str, Any]) -> Update:
        """Columns to change; keys whose value is ``UNSET`` are dropped, ``None`` sets NULL."""
        check_keys(self.config.table, values, "update")
        self.config.set_ = {k: v for k, v in values.items() if v is not UNSET}
        if not self.config.set_ and not any(
            c.on_update_fn for c in self.config.table._columns.values()
        ):
            raise QueryBuildError(
                f"update {self.config.table._name!r}: set_() got no values to set; pass at least "
                f"one column"
            )
        return self

    def where(self, condition: Condition) -> Update:
        self.config.where = condition
        return self

    def from_(self, source: Any) -> Update:
        self._db.dialect.check_update_from()
        self.config.from_ = source
        return self

    def left_join(self, source: Any, on: Any) -> Update:
        self.config.joins.append(Join("left", source, on, name=source_name(source)))
        return self

    def inner_join(self, source: Any, on: Any) -> Update:
        self.config.joins.append(Join("inner", source, on, name=source_name(source)))
        return self

    def order_by(self, *columns: Any) -> Update:
        """MySQL and SQLite: the order in which rows are updated (with ``limit``)."""
        self.config.order_by = list(columns)
        return self

    def limit(self, limit: Count) -> Update:
        """MySQL and SQLite: update at most ``limit`` rows."""
        self.config.limit = limit
        return self

    def returning(self, fields: dict[str, Any] | None = None) -> Update:
        """The rows as updated; without ``fields`` all columns, plus on PostgreSQL (``update
        ... from``) each ``from_``/joined table's row under its name, ``None`` when a left join
        found nothing (as Drizzle's PostgreSQL ``returning()``)."""
        self._db.dialect.check_returning("update")
        self._nullable_groups = frozenset()
        if fields is None:
            fields = dict(self.config.table._columns)
            # SQLite's RETURNING cannot reach the FROM tables (Drizzle's SQLite returning() is
            # the table's columns alone)
            if not self._db.dialect.update_returning_reaches_from:
                self.config.returning = fields
                return self
            nullable = set()
            sources = [(self.config.from_, "inner")] if self.config.from_ is not None else []
            sources += [(join.source, join.kind) for join in self.config.joins]
            for source, kind in sources:
                name = source_name(source)
                if name is not None and not isinstance(source, SQL):
                    fields[name] = source_fields(source)
                    if kind == "left":
                        nullable.add(name)
            self._nullable_groups = frozenset(nullable)
        self.config.returning = fields
        return self

    def get_sql(self) -> SQL:
        return self._db.dialect.build_update(self.config)

    def _row_mapper(self) -> RowMapper | None:
        if self.config.returning is None:
            return None
        return RowMapper(flatten_fields(self.config.returning), self._nullable_groups)
