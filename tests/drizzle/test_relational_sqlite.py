"""Drizzle's SQLite relational-query suite (``integration-tests/tests/relational/
bettersqlite.test.ts``), ported.

The tests the three relational suites share live in ``relational_cases.py``; this module gives
them the ``rdb`` fixture for SQLite and holds the tests only this file has.  Status, pending
tests and adaptations: ``STATUS_relational.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness import Database, connect
from harness.kit import create_schema
from tests.drizzle.relational_cases import *  # noqa: F403
from tests.drizzle.relational_schema import sqlite_schema

pytestmark = pytest.mark.dialects("sqlite")


@pytest.fixture
def rdb(db: Database, db_url: str) -> Iterator[Database]:
    """The upstream tables, created and empty, and a connection whose ``db.query`` knows
    their relations (upstream's ``beforeEach``)."""
    tables = sqlite_schema()
    create_schema(db, tables.tables())
    database = connect(db_url, schema=tables.declarations)
    try:
        yield database
    finally:
        database.close()


def test_async_api(rdb: Database) -> None:
    """upstream: "async api"

    The Python API is synchronous: the calls upstream awaits are plain calls here."""
    t = sqlite_schema()
    rdb.insert(t.users_table).values([{"id": 1, "name": "Dan"}]).execute()
    users = rdb.query.users_table.find_many()
    assert users == [{"id": 1, "name": "Dan", "verified": 0, "invited_by": None}]


def test_async_api_prepare(rdb: Database) -> None:
    """upstream: "async api - prepare" """
    t = sqlite_schema()
    insert_stmt = rdb.insert(t.users_table).values([{"id": 1, "name": "Dan"}]).prepare()
    insert_stmt.execute()
    query_stmt = rdb.query.users_table.prepare_find_many()
    users = query_stmt.execute()
    assert users == [{"id": 1, "name": "Dan", "verified": 0, "invited_by": None}]
