"""Small tables for single features, declared per dialect."""

from __future__ import annotations

import itertools

from harness import Table


def counters_table(dialect: str) -> Table:
    """A table whose ``stamp`` is computed by ``on_update_fn`` on insert and every update."""
    versions = itertools.count(1)

    def stamp() -> str:
        return f"v{next(versions)}"

    if dialect == "postgres":
        from harness import pg

        return pg.pg_table(
            "counters",
            {
                "id": pg.integer().primary_key(),
                "n": pg.integer(),
                "stamp": pg.text().on_update_fn(stamp),
            },
        )
    if dialect == "mysql":
        from harness import mysql

        return mysql.mysql_table(
            "counters",
            {
                "id": mysql.int_().primary_key(),
                "n": mysql.int_(),
                "stamp": mysql.text().on_update_fn(stamp),
            },
        )
    from harness import sqlite

    return sqlite.sqlite_table(
        "counters",
        {
            "id": sqlite.integer().primary_key(),
            "n": sqlite.integer(),
            "stamp": sqlite.text().on_update_fn(stamp),
        },
    )
