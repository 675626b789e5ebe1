"""SQLite compiler: ``"name"`` quoting, ``?`` parameters, RETURNING, column defaults inline,
no row locks; and the dialect's parts (DDL, migrations, admin, seeding, JSON)."""

from __future__ import annotations

from typing import Any, ClassVar

from harness.core.column import Column
from harness.core.dialect import Dialect
from harness.core.errors import HarnessError
from harness.core.query.config import SelectConfig
from harness.core.table import Table
from harness.sql.chunks import SQL, Name, Param, Raw
from harness.sqlite.admin import SQLiteAdmin
from harness.sqlite.ddl import SQLiteDdl
from harness.sqlite.introspect import SQLiteIntrospector
from harness.sqlite.migrations import SQLiteMigrationHooks
from harness.sqlite.pull_writer import SQLiteSchemaWriter
from harness.sqlite.quoting import SQLiteQuoting
from harness.sqlite.relational import SQLiteRelationalJson
from harness.sqlite.schema_diff import SQLiteSchemaDiff
from harness.sqlite.seeding import SQLiteSeedHooks
from harness.sqlite.v1 import SQLiteSchemaDiffV1


class SQLiteDialect(SQLiteQuoting, Dialect):
    name: ClassVar[str] = "sqlite"
    returning = frozenset({"insert", "update", "delete"})
    supports_update_from: ClassVar[bool] = True
    set_operation_parens: ClassVar[bool] = False
    compound_order_by_suffix: ClassVar[str] = ""
    conflict_target_qualified: ClassVar[bool] = True
    conflict_clauses_chain: ClassVar[bool] = True

    ddl = SQLiteDdl()
    schema_diff = SQLiteSchemaDiff()
    schema_diff_v1 = SQLiteSchemaDiffV1()
    introspector = SQLiteIntrospector()
    schema_writer = SQLiteSchemaWriter()
    migrations = SQLiteMigrationHooks()
    admin = SQLiteAdmin()
    seeding = SQLiteSeedHooks()
    json = SQLiteRelationalJson()

    def build_count(self, source: Any, where: Any) -> SQL:
        chunks: list[Any] = [Raw("select count(*) from "), source]
        if where is not None:
            chunks += [Raw(" where "), where]
        return SQL(chunks)

    def missing_insert_value(self, column: Column[Any]) -> Any:
        # SQLite has no DEFAULT keyword inside VALUES: send the declared default, else null
        # (an integer primary key given null takes the next rowid), exactly as Drizzle does.
        if column.has_default and column.default is not None:
            default = column.default
            return default if isinstance(default, SQL) else Param(default, column)
        return SQL([Raw("null")])

    def build_update_target(self, table: Table) -> list[Any]:
        """SQLite names an updated table's alias with ``as``."""
        if table._is_alias:
            return [SQL([Name(table._original_name), Raw(" as "), Name(table._name)])]
        return [table]

    def build_lock(self, query: SelectConfig) -> list[Any]:
        if query.lock is not None:
            raise HarnessError(
                "SQLite has no row locks (select ... for update); use "
                "db.transaction(behavior='immediate') to serialise writers"
            )
        return []

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
