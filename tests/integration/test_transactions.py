"""Transactions on the real engine: commit, rollback, savepoints, and Drizzle's savepoint names."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from harness import Database, eq


class Recorder:
    """A Drizzle-style logger object: receives every statement the database runs."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def log_query(self, sql: str, params: Any) -> None:
        self.statements.append(sql)


def emails(db: Database, s: ModuleType) -> list[str]:
    return [
        r["e"] for r in db.select({"e": s.users.email}).from_(s.users).order_by(s.users.email).all()
    ]


def test_commit_on_clean_exit(blog_db: Database, schema: ModuleType) -> None:
    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "a@x.io"}).execute()
    assert emails(blog_db, schema) == ["a@x.io"]


def test_exception_rolls_back_and_propagates(blog_db: Database, schema: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="boom"), blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "a@x.io"}).execute()
        raise RuntimeError("boom")
    assert emails(blog_db, schema) == []


def test_tx_rollback_leaves_block_cleanly(blog_db: Database, schema: ModuleType) -> None:
    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "a@x.io"}).execute()
        tx.rollback()
        raise AssertionError("rollback() must leave the block")  # pragma: no cover
    assert emails(blog_db, schema) == []


def test_inner_rollback_keeps_outer_work(blog_db: Database, schema: ModuleType) -> None:
    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "outer@x.io"}).execute()
        with tx.transaction() as inner:
            inner.insert(schema.users).values({"email": "inner@x.io"}).execute()
            inner.rollback()
        tx.insert(schema.users).values({"email": "after@x.io"}).execute()
    assert emails(blog_db, schema) == ["after@x.io", "outer@x.io"]


def test_outer_rollback_discards_inner_work(blog_db: Database, schema: ModuleType) -> None:
    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "outer@x.io"}).execute()
        with tx.transaction() as inner:
            inner.insert(schema.users).values({"email": "inner@x.io"}).execute()
        tx.rollback()
    assert emails(blog_db, schema) == []


def test_inner_exception_rolls_back_to_savepoint_only(
    blog_db: Database, schema: ModuleType
) -> None:
    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "outer@x.io"}).execute()
        with pytest.raises(ValueError), tx.transaction() as inner:
            inner.insert(schema.users).values({"email": "inner@x.io"}).execute()
            raise ValueError("inner fails")
    assert emails(blog_db, schema) == ["outer@x.io"]


def test_failed_statement_inside_savepoint_does_not_poison_outer(
    blog_db: Database, schema: ModuleType
) -> None:
    from harness import QueryError

    with blog_db.transaction() as tx:
        tx.insert(schema.users).values({"email": "dup@x.io"}).execute()
        with pytest.raises(QueryError), tx.transaction() as inner:
            inner.insert(schema.users).values({"email": "dup@x.io"}).execute()
        tx.update(schema.users).set_({"first_name": "Still"}).where(
            eq(schema.users.email, "dup@x.io")
        ).execute()
    assert blog_db.select({"n": schema.users.first_name}).from_(schema.users).all() == [
        {"n": "Still"}
    ]


def test_savepoint_names_follow_drizzle(db_url: str, schema: ModuleType, dialect: str) -> None:
    from harness import connect
    from harness.kit.push import push

    recorder = Recorder()
    db = connect(db_url, logger=recorder)
    try:
        push(db, schema)
        recorder.statements.clear()
        with db.transaction() as tx, tx.transaction() as t1, t1.transaction():
            pass
    finally:
        db.close()
    savepoints = [s for s in recorder.statements if s.startswith("savepoint")]
    expected = (
        ["savepoint sp0", "savepoint sp1"]
        if dialect == "sqlite"
        else [
            "savepoint sp1",
            "savepoint sp2",
        ]
    )
    assert savepoints == expected


def test_statements_outside_transaction_autocommit(db_url: str, schema: ModuleType) -> None:
    from harness import connect
    from harness.kit.push import push

    first = connect(db_url)
    second = connect(db_url)
    try:
        push(first, schema)
        first.insert(schema.users).values({"email": "seen@x.io"}).execute()
        assert emails(second, schema) == ["seen@x.io"]
    finally:
        first.close()
        second.close()


@pytest.mark.dialects("postgres", "mysql")
def test_isolation_level_and_access_mode(blog_db: Database, schema: ModuleType) -> None:
    from harness import QueryError

    with (
        pytest.raises(QueryError),
        blog_db.transaction(isolation_level="serializable", access_mode="read only") as tx,
    ):
        tx.insert(schema.users).values({"email": "ro@x.io"}).execute()
    assert emails(blog_db, schema) == []


@pytest.mark.dialects("sqlite")
def test_sqlite_behavior_immediate(blog_db: Database, schema: ModuleType) -> None:
    recorder = Recorder()
    blog_db.logger = recorder
    with blog_db.transaction(behavior="immediate") as tx:
        tx.insert(schema.users).values({"email": "a@x.io"}).execute()
    assert recorder.statements[0] == "begin immediate"
    assert emails(blog_db, schema) == ["a@x.io"]
