"""The seed's query examples run on the real engine, with their results checked."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from harness import (
    Database,
    QueryBuildError,
    and_,
    count,
    desc,
    eq,
    gt,
    like,
    lte,
)


def add_people(db: Database, s: ModuleType) -> dict[str, int]:
    db.insert(s.users).values(
        [
            {"first_name": "Ann", "last_name": "Lee", "email": "ann@example.com", "role": "admin"},
            {"first_name": "Bob", "email": "bob@example.com"},
            {"first_name": "Cy", "email": "cy@example.org", "role": "user"},
        ]
    ).execute()
    ids = {r["email"]: r["id"] for r in db.select().from_(s.users).all()}
    ann, bob = ids["ann@example.com"], ids["bob@example.com"]
    db.insert(s.posts).values(
        [
            {"title": "Hello", "owner_id": ann, "slug": "hello"},
            {"title": "Again", "owner_id": ann, "slug": "again"},
            {"title": "Bob's", "owner_id": bob, "slug": "bobs"},
        ]
    ).execute()
    return ids


def test_select_all_returns_declared_keys_and_defaults(
    blog_db: Database, schema: ModuleType
) -> None:
    add_people(blog_db, schema)
    rows = blog_db.select().from_(schema.users).order_by(schema.users.email).all()
    assert [r["email"] for r in rows] == ["ann@example.com", "bob@example.com", "cy@example.org"]
    assert set(rows[0]) == {
        "id",
        "first_name",
        "last_name",
        "email",
        "invitee",
        "role",
        "created_at",
    }
    assert rows[1]["role"] == "guest"  # database default
    assert rows[1]["last_name"] is None
    assert rows[0]["created_at"] is not None


def test_partial_select_where(blog_db: Database, schema: ModuleType) -> None:
    ids = add_people(blog_db, schema)
    u = schema.users
    rows = (
        blog_db.select({"id": u.id, "name": u.first_name})
        .from_(u)
        .where(eq(u.id, ids["bob@example.com"]))
        .all()
    )
    assert rows == [{"id": ids["bob@example.com"], "name": "Bob"}]


def test_left_join_nests_rows_per_table_and_nulls_missing_side(
    blog_db: Database, schema: ModuleType
) -> None:
    ids = add_people(blog_db, schema)
    u, p = schema.users, schema.posts
    rows = (
        blog_db.select()
        .from_(u)
        .left_join(p, eq(p.owner_id, u.id))
        .order_by(u.email, p.title)
        .all()
    )
    assert [(r["users"]["email"], r["posts"] and r["posts"]["title"]) for r in rows] == [
        ("ann@example.com", "Again"),
        ("ann@example.com", "Hello"),
        ("bob@example.com", "Bob's"),
        ("cy@example.org", None),
    ]
    assert rows[-1]["posts"] is None
    assert rows[0]["posts"]["owner_id"] == ids["ann@example.com"]


def test_insert_update_delete(blog_db: Database, schema: ModuleType) -> None:
    u = schema.users
    assert blog_db.insert(u).values({"email": "new@example.com"}).execute() == 1
    assert (
        blog_db.update(u)
        .set_({"first_name": "Neo"})
        .where(eq(u.email, "new@example.com"))
        .execute()
        == 1
    )
    assert blog_db.select({"n": u.first_name}).from_(u).all() == [{"n": "Neo"}]
    assert blog_db.delete(u).where(eq(u.email, "new@example.com")).execute() == 1
    assert blog_db.select().from_(u).all() == []


def test_default_fn_fills_missing_value(blog_db: Database, schema: ModuleType) -> None:
    p = schema.posts
    blog_db.insert(p).values({"title": "no slug given"}).execute()
    assert blog_db.select({"slug": p.slug}).from_(p).get() == {"slug": "fixed-slug"}


def get_users_by(
    db: Database,
    s: ModuleType,
    name: str | None = None,
    role: str | None = None,
    max_id: int | None = None,
) -> list[dict[str, Any]]:
    """The seed's compose-a-WHERE function: optional filters, and_() drops the missing ones."""
    u = s.users
    filters = [
        like(u.first_name, name) if name else None,
        eq(u.role, role) if role else None,
        lte(u.id, max_id) if max_id else None,
    ]
    return db.select().from_(u).where(and_(*filters)).order_by(u.id).all()


