"""Reading rows on PostgreSQL: harness selects vs raw psycopg with dict rows (the floor).

Cases (time per query):
- ``raw_psycopg_100_rows`` (anchor) / ``harness_100_rows``: 100 rows of four columns
  (integer, varchar, boolean, integer), as dicts;
- ``raw_psycopg_by_pk`` / ``harness_by_pk``: one row by primary key.

The harness cases build, compile and run the query each call (no prepared statement), as
application code does.  Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
_STATE: dict[str, Any] = {}


def _setup() -> dict[str, Any]:
    if _STATE:
        return _STATE
    import psycopg

    from harness import connect
    from harness.kit import push
    from harness.pg import boolean, integer, pg_table, varchar

    db = connect(URL)
    db.execute("drop table if exists bench_select_rows")
    table = pg_table(
        "bench_select_rows",
        {
            "id": integer().primary_key(),
            "name": varchar(length=50),
            "ok": boolean(),
            "n": integer(),
        },
    )
    push(db, [table])
    rows = [{"id": i, "name": f"n{i}", "ok": i % 2 == 0, "n": i * 3} for i in range(100)]
    db.insert(table).values(rows).execute()
    _STATE.update(db=db, table=table, raw=psycopg.connect(URL, autocommit=True))
    return _STATE


def _raw(query: str, params: tuple[Any, ...]) -> Callable[[], Any]:
    from psycopg.rows import dict_row

    raw = _setup()["raw"]

    def run() -> Any:
        with raw.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall()

    return run


def raw_psycopg_100_rows() -> Callable[[], Any]:
    return _raw('select "id", "name", "ok", "n" from "bench_select_rows"', ())


def harness_100_rows() -> Callable[[], Any]:
    state = _setup()
    db, table = state["db"], state["table"]
    return lambda: db.select().from_(table).all()


def raw_psycopg_by_pk() -> Callable[[], Any]:
    return _raw('select "id", "name", "ok", "n" from "bench_select_rows" where "id" = %s', (5,))


def harness_by_pk() -> Callable[[], Any]:
    from harness import eq

    state = _setup()
    db, table = state["db"], state["table"]
    return lambda: db.select().from_(table).where(eq(table.id, 5)).all()


CASES = {
    "raw_psycopg_100_rows": raw_psycopg_100_rows,
    "harness_100_rows": harness_100_rows,
    "raw_psycopg_by_pk": raw_psycopg_by_pk,
    "harness_by_pk": harness_by_pk,
}
ANCHOR = "raw_psycopg_100_rows"
