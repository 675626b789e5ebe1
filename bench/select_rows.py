"""Reading and writing rows on PostgreSQL: harness vs raw psycopg (the floor).

Pairs (time per call, one statement each):

- ``harness_by_pk`` vs ``raw_psycopg_by_pk``: one row of four columns by primary key;
- ``harness_100_rows`` vs ``raw_psycopg_100_rows``: 100 rows of four columns (integer,
  varchar, boolean, integer);
- ``harness_insert_1_row`` vs ``raw_psycopg_insert_1_row``: one row inserted (serial key,
  no RETURNING), autocommit.

Both sides read rows as dicts (psycopg's ``dict_row`` on the raw side) and send the very
statement text the harness renders (``$n`` placeholders through a psycopg ``RawCursor``), on
their own autocommit connection with psycopg's default prepare threshold.  The harness cases
build, compile and run the query on every call (no prepared builder), as application code
does.  Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from bench.harness_rows import harness_cases

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
_STATE: dict[str, Any] = {}


def _setup() -> dict[str, Any]:
    if _STATE:
        return _STATE
    import psycopg

    from harness import connect
    from harness.kit import create_schema
    from harness.pg import boolean, integer, pg_table, serial, varchar

    db = connect(URL)
    db.execute("drop table if exists bench_select_rows")
    db.execute("drop table if exists bench_insert_rows")
    table = pg_table(
        "bench_select_rows",
        {
            "id": integer().primary_key(),
            "name": varchar(length=50),
            "ok": boolean(),
            "n": integer(),
        },
    )
    inserts = pg_table(
        "bench_insert_rows",
        {
            "id": serial().primary_key(),
            "name": varchar(length=50),
            "ok": boolean(),
            "n": integer(),
        },
    )
    create_schema(db, [table, inserts])
    rows = [{"id": i, "name": f"n{i}", "ok": i % 2 == 0, "n": i * 3} for i in range(100)]
    db.insert(table).values(rows).execute()
    _STATE.update(db=db, table=table, inserts=inserts, raw=psycopg.connect(URL, autocommit=True))
    return _STATE


def _raw(query: str, params: tuple[Any, ...], rows: bool = True) -> Callable[[], Any]:
    import psycopg
    from psycopg.rows import dict_row

    raw = _setup()["raw"]

    def run() -> Any:
        with psycopg.RawCursor(raw, row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall() if rows else cur.rowcount

    return run


def raw_psycopg_100_rows() -> Callable[[], Any]:
    return _raw('select "id", "name", "ok", "n" from "bench_select_rows"', ())


def raw_psycopg_by_pk() -> Callable[[], Any]:
    return _raw(
        'select "id", "name", "ok", "n" from "bench_select_rows" '
        'where "bench_select_rows"."id" = $1',
        (5,),
    )


def raw_psycopg_insert_1_row() -> Callable[[], Any]:
    return _raw(
        'insert into "bench_insert_rows" ("id", "name", "ok", "n") values (default, $1, $2, $3)',
        ("x", True, 3),
        rows=False,
    )


CASES = {
    **harness_cases(_setup),
    "raw_psycopg_by_pk": raw_psycopg_by_pk,
    "raw_psycopg_100_rows": raw_psycopg_100_rows,
    "raw_psycopg_insert_1_row": raw_psycopg_insert_1_row,
}
PAIRS = [
    ("harness_by_pk", "raw_psycopg_by_pk"),
    ("harness_100_rows", "raw_psycopg_100_rows"),
    ("harness_insert_1_row", "raw_psycopg_insert_1_row"),
]
