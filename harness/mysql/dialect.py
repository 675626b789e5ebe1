"""MySQL/MariaDB compiler: backtick quoting, ``?`` parameters (``%s`` for PyMySQL),
``on duplicate key update``, ``insert ignore``; and the dialect's parts.

MariaDB differs from MySQL in what the server accepts, so those differences are instance
attributes derived from the server: RETURNING on INSERT/DELETE from MariaDB 10.5, and the
relational JSON of ``MariaDbRelationalJson``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from harness.core.dialect import Casing, Dialect
from harness.core.errors import HarnessError
from harness.core.parts import RelationalJson
from harness.core.query.config import IndexHints, InsertConfig
from harness.core.table import Table
from harness.mysql.admin import MySqlAdmin
from harness.mysql.ddl import MySqlDdl
from harness.mysql.introspect import MySqlIntrospector
from harness.mysql.migrations import MySqlMigrationHooks
from harness.mysql.pull_writer import MySqlSchemaWriter
from harness.mysql.quoting import MySqlQuoting
from harness.mysql.relational import MariaDbRelationalJson, MySqlRelationalJson
from harness.mysql.schema_diff import MySqlSchemaDiff
from harness.mysql.seeding import MySqlSeedHooks
from harness.mysql.v1 import MySqlSchemaDiffV1
from harness.sql.chunks import SQL, Raw

#: MariaDB accepts ``INSERT ... RETURNING`` and ``DELETE ... RETURNING`` from this version
MARIADB_RETURNING_SINCE = (10, 5)


@dataclass(frozen=True)
class MySqlServer:
    """What the dialect needs to know about the server it talks to."""

    mariadb: bool = False
    version: tuple[int, ...] = ()

    @classmethod
    def parse(cls, version: str) -> MySqlServer:
        """From the server's version string: ``8.4.3``, ``10.11.9-MariaDB-0+deb12u1``, or the
        ``5.5.5-10.11.9-MariaDB`` that MariaDB's handshake reports for old replication clients."""
        if version.startswith("5.5.5-") and "mariadb" in version.lower():
            version = version[len("5.5.5-") :]
        numbers = version.split("-", 1)[0].split(".")
        parsed = tuple(int(n) for n in numbers if n.isdigit())
        return cls("mariadb" in version.lower(), parsed)


class MySqlDialect(MySqlQuoting, Dialect):
    name: ClassVar[str] = "mysql"
    driver_escapes_percent: ClassVar[bool] = True

    ddl = MySqlDdl()
    schema_diff = MySqlSchemaDiff()
    schema_diff_v1 = MySqlSchemaDiffV1()
    introspector = MySqlIntrospector()
    schema_writer = MySqlSchemaWriter()
    migrations = MySqlMigrationHooks()
    admin = MySqlAdmin()
    seeding = MySqlSeedHooks()

    def __init__(self, server: MySqlServer | None = None) -> None:
        super().__init__()
        self.server = server or MySqlServer()
        self.mariadb = self.server.mariadb
        self.json: RelationalJson = MySqlRelationalJson()
        if self.mariadb:
            # MariaDB refuses outer references in derived tables, but its JSON_ARRAYAGG
            # takes ORDER BY and LIMIT
            self.json = MariaDbRelationalJson()
            if not self.server.version or self.server.version >= MARIADB_RETURNING_SINCE:
                self.returning = frozenset({"insert", "delete"})

    def to_driver(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """PyMySQL formats with ``%`` only when there are parameters: escape ``%`` just then."""
        text, params = super().to_driver(tree, casing)
        if not params:
            return self.to_sql(tree, casing)
        return text, params

    def insert_returning_id(self, insert: Any) -> list[dict[str, Any]]:
        """Drizzle's ``$returningId`` (``harness.mysql.returning_id``)."""
        from harness.mysql.returning_id import insert_returning_id

        return insert_returning_id(insert)

    def build_index_hints(self, source: Any, hints: IndexHints) -> list[Any]:
        """`` USE INDEX (a, b)``, `` FORCE INDEX (...)``, `` IGNORE INDEX (...)`` after a table
        (Drizzle's text: the names as given); a view or subquery takes none, as in Drizzle."""
        if not isinstance(source, Table):
            return []
        chunks: list[Any] = []
        for keyword, names in (
            ("USE", hints.use),
            ("FORCE", hints.force),
            ("IGNORE", hints.ignore),
        ):
            if names:
                chunks.append(Raw(f" {keyword} INDEX ({', '.join(names)})"))
        return chunks

    def build_insert_prefix(self, query: InsertConfig) -> list[Any]:
        return [Raw("insert ignore into ")] if query.ignore else [Raw("insert into ")]

    def build_on_conflict(self, query: InsertConfig) -> list[Any]:
        if query.on_conflict:
            raise HarnessError(
                "MySQL has no on conflict clause; use on_duplicate_key_update(set_=...) or ignore()"
            )
        if query.on_duplicate is not None:
            return [
                Raw(" on duplicate key update "),
                self.build_set(query.table, query.on_duplicate),
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
