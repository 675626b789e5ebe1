"""SQLite compiler: ``"name"`` quoting, ``?`` parameters, RETURNING, column defaults inline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from harness.core.column import Column
from harness.core.dialect import Dialect
from harness.core.errors import HarnessError
from harness.core.query.select import Select
from harness.sql.chunks import SQL, Param, Raw


class SQLiteDialect(Dialect):
    name: ClassVar[str] = "sqlite"
    ddl_module: ClassVar[str] = "harness.sqlite.ddl"
    migrations_module: ClassVar[str] = "harness.sqlite.migrations"
    admin_module: ClassVar[str] = "harness.sqlite.admin"
    returning: ClassVar[frozenset[str]] = frozenset({"insert", "update", "delete"})
    supports_update_from: ClassVar[bool] = True
    set_operation_parens: ClassVar[bool] = False
    compound_order_by_suffix: ClassVar[str] = ""
    conflict_target_qualified: ClassVar[bool] = True

    def build_count(self, source: Any, where: Any) -> SQL:
        chunks: list[Any] = [Raw("select count(*) from "), source]
        if where is not None:
            chunks += [Raw(" where "), where]
        return SQL(chunks)

    def missing_insert_value(self, column: Column) -> Any:
        # SQLite has no DEFAULT keyword inside VALUES: send the declared default, else null
        # (an integer primary key given null takes the next rowid), exactly as Drizzle does.
        if column.has_default and column.default is not None:
            default = column.default
            return default if isinstance(default, SQL) else Param(default, column)
        return SQL([Raw("null")])

    max_parameters: ClassVar[int] = 32_766

    def fills_automatically(self, column: Column) -> bool:
        """An ``integer primary key`` is SQLite's rowid: omitted, it takes the next number."""
        if column.primary and column.sql_type() == "integer":
            primaries = [c for c in column.table._columns.values() if c.primary]
            if len(primaries) == 1:
                return True
        return super().fills_automatically(column)

    def json_array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        return SQL([Raw("coalesce(json_group_array("), row, Raw("), json_array())")])

    def json_embed(self, subquery: SQL) -> Any:
        # a subquery's JSON text loses SQLite's JSON subtype: json() restores it
        return SQL([Raw("json("), subquery, Raw(")")])

    def build_lock(self, query: Select) -> list[Any]:
        if query._lock is not None:
            raise HarnessError(
                "SQLite has no row locks (select ... for update); use "
                "db.transaction(behavior='immediate') to serialise writers"
            )
        return []

    def inline_literal(self, value: Any) -> str:
        if value is True:
            return "1"
        if value is False:
            return "0"
        return super().inline_literal(value)

    def begin_sql(
        self, isolation_level: str | None, access_mode: str | None, **options: Any
    ) -> list[str]:
        """``begin [deferred|immediate|exclusive]`` via ``behavior=`` (Drizzle's option)."""
        behavior = options.pop("behavior", None)
        if options or isolation_level or access_mode:
            raise HarnessError(
                "SQLite transactions take only behavior='deferred'|'immediate'|'exclusive'"
            )
        if behavior is not None and behavior not in ("deferred", "immediate", "exclusive"):
            raise HarnessError(f"behavior={behavior!r}: use 'deferred', 'immediate' or 'exclusive'")
        return [f"begin {behavior}" if behavior else "begin"]

    def savepoint_name(self, depth: int) -> str:
        """Drizzle's SQLite savepoints start at ``sp0``."""
        return f"sp{depth}"
