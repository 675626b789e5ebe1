"""Drizzle's callback forms on select (``where``, ``having``, ``order_by``, join conditions) get
the selection's fields; a function anywhere else is refused, never sent as a parameter."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from harness import Database, count, desc, eq, gt


def _seed(db: Database, s: ModuleType) -> None:
    # fresh database: identities/auto-increments hand out 1, 2, 3
    db.insert(s.users).values(
        [{"email": "a@x.io"}, {"email": "b@x.io"}, {"email": "c@x.io"}]
    ).execute()
    db.insert(s.posts).values(
        [
            {"title": "one", "owner_id": 1, "slug": "s1"},
            {"title": "two", "owner_id": 1, "slug": "s2"},
            {"title": "three", "owner_id": 2, "slug": "s3"},
        ]
    ).execute()


def test_callbacks_receive_the_selection(blog_db: Database, schema: ModuleType) -> None:
    s = schema
    _seed(blog_db, s)
    rows = (
        blog_db.select({"id": s.users.id, "email": s.users.email})
        .from_(s.users)
        .where(lambda f: gt(f.id, 1))
        .order_by(lambda f: [desc(f.id)])
        .all()
    )
    assert [r["id"] for r in rows] == [3, 2]
    joined = (
        blog_db.select()
        .from_(s.users)
        .left_join(s.posts, lambda f: eq(f.posts.owner_id, f.users.id))
        .where(lambda f: eq(f["users"]["id"], 2))
        .all()
    )
    assert [(r["users"]["id"], r["posts"]["title"]) for r in joined] == [(2, "three")]
    grouped = (
        blog_db.select({"owner": s.posts.owner_id, "n": count()})
        .from_(s.posts)
        .group_by(s.posts.owner_id)
        .having(lambda f: gt(f.n, 1))
        .all()
    )
    assert grouped == [{"owner": 1, "n": 2}]


def test_a_function_where_no_callback_is_taken_is_refused(
    blog_db: Database, schema: ModuleType
) -> None:
    s = schema
    _seed(blog_db, s)
    update: Any = blog_db.update(s.users).set_({"email": "z@x.io"})
    with pytest.raises(TypeError, match="is a function where a SQL value was expected"):
        update.where(lambda f: eq(f.id, 1)).execute()
    with pytest.raises(TypeError, match="is a function where a SQL value was expected"):
        blog_db.select().from_(s.users).where(eq(s.users.id, lambda: 1)).all()
    # nothing was changed by the refused statements
    assert blog_db.count(s.users, eq(s.users.email, "z@x.io")) == 0
