"""``assert_num_queries`` / ``assert_max_num_queries``: pytest-django's query assertions, on the
example project run by pytest in a subprocess (SQLite: quick)."""

from __future__ import annotations

from pathlib import Path

import pytest

COUNTS = """
from blog_schema import for_dialect


def test_exact_count_passes(db, db_dialect, assert_num_queries):
    users = for_dialect(db_dialect).users
    with assert_num_queries(2) as captured:
        db.insert(users).values({"email": "a@example.com"}).execute()
        db.select().from_(users).all()
    assert "insert into" in captured.statements[0][0]


def test_nested_transaction_statements_count(db, db_dialect, assert_num_queries):
    users = for_dialect(db_dialect).users
    with assert_num_queries(3):  # savepoint, insert, release
        with db.transaction() as tx:
            tx.insert(users).values({"email": "b@example.com"}).execute()


def test_wrong_count_fails_listing_the_statements(db, db_dialect, assert_num_queries):
    users = for_dialect(db_dialect).users
    with assert_num_queries(1):
        db.select().from_(users).all()
        db.select().from_(users).all()


def test_max_count(db, db_dialect, assert_max_num_queries):
    users = for_dialect(db_dialect).users
    with assert_max_num_queries(1):
        db.select().from_(users).all()
        db.select().from_(users).all()
"""


def test_query_count_fixtures(pytester: pytest.Pytester, blog: Path) -> None:
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_counts.py").write_text(COUNTS)
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*expected 1 queries, 2 were run:",
            '*1. select * from "users"*',
            "*expected at most 1 queries, 2 were run:",
        ]
    )
