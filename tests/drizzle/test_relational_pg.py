"""Drizzle's PostgreSQL relational-query suite (``integration-tests/tests/relational/
pg.test.ts``), ported.

The tests the three relational suites share live in ``relational_cases.py``; this module gives
them the ``rdb`` fixture for PostgreSQL and holds the tests only this file has.  Status, pending
tests and adaptations: ``STATUS_relational.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness import Database, connect
from harness.kit import create_schema
from tests.drizzle.relational_cases import *  # noqa: F403
from tests.drizzle.relational_cases import (  # noqa: F401
    test_filter_by_columns_not_present_in_select,
    test_find_many_get_schema_users_db_name_ts_name_match,
    test_find_many_get_schema_users_db_name_ts_name_mismatch,
)
from tests.drizzle.relational_schema import pg_schema

pytestmark = pytest.mark.dialects("postgres")


@pytest.fixture
def rdb(db: Database, db_url: str) -> Iterator[Database]:
    """The upstream tables (``schemaV1``'s too), created and empty, and a connection whose
    ``db.query`` knows their relations (upstream's ``beforeEach``)."""
    tables = pg_schema()
    create_schema(db, [*tables.tables(), tables.users_v1, tables.users_table_v1])
    database = connect(db_url, schema=tables.declarations)
    try:
        yield database
    finally:
        database.close()