def test_compose_where_with_optional_filters(blog_db: Database, schema: ModuleType) -> None:
    ids = add_people(blog_db, schema)
    assert len(get_users_by(blog_db, schema)) == 3
    assert [r["email"] for r in get_users_by(blog_db, schema, role="admin")] == ["ann@example.com"]
    assert [r["email"] for r in get_users_by(blog_db, schema, name="%y")] == ["cy@example.org"]
    got = get_users_by(blog_db, schema, name="%", role="guest", max_id=ids["bob@example.com"])
    assert [r["email"] for r in got] == ["bob@example.com"]


def test_subquery_joined_into_main_query(blog_db: Database, schema: ModuleType) -> None:
    ids = add_people(blog_db, schema)
    u, p, c = schema.users, schema.posts, schema.comments
    hello = blog_db.select({"id": p.id}).from_(p).where(eq(p.slug, "hello")).get()
    assert hello is not None
    blog_db.insert(c).values(
        [{"text": "nice", "post_id": hello["id"], "owner_id": ids["bob@example.com"]}]
    ).execute()
    sq = (
        blog_db.select({"post_id": p.id, "owner_id": p.owner_id, "comment": c.text})
        .from_(p)
        .left_join(c, eq(c.post_id, p.id))
        .as_("post_comments")
    )
    rows = (
        blog_db.select({"email": u.email, "comment": sq.comment})
        .from_(u)
        .inner_join(sq, eq(sq.owner_id, u.id))
        .where(eq(u.id, ids["ann@example.com"]))
        .all()
    )
    assert sorted(rows, key=lambda r: r["comment"] or "") == [
        {"email": "ann@example.com", "comment": None},
        {"email": "ann@example.com", "comment": "nice"},
    ]


def test_count_with_and_without_filter(blog_db: Database, schema: ModuleType) -> None:
    add_people(blog_db, schema)
    assert blog_db.count(schema.users) == 3
    assert blog_db.count(schema.users, eq(schema.users.role, "admin")) == 1
    assert blog_db.count(schema.posts, gt(schema.posts.id, 10_000)) == 0


def test_group_by_having_and_aggregates(blog_db: Database, schema: ModuleType) -> None:
    ids = add_people(blog_db, schema)
    p = schema.posts
    rows = (
        blog_db.select({"owner": p.owner_id, "n": count()})
        .from_(p)
        .group_by(p.owner_id)
        .having(gt(count(), 1))
        .all()
    )
    assert rows == [{"owner": ids["ann@example.com"], "n": 2}]


def test_order_limit_offset(blog_db: Database, schema: ModuleType) -> None:
    add_people(blog_db, schema)
    u = schema.users
    rows = blog_db.select({"e": u.email}).from_(u).order_by(desc(u.email)).limit(2).offset(1).all()
    assert rows == [{"e": "bob@example.com"}, {"e": "ann@example.com"}]


def test_self_reference_set_null_on_delete(blog_db: Database, schema: ModuleType) -> None:
    u = schema.users
    blog_db.insert(u).values({"email": "host@example.com"}).execute()
    host = blog_db.select({"id": u.id}).from_(u).get()
    assert host is not None
    blog_db.insert(u).values({"email": "guest@example.com", "invitee": host["id"]}).execute()
    blog_db.delete(u).where(eq(u.id, host["id"])).execute()
    assert blog_db.select({"invitee": u.invitee}).from_(u).all() == [{"invitee": None}]


def test_unique_index_rejects_duplicate_email(blog_db: Database, schema: ModuleType) -> None:
    from harness import QueryError

    blog_db.insert(schema.users).values({"email": "dup@example.com"}).execute()
    with pytest.raises(QueryError) as info:
        blog_db.insert(schema.users).values({"email": "dup@example.com"}).execute()
    assert "dup@example.com" in str(info.value)  # the parameters are part of the report
    assert "insert into" in str(info.value)


def test_empty_values_list_is_an_error(blog_db: Database, schema: ModuleType) -> None:
    with pytest.raises(QueryBuildError, match="at least one row"):
        blog_db.insert(schema.users).values([])


def test_prepared_statement_with_placeholder(blog_db: Database, schema: ModuleType) -> None:
    from harness import sql

    ids = add_people(blog_db, schema)
    u = schema.users
    q = (
        blog_db.select({"email": u.email})
        .from_(u)
        .where(eq(u.id, sql.placeholder("id")))
        .prepare("by_id")
    )
    assert q.all({"id": ids["bob@example.com"]}) == [{"email": "bob@example.com"}]
    assert q.get({"id": ids["ann@example.com"]}) == {"email": "ann@example.com"}
    with pytest.raises(QueryBuildError, match="placeholder 'id'"):
        q.all({})
