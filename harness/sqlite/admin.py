"""SQLite "database administration": databases are files in a directory."""

from __future__ import annotations

from harness.core.database import Database


def server_version(admin: Database) -> str:
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}"


def user_tables(db: Database) -> list[str]:
    rows = db.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
        "and name <> '__drizzle_migrations'"
    )
    return ['"' + str(r["name"]).replace('"', '""') + '"' for r in rows]


def empty_tables(db: Database, tables: list[str]) -> None:
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
