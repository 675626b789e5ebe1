"""Factories generated from the declarations: no factory code in the project."""

from __future__ import annotations

from blog_schema import for_dialect


def test_user_fixture_is_a_created_row(user, db, db_dialect):
    s = for_dialect(db_dialect)
    assert user.id is not None and "@" in user.email
    assert user.role == "guest"  # the database default, read back
    assert db.count(s.users) == 1


def test_factory_overrides_and_batches(user_factory, post_factory, db, db_dialect):
    s = for_dialect(db_dialect)
    ann = user_factory(first_name="Ann")
    assert ann.first_name == "Ann"
    posts = post_factory.create_batch(50, owner_id=ann.id)
    assert len({p.slug for p in posts}) == 50  # unique column never collides
    assert db.count(s.posts) == 50
    built = user_factory.build()
    assert "id" not in built and db.count(s.users) == 1


def test_seed_fills_the_schema(seed, db, db_dialect):
    s = for_dialect(db_dialect)
    counts = seed(count=20, refine=lambda f: {"users": {"count": 5, "with_": {"posts": 2}}})
    assert counts["users"] == 5 and counts["posts"] == 10 and counts["comments"] == 20
    assert db.count(s.users) == 5
