"""Drizzle's MySQL relational-query suite (``integration-tests/tests/relational/
mysql.test.ts``), ported; it runs on MariaDB 10.11.

The tests the three relational suites share live in ``relational_cases.py``; this module gives
them the ``rdb`` fixture for MySQL and holds the tests only this file has.  Status, pending
tests, MariaDB differences and adaptations: ``STATUS_relational.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness import Database, connect
from harness.kit import create_schema
from tests.drizzle.relational_cases import *  # noqa: F403
from tests.drizzle.relational_cases import (  # noqa: F401
    test_find_many_get_schema_users_db_name_ts_name_match,
    test_find_many_get_schema_users_db_name_ts_name_mismatch,
)
from tests.drizzle.relational_schema import mysql_schema

pytestmark = pytest.mark.dialects("mysql")

_USERS_V1_COLUMNS = (
    "(`id` serial primary key, `name` text not null, `verified` boolean not null default false, "
    "`invited_by` bigint)"
)


@pytest.fixture
def rdb(db: Database, db_url: str) -> Iterator[Database]:
    """The upstream tables, created and empty, and a connection whose ``db.query`` knows their
    relations (upstream's ``beforeEach``).  ``schemaV1`` is a database of its own on MySQL: its
    tables are created by hand as upstream does (``create_schema`` leaves tables of other MySQL
    schemas out), and it is dropped again afterwards."""
    tables = mysql_schema()
    create_schema(db, tables.tables())
    db.execute("drop database if exists `schemaV1`")
    db.execute("create database `schemaV1`")
    database = None
    try:
        for name in ("usersV1", "users_table_V1"):
            db.execute(f"create table `schemaV1`.`{name}` {_USERS_V1_COLUMNS}")
        database = connect(db_url, schema=tables.declarations)
        yield database
    finally:
        if database is not None:
            database.close()
        db.execute("drop database if exists `schemaV1`")
