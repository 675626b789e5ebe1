"""``db.insert(table).values(...)`` with conflict handling and RETURNING."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from harness.core.errors import QueryBuildError
from harness.core.query.base import QueryBuilder
from harness.core.query.config import InsertConfig, OnConflict
from harness.core.query.result import RowMapper, flatten_fields
from harness.core.table import Table
from harness.sql.chunks import SQL

if TYPE_CHECKING:
    from harness.core.database import Database


def check_keys(table: Table, row: Mapping[str, Any], what: str) -> None:
    unknown = [k for k in row if k not in table._columns]
    if unknown:
        raise QueryBuildError(
            f"{what} on table {table._name!r}: unknown column key(s) {unknown}; "
            f"columns are {list(table._columns)}"
        )


class Insert(QueryBuilder):
    """An INSERT being built."""

    def __init__(self, db: Database, table: Table) -> None:
        if not isinstance(table, Table):
            raise QueryBuildError(f"insert() takes a table, got {type(table).__name__}")
        self._db = db
        self.config = InsertConfig(table)

    def values(self, rows: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> Insert:  # type: ignore[override]
        """One row (dict) or several (list of dicts); an empty list is an error, as in Drizzle."""
        if isinstance(rows, Mapping):
            rows = [rows]
        rows = list(rows)
        if not rows:
            raise QueryBuildError(
                f"insert into {self.config.table._name!r}: values() needs at least one row; "
                f"skip the insert when the list is empty"
            )
        for row in rows:
            if not isinstance(row, Mapping):
                raise QueryBuildError(
                    f"insert into {self.config.table._name!r}: each row must be a dict, got "
                    f"{type(row).__name__}"
                )
            check_keys(self.config.table, row, "insert")
        from harness.core.query.update import UNSET  # update imports this module

        # ``UNSET`` (JavaScript's undefined) leaves the column out: it takes its default
        self.config.rows = [
            {k: v for k, v in row.items() if v is not UNSET}
            if any(v is UNSET for v in row.values())
            else row
            for row in rows
        ]
        return self

    def select(self, query: Any) -> Insert:
        """``insert into t (cols) select ...``: the query's fields name the target columns."""
        self.config.select = query
        return self

    def on_conflict_do_nothing(self, target: Any = None, where: Any = None) -> Insert:
        self.config.on_conflict.append(OnConflict("nothing", target, where=where))
        return self

    def on_conflict_do_update(
        self,
        target: Any,
        set_: Mapping[str, Any],
        where: Any = None,
        target_where: Any = None,
        set_where: Any = None,
    ) -> Insert:
        check_keys(self.config.table, set_, "on_conflict_do_update")
        self.config.on_conflict.append(
            OnConflict(
                "update",
                target,
                set_,
                where=set_where if set_where is not None else where,
                target_where=target_where,
            )
        )
        return self

    def on_duplicate_key_update(self, set_: Mapping[str, Any]) -> Insert:
        check_keys(self.config.table, set_, "on_duplicate_key_update")
        self.config.on_duplicate = set_
        return self

    def ignore(self) -> Insert:
        self.config.ignore = True
        return self

    def overriding_system_value(self) -> Insert:
        self.config.overriding = True
        return self

    def returning(self, fields: dict[str, Any] | None = None) -> Insert:
        self._db.dialect.check_returning("insert")
        self.config.returning = dict(self.config.table._columns) if fields is None else fields
        return self

    def returning_id(self) -> list[dict[str, Any]]:
        """Run the insert and return each row's primary key (Drizzle's MySQL ``$returningId``):
        MySQL has no RETURNING, so the keys come from the values sent and from the first
        AUTO_INCREMENT value the server reports.  Other dialects have ``returning()``."""
        return self._db.dialect.insert_returning_id(self)

    def get_sql(self) -> SQL:
        return self._db.dialect.build_insert(self.config)

    def _row_mapper(self) -> RowMapper | None:
        if self.config.returning is None:
            return None
        return RowMapper(flatten_fields(self.config.returning))
