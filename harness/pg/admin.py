"""PostgreSQL database administration for the harness: create, drop, clone from a template."""

from __future__ import annotations

from harness.core.database import Database
from harness.sql.chunks import SQL, Name, Raw

#: ``create_database(name, template)`` copies the template (else: load the schema again)
COPIES_TEMPLATES = True


def database_names(admin: Database, prefix: str) -> list[str]:
    rows = admin.execute(
        SQL([Raw("select datname from pg_database where datname like "), prefix + "%"])
    )
    return sorted(r["datname"] for r in rows)


def create_database(admin: Database, name: str, template: str | None = None) -> None:
    """``CREATE DATABASE`` (from ``template`` after ending its sessions: PostgreSQL refuses to
    copy a database somebody is connected to)."""
    if template is None:
        admin.execute(SQL([Raw("create database "), Name(name)]))
        return
    terminate_sessions(admin, template)
    admin.execute(SQL([Raw("create database "), Name(name), Raw(" template "), Name(template)]))


def terminate_sessions(admin: Database, name: str) -> None:
    admin.execute(
        SQL(
            [
                Raw("select pg_terminate_backend(pid) from pg_stat_activity where datname = "),
                name,
                Raw(" and pid <> pg_backend_pid()"),
            ]
        )
    )


def rename_database(admin: Database, old: str, new: str) -> None:
    terminate_sessions(admin, old)
    admin.execute(SQL([Raw("alter database "), Name(old), Raw(" rename to "), Name(new)]))


def drop_database(admin: Database, name: str) -> None:
    admin.execute(SQL([Raw("drop database if exists "), Name(name), Raw(" with (force)")]))


def server_version(admin: Database) -> str:
    rows = admin.execute("show server_version")
    return f"PostgreSQL {rows[0]['server_version']}"


def user_tables(db: Database) -> list[str]:
    """Qualified names of every user table (for TRUNCATE after committed tests)."""
    rows = db.execute(
        "select quote_ident(schemaname) || '.' || quote_ident(tablename) as t from pg_tables "
        "where schemaname not in ('pg_catalog', 'information_schema', 'drizzle')"
    )
    return [r["t"] for r in rows]


def empty_tables(db: Database, tables: list[str]) -> None:
    if tables:
        db.execute(f"truncate {', '.join(tables)} restart identity cascade")
