"""The blog's tests: each gets `db`; writes vanish after every test."""

from __future__ import annotations

import pytest

from blog.accounts import register, rename_with_driver
from blog_schema import for_dialect
from harness import connect, count, eq

PLACEHOLDER = {"sqlite": "?", "postgres": "%s", "mysql": "%s", "mariadb": "%s"}


def test_migrations_were_applied(db, db_dialect):
    s = for_dialect(db_dialect)
    assert db.select().from_(s.tags).all() == []
    db.insert(s.users).values({"email": "ann@example.com", "bio": "hi"}).execute()
    assert db.select({"bio": s.users.bio}).from_(s.users).all() == [{"bio": "hi"}]


def test_previous_test_left_nothing(db, db_dialect):
    s = for_dialect(db_dialect)
    assert db.count(s.users) == 0


def test_queries(db, db_dialect):
    s = for_dialect(db_dialect)
    ann = register(db, s, "ann@example.com", "Ann")
    db.insert(s.posts).values(
        [
            {"title": "one", "owner_id": ann, "slug": "one"},
            {"title": "two", "owner_id": ann, "slug": "two"},
        ]
    ).execute()
    rows = (
        db.select({"email": s.users.email, "posts": count(s.posts.id)})
        .from_(s.users)
        .left_join(s.posts, eq(s.posts.owner_id, s.users.id))
        .group_by(s.users.email)
        .all()
    )
    assert rows == [{"email": "ann@example.com", "posts": 2}]


def test_nested_transaction(db, db_dialect):
    s = for_dialect(db_dialect)
    with db.transaction() as tx:
        tx.insert(s.users).values({"email": "kept@example.com"}).execute()
        with tx.transaction() as inner:
            inner.insert(s.users).values({"email": "undone@example.com"}).execute()
            inner.rollback()
    assert [r["email"] for r in db.select({"email": s.users.email}).from_(s.users).all()] == [
        "kept@example.com"
    ]


def test_code_under_test_commits_through_the_driver(db, db_dialect):
    s = for_dialect(db_dialect)
    user = register(db, s, "bob@example.com", "Bob")
    rename_with_driver(db.client, user, "Robert", PLACEHOLDER[db_dialect])
    assert db.select({"n": s.users.first_name}).from_(s.users).get() == {"n": "Robert"}


def test_commits_stayed_inside_the_test(db, db_dialect):
    s = for_dialect(db_dialect)
    assert db.count(s.users) == 0


@pytest.mark.db(commit=True)
def test_really_committed_work_is_seen_by_other_connections(db, db_url, db_dialect):
    s = for_dialect(db_dialect)
    db.insert(s.users).values({"email": "seen@example.com"}).execute()
    other = connect(db_url)
    try:
        assert other.count(s.users) == 1
    finally:
        other.close()


def test_committed_tables_were_emptied(db, db_dialect):
    s = for_dialect(db_dialect)
    assert db.count(s.users) == 0


def test_relational_query_in_one_statement(db, db_dialect):
    s = for_dialect(db_dialect)
    ann = register(db, s, "ann@example.com", "Ann")
    db.insert(s.posts).values({"title": "hello", "owner_id": ann, "slug": "hello"}).execute()
    users = db.query.users.find_many(
        columns={"email": True}, with_={"posts": {"columns": {"title": True}}}
    )
    assert users == [{"email": "ann@example.com", "posts": [{"title": "hello"}]}]
