"""Per-test isolation overhead on PostgreSQL: one call = the isolation work around one test.

Cases:

- ``harness_db_fixture``: what the plugin's ``db`` fixture does around each test
  (``begin_test`` + ``end_test`` on the worker connection);
- ``harness_db_client``: the same around a test that takes ``db.client`` (the driver
  connection, guarded so that its commit/rollback stay inside the test);
- ``bare_begin_rollback`` (the floor): ``begin`` + ``rollback`` with psycopg on one
  autocommit connection;
- ``pytest_postgresql_clone`` (peer): what pytest-postgresql's ``postgresql`` fixture does per
  test (its ``DatabaseJanitor``: CREATE DATABASE ... TEMPLATE, connect, DROP DATABASE), from an
  empty template database.

Needs the local PostgreSQL (``HARNESS_POSTGRES_URL``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from bench.databases import drop_at_exit

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def harness_db_fixture() -> Callable[[], Any]:
    from harness import connect
    from harness_pytest.session_db import begin_test, end_test

    connection = connect(URL)

    def run() -> None:
        transaction, _db = begin_test(connection)
        end_test(transaction)

    return run


def harness_db_client() -> Callable[[], Any]:
    """The ``db`` fixture around a test that hands ``db.client`` to the code under test."""
    from harness import connect
    from harness_pytest.session_db import begin_test, end_test

    connection = connect(URL)

    def run() -> None:
        transaction, test_db = begin_test(connection)
        test_db.client.cursor()
        end_test(transaction)

    return run


def bare_begin_rollback() -> Callable[[], Any]:
    import psycopg

    conn = psycopg.connect(URL, autocommit=True)

    def run() -> None:
        conn.execute("begin")
        conn.execute("rollback")

    return run


def pytest_postgresql_clone() -> Callable[[], Any]:
    import psycopg
    from pytest_postgresql.janitor import DatabaseJanitor

    parts = urlsplit(URL)
    common = {
        "user": parts.username or "postgres",
        "host": parts.hostname,
        "port": parts.port or 5432,
        "password": parts.password,
    }
    with psycopg.connect(URL, autocommit=True) as admin:
        version = admin.info.server_version // 10000
        admin.execute("drop database if exists bench_tmpl with (force)")
        admin.execute("create database bench_tmpl")
        drop_at_exit(URL, "bench_tmpl")
    counter = itertools.count()

    def run() -> None:
        name = f"bench_test_{next(counter) % 4}"
        janitor = DatabaseJanitor(
            dbname=name, template_dbname="bench_tmpl", version=version, **common
        )
        janitor.init()
        with psycopg.connect(URL.rsplit("/", 1)[0] + f"/{name}"):
            pass
        janitor.drop()

    return run


CASES = {
    "harness_db_fixture": harness_db_fixture,
    "harness_db_client": harness_db_client,
    "bare_begin_rollback": bare_begin_rollback,
    "pytest_postgresql_clone": pytest_postgresql_clone,
}
PAIRS = [
    ("harness_db_fixture", "bare_begin_rollback"),
    ("harness_db_client", "bare_begin_rollback"),
    ("harness_db_fixture", "pytest_postgresql_clone"),
]
