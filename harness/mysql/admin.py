"""MySQL/MariaDB database administration for the harness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness.core.errors import HarnessError
from harness.sql.chunks import SQL, Name, Raw

if TYPE_CHECKING:
    from harness.core.database import Database


class MySqlAdmin:
    """``harness.core.parts.Admin`` for MySQL/MariaDB: no templates (the schema is loaded
    into each new database), no rename."""

    copies_templates = False

    def rename_database(self, admin: Database, old: str, new: str) -> None:
        raise HarnessError("MySQL cannot rename a database; create the final one directly")

    def database_names(self, admin: Database, prefix: str) -> list[str]:
        rows = admin.execute(
            SQL(
                [
                    Raw("select schema_name as n from information_schema.schemata "),
                    Raw("where schema_name like "),
                    prefix + "%",
                ]
            )
        )
        return sorted(r["n"] for r in rows)

    def create_database(self, admin: Database, name: str, template: str | None = None) -> None:
        """``CREATE DATABASE``; MySQL has no templates, so the caller loads the schema itself."""
        admin.execute(SQL([Raw("create database "), Name(name), Raw(" character set utf8mb4")]))

    def drop_database(self, admin: Database, name: str) -> None:
        admin.execute(SQL([Raw("drop database if exists "), Name(name)]))

    def server_version(self, admin: Database) -> str:
        version = str(admin.execute("select version() as v")[0]["v"])
        return (
            f"MariaDB {version.split('-')[0]}"
            if "mariadb" in version.lower()
            else f"MySQL {version}"
        )

    def record_use(self, admin: Database, name: str, when: float) -> None:
        """No templates on MySQL (``copies_templates`` is False): nothing to remember."""

    def last_uses(self, admin: Database, prefix: str) -> dict[str, float | None]:
        return dict.fromkeys(self.database_names(admin, prefix))

    def user_tables(
        self,
        db: Database,
        migrations_table: str = "__drizzle_migrations",
        migrations_schema: str = "drizzle",
    ) -> list[str]:
        """Every base table of the current database but the migrations bookkeeping table
        (MySQL keeps it in the current database: ``migrations_schema`` does not apply)."""
        rows = db.execute(
            SQL(
                [
                    Raw("select table_name as t from information_schema.tables "),
                    Raw("where table_schema = database() and table_type = 'BASE TABLE' "),
                    Raw("and table_name <> "),
                    migrations_table,
                ]
            )
        )
        return [db.dialect.escape_name(str(r["t"])) for r in rows]

    def empty_tables(self, db: Database, tables: list[str]) -> None:
        """TRUNCATE every table with foreign key checks off (MySQL refuses otherwise)."""
        if not tables:
            return
        db.execute("set foreign_key_checks = 0")
        try:
            for table in tables:
                db.execute(f"truncate table {table}")
        finally:
            db.execute("set foreign_key_checks = 1")
