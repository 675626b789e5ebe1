"""Reading and writing rows on MariaDB: harness vs raw PyMySQL (the floor).

Pairs (time per call, one statement each), the same three as ``select_rows`` on PostgreSQL:

- ``harness_by_pk`` vs ``raw_pymysql_by_pk``: one row of four columns by primary key;
- ``harness_100_rows`` vs ``raw_pymysql_100_rows``: 100 rows of four columns (int, varchar,
  boolean, int);
- ``harness_insert_1_row`` vs ``raw_pymysql_insert_1_row``: one row inserted
  (auto-increment key), autocommit.

The raw side sends the statement text the harness renders (``%s`` placeholders) on its own
autocommit PyMySQL connection (utf8mb4, same as the harness session) and reads rows with
``DictCursor``; it does not decode ``boolean`` (TINYINT) to ``bool``, the harness does.  The
harness cases build, compile and run the query on every call.  Needs the local MariaDB/MySQL
(``HARNESS_MYSQL_URL``, default mysql://root@127.0.0.1:3306/test).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from bench.harness_rows import harness_cases

URL = os.environ.get("HARNESS_MYSQL_URL", "mysql://root@127.0.0.1:3306/test")
_STATE: dict[str, Any] = {}


def _setup() -> dict[str, Any]:
    if _STATE:
        return _STATE
    import pymysql

    from harness import connect
    from harness.kit import create_schema
    from harness.mysql import boolean, int_, mysql_table, serial, varchar

    db = connect(URL)
    db.execute("drop table if exists bench_select_rows")
    db.execute("drop table if exists bench_insert_rows")
    table = mysql_table(
        "bench_select_rows",
        {"id": int_().primary_key(), "name": varchar(length=50), "ok": boolean(), "n": int_()},
    )
    inserts = mysql_table(
        "bench_insert_rows",
        {"id": serial().primary_key(), "name": varchar(length=50), "ok": boolean(), "n": int_()},
    )
    create_schema(db, [table, inserts])
    rows = [{"id": i, "name": f"n{i}", "ok": i % 2 == 0, "n": i * 3} for i in range(100)]
    db.insert(table).values(rows).execute()
    parts = urlsplit(URL)
    raw = pymysql.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 3306,
        user=parts.username or "root",
        password=parts.password or "",
        database=parts.path.lstrip("/"),
        charset="utf8mb4",
        autocommit=True,
    )
    _STATE.update(db=db, table=table, inserts=inserts, raw=raw)
    return _STATE


def _raw(query: str, params: tuple[Any, ...] | None, rows: bool = True) -> Callable[[], Any]:
    from pymysql.cursors import DictCursor

    raw = _setup()["raw"]

    def run() -> Any:
        with raw.cursor(DictCursor) as cur:
            cur.execute(query, params)
            return cur.fetchall() if rows else cur.rowcount

    return run


def raw_pymysql_100_rows() -> Callable[[], Any]:
    return _raw("select `id`, `name`, `ok`, `n` from `bench_select_rows`", None)


def raw_pymysql_by_pk() -> Callable[[], Any]:
    return _raw(
        "select `id`, `name`, `ok`, `n` from `bench_select_rows` "
        "where `bench_select_rows`.`id` = %s",
        (5,),
    )


def raw_pymysql_insert_1_row() -> Callable[[], Any]:
    return _raw(
        "insert into `bench_insert_rows` (`id`, `name`, `ok`, `n`) values (default, %s, %s, %s)",
        ("x", True, 3),
        rows=False,
    )


CASES = {
    **harness_cases(_setup),
    "raw_pymysql_by_pk": raw_pymysql_by_pk,
    "raw_pymysql_100_rows": raw_pymysql_100_rows,
    "raw_pymysql_insert_1_row": raw_pymysql_insert_1_row,
}
PAIRS = [
    ("harness_by_pk", "raw_pymysql_by_pk"),
    ("harness_100_rows", "raw_pymysql_100_rows"),
    ("harness_insert_1_row", "raw_pymysql_insert_1_row"),
]
