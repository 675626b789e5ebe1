"""MySQL/MariaDB compiler: backtick quoting, ``?`` parameters (``%s`` for PyMySQL),
``on duplicate key update``, ``insert ignore``; RETURNING only on MariaDB insert/delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from harness.core.column import Column
from harness.core.dialect import Casing, Dialect
from harness.core.errors import HarnessError
from harness.core.query.insert import Insert
from harness.sql.chunks import SQL, Raw


class MySqlDialect(Dialect):
    name: ClassVar[str] = "mysql"
    ddl_module: ClassVar[str] = "harness.mysql.ddl"
    migrations_module: ClassVar[str] = "harness.mysql.migrations"
    admin_module: ClassVar[str] = "harness.mysql.admin"
    returning: ClassVar[frozenset[str]] = frozenset()
    driver_escapes_percent: ClassVar[bool] = True

    def __init__(self, mariadb: bool = False) -> None:
        self.mariadb = mariadb
        if mariadb:
            # MariaDB 10.5+ accepts RETURNING on INSERT and DELETE (not UPDATE).
            self.returning = frozenset({"insert", "delete"})  # type: ignore[misc]
            # MariaDB refuses outer references in derived tables, but its JSON_ARRAYAGG
            # takes ORDER BY and LIMIT.
            self.relational_aggregate_orders = True  # type: ignore[misc]

    def last_insert_id_sql(self) -> str | None:
        # InnoDB hands a multi-row INSERT consecutive ids (innodb_autoinc_lock_mode 0/1,
        # and 2 when no other session inserts concurrently); LAST_INSERT_ID() is the first
        return "select last_insert_id()"

    def json_array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        chunks: list[Any] = [Raw("coalesce(json_arrayagg("), row]
        if order:
            chunks.append(Raw(" order by "))
            for i, item in enumerate(order):
                chunks += [Raw(", "), item] if i else [item]
        if limit is not None:
            chunks += [Raw(" limit "), limit]
            if offset is not None:
                chunks += [Raw(" offset "), offset]
        return SQL([*chunks, Raw("), json_array())")])

    def json_embed(self, subquery: SQL) -> Any:
        # MariaDB's JSON is text: JSON_EXTRACT(..., '$') embeds it as JSON, not as a string
        return SQL([Raw("json_extract("), subquery, Raw(", '$')")]) if self.mariadb else subquery

    def json_value(self, value: Any) -> Any:
        if isinstance(value, Column) and value.data_type == "decimal":
            return SQL([Raw("cast("), value, Raw(" as char)")])
        return value

    def escape_name(self, name: str) -> str:
        return "`" + name.replace("`", "``") + "`"

    def escape_string(self, value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"

    def driver_placeholder(self, index: int) -> str:
        return "%s"

    def to_driver(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """PyMySQL formats with ``%`` only when there are parameters: escape ``%`` just then."""
        text, params = super().to_driver(tree, casing)
        if not params:
            return self.to_sql(tree, casing)
        return text, params

    def inline_literal(self, value: Any) -> str:
        if value is True:
            return "1"
        if value is False:
            return "0"
        return super().inline_literal(value)

    def build_insert_prefix(self, query: Insert) -> list[Any]:
        return [Raw("insert ignore into ")] if query._ignore else [Raw("insert into ")]

    def build_on_conflict(self, query: Insert) -> list[Any]:
        if query._on_conflict is not None:
            raise HarnessError(
                "MySQL has no on conflict clause; use on_duplicate_key_update(set_=...) or ignore()"
            )
        if query._on_duplicate is not None:
            return [
                Raw(" on duplicate key update "),
                self.build_set(query._table, query._on_duplicate),
            ]
        return []

    def begin_sql(
        self, isolation_level: str | None, access_mode: str | None, **options: Any
    ) -> list[str]:
        if options:
            raise HarnessError(f"unknown MySQL transaction option(s): {sorted(options)}")
        statements = []
        if isolation_level:
            statements.append(f"set transaction isolation level {isolation_level}")
        statements.append(
            f"start transaction {access_mode}" if access_mode else "start transaction"
        )
        return statements
