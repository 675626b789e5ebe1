"""PostgreSQL compiler: ``"name"`` quoting, ``$n`` parameters, every RETURNING, DISTINCT ON."""

from __future__ import annotations

from typing import Any, ClassVar

from harness.core.dialect import Dialect
from harness.core.query.insert import Insert
from harness.core.query.select import Select
from harness.sql.chunks import SQL, Raw


class PgDialect(Dialect):
    name: ClassVar[str] = "postgresql"
    ddl_module: ClassVar[str] = "harness.pg.ddl"
    migrations_module: ClassVar[str] = "harness.pg.migrations"
    admin_module: ClassVar[str] = "harness.pg.admin"
    returning: ClassVar[frozenset[str]] = frozenset({"insert", "update", "delete"})
    supports_update_from: ClassVar[bool] = True

    def placeholder(self, index: int) -> str:
        return f"${index}"

    def build_distinct(self, query: Select) -> list[Any]:
        if query._distinct is True:
            return [Raw(" distinct")]
        if query._distinct:
            chunks: list[Any] = [Raw(" distinct on (")]
            for i, c in enumerate(query._distinct):
                if i:
                    chunks.append(Raw(", "))
                chunks.append(c)
            chunks.append(Raw(")"))
            return chunks
        return []

    def build_count(self, source: Any, where: Any) -> SQL:
        tree = super().build_count(source, where)
        tree.chunks.append(Raw(";"))  # Drizzle's pg $count ends with a semicolon
        return tree

    def build_overriding(self, query: Insert) -> list[Any]:
        return [Raw("overriding system value ")] if query._overriding else []

    def inline_literal(self, value: Any) -> str:
        return super().inline_literal(value)
