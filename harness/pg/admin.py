"""PostgreSQL database administration for the harness: create, drop, clone from a template.

A template's last use is kept in its database comment (``harness: last used <epoch>``), on the
server itself, so that every host and checkout sharing the server sees the same clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from harness.sql.chunks import SQL, Name, Raw

if TYPE_CHECKING:
    from harness.core.database import Database


_LAST_USED = re.compile(r"harness: last used (\d+)")


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

    def record_use(self, admin: Database, name: str, when: float) -> None:
        # COMMENT takes no parameters; the text is ours (digits only)
        note = f"'harness: last used {int(when)}'"
        admin.execute(SQL([Raw("comment on database "), Name(name), Raw(f" is {note}")]))

    def last_uses(self, admin: Database, prefix: str) -> dict[str, float | None]:
        rows = admin.execute(
            SQL(
                [
                    Raw("select datname, shobj_description(oid, 'pg_database') as note "),
                    Raw("from pg_database where datname like "),
                    prefix + "%",
                ]
            )
        )
        uses: dict[str, float | None] = {}
        for row in rows:
            found = _LAST_USED.search(row["note"] or "")
            uses[row["datname"]] = float(found.group(1)) if found else None
        return uses

    def user_tables(
        self,
        db: Database,
        migrations_table: str = "__drizzle_migrations",
        migrations_schema: str = "drizzle",
    ) -> list[str]:
        """Qualified names of every user table (for TRUNCATE after committed tests), without
        the migrations bookkeeping table ``migrations_schema.migrations_table``."""
        rows = db.execute(
            SQL(
                [
                    Raw("select quote_ident(schemaname) || '.' || quote_ident(tablename) as t "),
                    Raw("from pg_tables where schemaname not in ('pg_catalog', "),
                    Raw("'information_schema') and not (schemaname = "),
                    migrations_schema,
                    Raw(" and tablename = "),
                    migrations_table,
                    Raw(")"),
                ]
            )
        )
        return [r["t"] for r in rows]

    def empty_tables(self, db: Database, tables: list[str]) -> None:
        if tables:
            db.execute(f"truncate {', '.join(tables)} restart identity cascade")
