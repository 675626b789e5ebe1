"""PostgreSQL compiler: ``"name"`` quoting, ``$n`` parameters, every RETURNING, DISTINCT ON,
``overriding system value``; and the dialect's parts (DDL, migrations, admin, seeding, JSON)."""

from __future__ import annotations

from typing import Any, ClassVar

from harness.core.dialect import Dialect
from harness.core.query.config import InsertConfig, SelectConfig
from harness.pg.admin import PgAdmin
from harness.pg.ddl import PgDdl
from harness.pg.introspect import PgIntrospector
from harness.pg.migrations import PgMigrationHooks
from harness.pg.pull_writer import PgSchemaWriter
from harness.pg.quoting import PgQuoting
from harness.pg.relational import PgRelationalJson
from harness.pg.schema_diff import PgSchemaDiff
from harness.pg.seeding import PgSeedHooks
from harness.pg.v1 import PgSchemaDiffV1
from harness.sql.chunks import SQL, Raw, join_chunks


class PgDialect(PgQuoting, Dialect):
    name: ClassVar[str] = "postgresql"
    returning = frozenset({"insert", "update", "delete"})
    supports_update_from: ClassVar[bool] = True
    update_returning_reaches_from: ClassVar[bool] = True
    write_order_limit: ClassVar[bool] = False

    ddl = PgDdl()
    schema_diff = PgSchemaDiff()
    schema_diff_v1 = PgSchemaDiffV1()
    introspector = PgIntrospector()
    schema_writer = PgSchemaWriter()
    migrations = PgMigrationHooks()
    admin = PgAdmin()
    seeding = PgSeedHooks()
    json = PgRelationalJson()

    def build_distinct(self, query: SelectConfig) -> list[Any]:
        if query.distinct is True:
            return [Raw(" distinct")]
        if query.distinct:
            return [Raw(" distinct on ("), join_chunks(query.distinct), Raw(")")]
        return []

    def build_count(self, source: Any, where: Any) -> SQL:
        tree = super().build_count(source, where)
        tree.chunks.append(Raw(";"))  # Drizzle's pg $count ends with a semicolon
        return tree

    def build_overriding(self, query: InsertConfig) -> list[Any]:
        return [Raw("overriding system value ")] if query.overriding else []
