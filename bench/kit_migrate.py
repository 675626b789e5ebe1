"""Kit: applying the richest fixture folder (cold) and an up-to-date check (warm), PostgreSQL.

Pairs:

- ``harness_migrate_cold`` vs ``raw_psycopg_apply_cold`` (the floor): the same statements sent
  by raw psycopg in one transaction, with no bookkeeping, the least any migrator can do.  Both
  start from empty schemas: the reset runs before every call, untimed.
- ``harness_migrate_warm_up_to_date`` vs ``raw_psycopg_read_bookkeeping`` (the floor): the
  least an up-to-date check needs, one select of the recorded hashes.
Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``, default postgresql://postgres@127.0.0.1/test).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.databases import drop_at_exit

OUT = Path(__file__).parents[1] / "tests" / "conformance" / "drizzle_ref" / "out" / "pg_rich"
URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
RESET = (
    "drop schema if exists shop cascade; drop schema if exists drizzle cascade; "
    "drop schema if exists public cascade; create schema public"
)


_STATE: dict[str, str] = {}


def _bench_database() -> str:
    """Created once per run: every case of this module shares it."""
    if "url" not in _STATE:
        import psycopg

        with psycopg.connect(URL, autocommit=True) as admin:
            admin.execute("drop database if exists harness_bench_kit with (force)")
            admin.execute("create database harness_bench_kit")
            drop_at_exit(URL, "harness_bench_kit")
        _STATE["url"] = URL.rsplit("/", 1)[0] + "/harness_bench_kit"
    return _STATE["url"]


def harness_cold() -> tuple[Callable[[], Any], Callable[[], Any]]:
    from harness import connect
    from harness.kit import migrate

    db = connect(_bench_database())
    return lambda: migrate(db, OUT), lambda: db.execute(RESET)


def harness_warm() -> Callable[[], Any]:
    from harness import connect
    from harness.kit import migrate

    db = connect(_bench_database())
    db.execute(RESET)  # the cold pair may have left statements applied without bookkeeping
    migrate(db, OUT)
    return lambda: migrate(db, OUT)


def raw_psycopg_cold() -> tuple[Callable[[], Any], Callable[[], Any]]:
    import psycopg

    from harness.kit import read_out_folder

    statements = [s for m in read_out_folder(OUT) for s in m.statements]
    conn = psycopg.connect(_bench_database(), autocommit=True)

    def run() -> None:
        with conn.transaction():
            for statement in statements:
                conn.execute(statement)

    return run, lambda: conn.execute(RESET)


def raw_psycopg_bookkeeping() -> Callable[[], Any]:
    import psycopg

    from harness import connect
    from harness.kit import migrate

    db = connect(_bench_database())
    conn = psycopg.connect(_bench_database(), autocommit=True)

    def run() -> Any:
        return conn.execute(
            "select hash, created_at from drizzle.__drizzle_migrations order by created_at"
        ).fetchall()

    db.execute(RESET)
    migrate(db, OUT)
    return run


CASES = {
    "harness_migrate_cold": harness_cold,
    "harness_migrate_warm_up_to_date": harness_warm,
    "raw_psycopg_apply_cold": raw_psycopg_cold,
    "raw_psycopg_read_bookkeeping": raw_psycopg_bookkeeping,
}
PAIRS = [
    ("harness_migrate_cold", "raw_psycopg_apply_cold"),
    ("harness_migrate_warm_up_to_date", "raw_psycopg_read_bookkeeping"),
]
