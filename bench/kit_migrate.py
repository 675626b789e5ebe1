"""Kit: applying the richest fixture folder (cold) and an up-to-date check (warm), PostgreSQL.

Anchor: the same statements sent by raw psycopg in one transaction, with no bookkeeping — the
least any migrator can do.  Cold cases reset the schemas first (both sides pay the same reset).
Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``, default postgresql://postgres@127.0.0.1/test).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).parents[1] / "tests" / "conformance" / "drizzle_ref" / "out" / "pg_rich"
URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
RESET = (
    "drop schema if exists shop cascade; drop schema if exists drizzle cascade; "
    "drop schema if exists public cascade; create schema public"
)


def _bench_database() -> str:
    import psycopg

    with psycopg.connect(URL, autocommit=True) as admin:
        admin.execute("drop database if exists harness_bench_kit with (force)")
        admin.execute("create database harness_bench_kit")
    return URL.rsplit("/", 1)[0] + "/harness_bench_kit"


def harness_cold() -> Callable[[], Any]:
    from harness import connect
    from harness.kit import migrate

    db = connect(_bench_database())

    def run() -> Any:
        db.execute(RESET)
        return migrate(db, OUT)

    return run


def harness_warm() -> Callable[[], Any]:
    from harness import connect
    from harness.kit import migrate

    db = connect(_bench_database())
    db.execute(RESET)
    migrate(db, OUT)
    return lambda: migrate(db, OUT)


def raw_psycopg_cold() -> Callable[[], Any]:
    import psycopg

    from harness.kit import read_out_folder

    statements = [s for m in read_out_folder(OUT) for s in m.statements]
    conn = psycopg.connect(_bench_database(), autocommit=True)

    def run() -> None:
        conn.execute(RESET)
        with conn.transaction():
            for statement in statements:
                conn.execute(statement)

    return run


CASES = {
    "harness_migrate_cold": harness_cold,
    "harness_migrate_warm_up_to_date": harness_warm,
    "raw_psycopg_apply_cold": raw_psycopg_cold,
}
ANCHOR = "raw_psycopg_apply_cold"
