"""connect(): URL forms, client=, logger, casing, prepare, mock."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from harness import Table, connect, eq, mock, sql


def test_sqlite_url_forms(tmp_path: Path) -> None:
    file_path = tmp_path / "a.db"
    for url in (f"sqlite:///{file_path}", str(file_path), ":memory:", "sqlite://:memory:"):
        db = connect(url)
        try:
            assert db.execute("select 1 as one") == [{"one": 1}]
            assert db.dialect.name == "sqlite"
        finally:
            db.close()


def test_sqlite_turns_on_foreign_keys_and_autocommit(tmp_path: Path) -> None:
    db = connect(str(tmp_path / "fk.db"))
    try:
        assert db.execute("pragma foreign_keys") == [{"foreign_keys": 1}]
        assert db.client.in_transaction is False
    finally:
        db.close()


def test_client_is_the_driver_object_and_connect_client_wraps_it(tmp_path: Path) -> None:
    raw = sqlite3.connect(str(tmp_path / "c.db"))
    db = connect(client=raw)
    assert db.client is raw
    db.execute("create table t (v text)")
    db.execute(sql("insert into t (v) values ({})", "x"))
    # autocommit: another connection sees the row
    other = sqlite3.connect(str(tmp_path / "c.db"))
    assert other.execute("select v from t").fetchall() == [("x",)]
    other.close()
    db.close()


def test_unknown_scheme_and_client_are_explained() -> None:
    with pytest.raises(ValueError, match="unsupported database URL scheme 'oracle'"):
        connect("oracle://x")
    with pytest.raises(TypeError, match="unsupported driver object"):
        connect(client=object())


def test_logger_true_logs_each_statement(
    db_url: str, caplog: pytest.LogCaptureFixture, schema: Any
) -> None:
    from harness.kit import push

    db = connect(db_url, logger=True)
    try:
        push(db, schema)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="harness"):
            db.select({"id": schema.users.id}).from_(schema.users).where(
                eq(schema.users.id, 5)
            ).all()
        assert any("from" in r.getMessage() and "[5]" in r.getMessage() for r in caplog.records)
    finally:
        db.close()


def test_logger_object_counts_statements(db_url: str, schema: Any) -> None:
    from harness.kit import push

    seen: list[tuple[str, list[Any]]] = []

    class Counter:
        def log_query(self, text: str, params: list[Any]) -> None:
            seen.append((text, list(params)))

    db = connect(db_url, logger=Counter())
    try:
        push(db, schema)
        seen.clear()
        db.insert(schema.users).values({"email": "a@b.c"}).execute()
        db.select().from_(schema.users).all()
        assert len(seen) == 2
        assert seen[0][0].startswith("insert into")
    finally:
        db.close()


def test_casing_snake_case_against_the_database(db_url: str, dialect: str) -> None:
    from harness.kit import push

    people: Table
    if dialect == "postgres":
        from harness import pg

        people = pg.pg_table("people", {"id": pg.integer().primary_key(), "firstName": pg.text()})
    elif dialect == "mysql":
        from harness import mysql

        people = mysql.mysql_table(
            "people", {"id": mysql.int_().primary_key(), "firstName": mysql.text()}
        )
    else:
        from harness import sqlite

        people = sqlite.sqlite_table(
            "people", {"id": sqlite.integer().primary_key(), "firstName": sqlite.text()}
        )
    db = connect(db_url, casing="snake_case")
    try:
        statements = push(db, [people])
        assert "first_name" in statements[0]
        db.insert(people).values({"id": 1, "firstName": "Ann"}).execute()
        assert db.select().from_(people).all() == [{"id": 1, "firstName": "Ann"}]
        assert db.execute("select first_name from people") == [{"first_name": "Ann"}]
    finally:
        db.close()


@pytest.mark.dialects("postgres")
def test_prepare_false_disables_server_side_prepares(db_url: str) -> None:
    db = connect(db_url, prepare=False)
    try:
        assert db.client.prepare_threshold is None
        q = db.select({"one": sql("1").map_with(int)}).from_(sql("(select 1) as t")).prepare("p")
        for _ in range(6):
            assert q.all() == [{"one": 1}]
        assert db.execute("select count(*) as n from pg_prepared_statements") == [{"n": 0}]
    finally:
        db.close()


def test_mock_compiles_without_a_server() -> None:
    from harness.pg import integer, pg_table

    t = pg_table("t", {"id": integer()})
    db = mock("postgresql")
    assert db.select().from_(t).where(eq(t.id, 1)).to_sql() == (
        'select "id" from "t" where "t"."id" = $1',
        [1],
    )
    with pytest.raises(RuntimeError, match="mock"):
        db.select().from_(t).all()


@pytest.mark.dialects("postgres", "mysql")
def test_scheme_aliases(server_url: str, dialect: str) -> None:
    alias = {"postgres": ("postgresql://", "postgres://"), "mysql": ("mysql://", "mariadb://")}
    old, new = alias[dialect]
    db = connect(server_url.replace(old, new, 1))
    try:
        assert db.execute("select 1 as one") == [{"one": 1}]
    finally:
        db.close()


def test_mysql_schema_qualifies_tables() -> None:
    from harness.mysql import int_, mysql_schema

    other = mysql_schema("reporting")
    t = other.table("events", {"id": int_()})
    assert mock("mysql").select().from_(t).where(eq(t.id, 1)).to_sql() == (
        "select `id` from `reporting`.`events` where `reporting`.`events`.`id` = ?",
        [1],
    )


@pytest.mark.dialects("mysql")
def test_mariadb_server_enables_returning_on_insert_and_delete(db_url: str) -> None:
    """The dialect reads the live server's version: MariaDB >= 10.5 gets RETURNING."""
    db = connect(db_url)
    try:
        version = db.execute("select version() as v")[0]["v"]
        expected = {"insert", "delete"} if "mariadb" in version.lower() else set()
        assert set(db.dialect.returning) == expected
    finally:
        db.close()
