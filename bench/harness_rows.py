"""The harness side of the row benchmarks (select_rows on PostgreSQL, mysql_rows on MariaDB):
the same three cases against whichever engine a module's ``setup`` connects to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Setup = Callable[[], dict[str, Any]]


def harness_cases(setup: Setup) -> dict[str, Callable[[], Callable[[], Any]]]:
    """``harness_by_pk``, ``harness_100_rows``, ``harness_insert_1_row`` over ``setup()``'s
    ``db``, ``table`` (100 rows) and ``inserts`` (an empty table)."""

    def harness_100_rows() -> Callable[[], Any]:
        state = setup()
        db, table = state["db"], state["table"]
        return lambda: db.select().from_(table).all()

    def harness_by_pk() -> Callable[[], Any]:
        from harness import eq

        state = setup()
        db, table = state["db"], state["table"]
        return lambda: db.select().from_(table).where(eq(table.id, 5)).all()

    def harness_insert_1_row() -> Callable[[], Any]:
        state = setup()
        db, table = state["db"], state["inserts"]
        return lambda: db.insert(table).values({"name": "x", "ok": True, "n": 3}).execute()

    return {
        "harness_by_pk": harness_by_pk,
        "harness_100_rows": harness_100_rows,
        "harness_insert_1_row": harness_insert_1_row,
    }
