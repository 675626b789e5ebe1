"""Declarations beyond the seed schema, created with push on the real engine and exercised."""

from __future__ import annotations

from typing import Any

import pytest

from harness import Database, QueryError, SchemaError, eq, gt, sql
from harness.kit import push
from tests.support.declare import Builder, TableFn, ViewFn


def declare(dialect: str) -> dict[str, Any]:
    """Composite PK junction table, check, unique constraint, FK cascade, generated column, view."""
    int_col: Builder
    text: Builder
    table: TableFn
    view: ViewFn
    if dialect == "postgres":
        from harness import pg
        from harness.pg import check, foreign_key, primary_key, unique

        int_col, text, table, view = pg.integer, pg.text, pg.pg_table, pg.pg_view
    elif dialect == "mysql":
        from harness import mysql
        from harness.mysql import check, foreign_key, primary_key, unique

        int_col, table, view = mysql.int_, mysql.mysql_table, mysql.mysql_view
        text = lambda: mysql.varchar(length=100)  # noqa: E731
    else:
        from harness import sqlite
        from harness.sqlite import check, foreign_key, primary_key, unique

        int_col, text, table, view = (
            sqlite.integer,
            sqlite.text,
            sqlite.sqlite_table,
            sqlite.sqlite_view,
        )
    authors = table(
        "authors",
        {
            "id": int_col().primary_key(),
            "name": text().not_null(),
            "age": int_col(),
            "name_len": int_col().generated_always_as(sql("length(name)"), mode="stored"),
        },
        lambda t: [
            check("age_check", sql("age >= 0")),
            unique("authors_name_age").on(t.name, t.age),
        ],
    )
    books = table("books", {"id": int_col().primary_key(), "title": text()})
    links = table(
        "book_authors",
        {"book_id": int_col().not_null(), "author_id": int_col().not_null()},
        lambda t: [
            primary_key(columns=[t.book_id, t.author_id]),
            foreign_key([t.book_id], [books.id]).on_delete("cascade"),
            foreign_key([t.author_id], [authors.id], name="link_author_fk").on_delete("cascade"),
        ],
    )
    adults = view("adults").as_(
        lambda qb: (
            qb.select({"id": authors.id, "name": authors.name})
            .from_(authors)
            .where(gt(authors.age, 17))
        )
    )
    return {"authors": authors, "books": books, "links": links, "adults": adults}


def test_composite_pk_cascade_check_unique_generated_view(db: Database, dialect: str) -> None:
    s = declare(dialect)
    push(db, list(s.values()))
    a, b, link = s["authors"], s["books"], s["links"]
    db.insert(a).values(
        [{"id": 1, "name": "Ann", "age": 30}, {"id": 2, "name": "Bo", "age": 9}]
    ).execute()
    db.insert(b).values({"id": 10, "title": "T"}).execute()
    db.insert(link).values(
        [{"book_id": 10, "author_id": 1}, {"book_id": 10, "author_id": 2}]
    ).execute()
    # generated column computed by the database
    assert db.select({"n": a.name_len}).from_(a).where(eq(a.id, 1)).get() == {"n": 3}
    # view
    assert db.select().from_(s["adults"]).all() == [{"id": 1, "name": "Ann"}]
    # composite primary key rejects a duplicate pair
    with pytest.raises(QueryError):
        db.insert(link).values({"book_id": 10, "author_id": 1}).execute()
    # check constraint
    with pytest.raises(QueryError):
        db.insert(a).values({"id": 3, "name": "Neg", "age": -1}).execute()
    # unique constraint on (name, age)
    with pytest.raises(QueryError):
        db.insert(a).values({"id": 4, "name": "Ann", "age": 30}).execute()
    # on delete cascade through the table-level foreign key
    db.delete(b).where(eq(b.id, 10)).execute()
    assert db.count(link) == 0


@pytest.mark.dialects("postgres")
def test_pg_schema_enum_sequence_identity_options(db: Database) -> None:
    from harness.pg import integer, pg_schema, text, uuid

    shop = pg_schema("shop")
    status = shop.enum("status", ["new", "paid"])
    counter = shop.sequence("order_no", start_with=100, increment_by=5)
    orders = shop.table(
        "orders",
        {
            "id": integer().primary_key().generated_by_default_as_identity(start_with=1000),
            "ref": uuid().default_random(),
            "status": status().default("new").not_null(),
            "tags": text().array(),
        },
    )
    statements = push(db, [status, counter, orders])
    assert statements[0] == 'CREATE SCHEMA "shop";'
    db.insert(orders).values({"tags": ["a", "b,c"]}).execute()
    row = db.select().from_(orders).get()
    assert row is not None
    assert row["id"] == 1000 and row["status"] == "new" and row["tags"] == ["a", "b,c"]
    assert db.execute("select nextval('shop.order_no') as n") == [{"n": 100}]
    assert db.execute("select nextval('shop.order_no') as n") == [{"n": 105}]


def test_create_schema_failure_names_the_statement(db: Database, dialect: str) -> None:
    from harness.kit import PushError, create_schema

    s = declare(dialect)
    create_schema(db, [s["books"]])
    with pytest.raises(PushError, match="statement 1 of 1"):
        create_schema(db, [s["books"]])


def test_schema_error_for_duplicate_names() -> None:
    from harness.pg import integer, pg_table

    with pytest.raises(SchemaError, match="'dups'"):
        pg_table("dups", {"a": integer("x"), "b": integer("x")})
