"""Small tables for single features, declared per dialect."""

from __future__ import annotations

import itertools
from typing import Any


def counters_table(dialect: str) -> Any:
    """A table whose ``stamp`` is computed by ``on_update_fn`` on insert and every update."""
    versions = itertools.count(1)

    def stamp() -> str:
        return f"v{next(versions)}"

    if dialect == "postgres":
        from harness.pg import integer, pg_table, text

        return pg_table(
            "counters",
            {"id": integer().primary_key(), "n": integer(), "stamp": text().on_update_fn(stamp)},
        )
    if dialect == "mysql":
        from harness.mysql import int_, mysql_table, text

        return mysql_table(
            "counters",
            {"id": int_().primary_key(), "n": int_(), "stamp": text().on_update_fn(stamp)},
        )
    from harness.sqlite import integer, sqlite_table, text

    return sqlite_table(
        "counters",
        {"id": integer().primary_key(), "n": integer(), "stamp": text().on_update_fn(stamp)},
    )
