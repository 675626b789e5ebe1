"""``db.count`` with a filter on another table's columns: Drizzle's per-row ``$count``
(``db.select({"posts": db.$count(posts, eq(posts.ownerId, users.id))}).from(users)``)."""

from __future__ import annotations

from types import ModuleType

import pytest

from harness import Database, eq


def test_a_correlated_count_embeds_per_row(blog_db: Database, schema: ModuleType) -> None:
    users, posts = schema.users, schema.posts
    blog_db.insert(users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    ann, _ = (row["id"] for row in blog_db.select().from_(users).order_by(users.id).all())
    blog_db.insert(posts).values(
        [{"title": t, "slug": t, "owner_id": ann} for t in ("one", "two")]
    ).execute()
    rows = (
        blog_db.select(
            {"email": users.email, "posts": blog_db.count(posts, eq(posts.owner_id, users.id))}
        )
        .from_(users)
        .order_by(users.id)
        .all()
    )
    assert [(r["email"], int(r["posts"])) for r in rows] == [("a@x.io", 2), ("b@x.io", 0)]


def test_a_correlated_count_is_not_a_number(blog_db: Database, schema: ModuleType) -> None:
    users, posts = schema.users, schema.posts
    per_user = blog_db.count(posts, eq(posts.owner_id, users.id))
    with pytest.raises(TypeError, match=r"refers to users: .* embed it in that select"):
        _ = per_user == 0
    with pytest.raises(TypeError, match="refers to users"):
        int(per_user)
    # a filter on the counted table's own columns still counts at once
    assert blog_db.count(posts, eq(posts.owner_id, 1)) == 0
