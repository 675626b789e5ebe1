"""Seeding linearity: ``seed()`` of the example blog schema (users with a self-reference,
posts, comments, tags) at 1k and at 10k rows per table, PostgreSQL.

One pair, ``seed_10k_per_table`` vs ``seed_1k_per_table``, both reported per row inserted
(count x 4 tables); the ratio is the per-row time at 10k over the per-row time at 1k, so a
seeder whose cost grows linearly with the row count shows ~1.0x.  Every call starts from
empty tables: ``reset(db, schema)`` (TRUNCATE ... RESTART IDENTITY) runs before each call,
untimed.  Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.databases import drop_at_exit

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
BLOG = Path(__file__).parents[1] / "examples" / "blog"
TABLES = 4
_STATE: dict[str, Any] = {}


def _setup() -> tuple[Any, Any]:
    if not _STATE:
        if str(BLOG) not in sys.path:
            sys.path.insert(0, str(BLOG))
        from blog_schema import postgres as schema
        from harness import connect
        from harness.kit import create_schema

        admin = connect(URL)
        admin.execute("drop database if exists harness_bench_seed with (force)")
        admin.execute("create database harness_bench_seed")
        drop_at_exit(URL, "harness_bench_seed")
        admin.close()
        db = connect(URL.rsplit("/", 1)[0] + "/harness_bench_seed")
        create_schema(db, schema)
        _STATE.update(db=db, schema=schema)
    return _STATE["db"], _STATE["schema"]


def _seed(count: int) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from harness.seed import reset, seed

    db, schema = _setup()
    return lambda: seed(db, schema, count=count, seed=1).run(), lambda: reset(db, schema)


def seed_1k() -> tuple[Callable[[], Any], Callable[[], Any]]:
    return _seed(1_000)


def seed_10k() -> tuple[Callable[[], Any], Callable[[], Any]]:
    return _seed(10_000)


CASES = {"seed_10k_per_table": seed_10k, "seed_1k_per_table": seed_1k}
PAIRS = [("seed_10k_per_table", "seed_1k_per_table")]
PER_CALL = {"seed_10k_per_table": 10_000 * TABLES, "seed_1k_per_table": 1_000 * TABLES}
