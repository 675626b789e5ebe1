"""SQLite "database administration": databases are files in a directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness.core.errors import HarnessError

if TYPE_CHECKING:
    from harness.core.database import Database

_FILES = "SQLite databases are files: harness.servers.SQLiteServer creates, copies and removes them"


class SQLiteAdmin:
    """``harness.core.parts.Admin`` for SQLite.  Databases are files in a folder, managed by
    ``SQLiteServer`` without a connection, so the database-level operations refuse."""

    copies_templates = False

    def database_names(self, admin: Database, prefix: str) -> list[str]:
        raise HarnessError(_FILES)

    def create_database(self, admin: Database, name: str, template: str | None = None) -> None:
        raise HarnessError(_FILES)

    def drop_database(self, admin: Database, name: str) -> None:
        raise HarnessError(_FILES)

    def rename_database(self, admin: Database, old: str, new: str) -> None:
        raise HarnessError(_FILES)

    def server_version(self, admin: Database) -> str:
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"

    def record_use(self, admin: Database, name: str, when: float) -> None:
        raise HarnessError(_FILES)

    def last_uses(self, admin: Database, prefix: str) -> dict[str, float | None]:
        raise HarnessError(_FILES)

    def user_tables(
        self,
        db: Database,
        migrations_table: str = "__drizzle_migrations",
        migrations_schema: str = "drizzle",
    ) -> list[str]:
        """Every table but SQLite's own and the migrations bookkeeping table
        (``migrations_schema`` does not apply to SQLite)."""
        rows = db.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and name <> ?",
            [migrations_table],
        )
        return [db.dialect.escape_name(str(r["name"])) for r in rows]

    def empty_tables(self, db: Database, tables: list[str]) -> None:
        """DELETE every row and reset AUTOINCREMENT counters (SQLite has no TRUNCATE)."""
        if not tables:
            return
        db.execute("pragma foreign_keys = off")
        try:
            for table in tables:
                db.execute(f"delete from {table}")
            exists = db.execute("select 1 from sqlite_master where name = 'sqlite_sequence'")
            if exists:
                db.execute("delete from sqlite_sequence")
        finally:
            db.execute("pragma foreign_keys = on")
