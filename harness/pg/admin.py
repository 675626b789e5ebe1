"""PostgreSQL database administration for the harness: create, drop, clone from a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness.sql.chunks import SQL, Name, Raw

if TYPE_CHECKING:
    from harness.core.database import Database


class PgAdmin:
    """``harness.core.parts.Admin`` for PostgreSQL: templates are copied by the server."""

    copies_templates = True

    def database_names(self, admin: Database, prefix: str) -> list[str]:
        rows = admin.execute(
            SQL([Raw("select datname from pg_database where datname like "), prefix + "%"])
        )
        return sorted(r["datname"] for r in rows)

    def create_database(self, admin: Database, name: str, template: str | None = None) -> None:
        """``CREATE DATABASE`` (from ``template`` after ending its sessions: PostgreSQL refuses to
        copy a database somebody is connected to)."""
        if template is None:
            admin.execute(SQL([Raw("create database "), Name(name)]))
            return
        self.terminate_sessions(admin, template)
        admin.execute(SQL([Raw("create database "), Name(name), Raw(" template "), Name(template)]))

    def terminate_sessions(self, admin: Database, name: str) -> None:
        admin.execute(
            SQL(
                [
                    Raw("select pg_terminate_backend(pid) from pg_stat_activity where datname = "),
                    name,
                    Raw(" and pid <> pg_backend_pid()"),
                ]
            )
        )

    def rename_database(self, admin: Database, old: str, new: str) -> None:
        self.terminate_sessions(admin, old)
        admin.execute(SQL([Raw("alter database "), Name(old), Raw(" rename to "), Name(new)]))

    def drop_database(self, admin: Database, name: str) -> None:
        admin.execute(SQL([Raw("drop database if exists "), Name(name), Raw(" with (force)")]))

    def server_version(self, admin: Database) -> str:
        rows = admin.execute("show server_version")
        return f"PostgreSQL {rows[0]['server_version']}"

    def user_tables(self, db: Database) -> list[str]:
        """Qualified names of every user table (for TRUNCATE after committed tests)."""
        rows = db.execute(
            "select quote_ident(schemaname) || '.' || quote_ident(tablename) as t from pg_tables "
            "where schemaname not in ('pg_catalog', 'information_schema', 'drizzle')"
        )
        return [r["t"] for r in rows]

    def empty_tables(self, db: Database, tables: list[str]) -> None:
        if tables:
            db.execute(f"truncate {', '.join(tables)} restart identity cascade")
