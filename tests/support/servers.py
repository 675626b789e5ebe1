"""Create, reset and drop per-run databases on the local PostgreSQL/MariaDB services."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def create_database(dialect: str, server_url: str, name: str) -> str:
    from harness import connect

    admin = connect(server_url)
    try:
        if dialect == "postgres":
            admin.execute(f'create database "{name}"')
        else:
            admin.execute(f"create database `{name}` character set utf8mb4")
    finally:
        admin.close()
    return _with_database(server_url, name)


def drop_database(dialect: str, server_url: str, name: str) -> None:
    from harness import connect

    admin = connect(server_url)
    try:
        if dialect == "postgres":
            admin.execute(f'drop database if exists "{name}" with (force)')
        else:
            admin.execute(f"drop database if exists `{name}`")
    finally:
        admin.close()


def reset_database(dialect: str, url: str) -> None:
    """Empty the database: every user schema (PostgreSQL) or every table (MySQL) goes."""
    from harness import connect

    db = connect(url)
    try:
        if dialect == "postgres":
            rows = db.execute(
                "select nspname from pg_namespace where nspname not like 'pg\\_%' "
                "and nspname not in ('information_schema')"
            )
            for row in rows:
                db.execute(f'drop schema "{row["nspname"]}" cascade')
            db.execute("create schema public")
        else:
            name = urlsplit(url).path.lstrip("/")
            db.execute(f"drop database if exists `{name}`")
            db.execute(f"create database `{name}` character set utf8mb4")
    finally:
        db.close()
