"""Builder behaviour found missing by porting Drizzle's integration tests."""

from __future__ import annotations

from types import ModuleType

import pytest

from harness import Database, alias, eq, sql


def test_update_of_an_alias_names_its_table(blog_db: Database, schema: ModuleType) -> None:
    s = schema
    blog_db.insert(s.users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    u = alias(s.users, "u")
    text, _ = blog_db.update(u).set_({"first_name": "Ann"}).where(eq(u.id, 1)).to_sql()
    assert text.startswith(
        {
            "postgresql": 'update "users" "u" set',
            "mysql": "update `users` `u` set",
            "sqlite": 'update "users" as "u" set',
        }[blog_db.dialect.name]
    )
    blog_db.update(u).set_({"first_name": "Ann"}).where(eq(u.id, 1)).execute()
    names = blog_db.select({"n": s.users.first_name}).from_(s.users).order_by(s.users.id).all()
    assert names == [{"n": "Ann"}, {"n": None}]


@pytest.mark.dialects("sqlite")
def test_sqlite_keeps_every_chained_conflict_clause(blog_db: Database, schema: ModuleType) -> None:
    """SQLite 3.35+ takes several ON CONFLICT clauses; Drizzle's SQLite insert keeps them all."""
    s = schema
    blog_db.insert(s.users).values({"id": 1, "email": "a@x.io", "first_name": "A"}).execute()
    query = (
        blog_db.insert(s.users)
        .values({"id": 2, "email": "a@x.io", "first_name": "B"})
        .on_conflict_do_update(target=s.users.id, set_={"first_name": "by id"})
        .on_conflict_do_update(target=s.users.email, set_={"first_name": sql("'by email'")})
    )
    text, _ = query.to_sql()
    assert text.count("on conflict") == 2
    query.execute()  # the email clause applies: row 1 is updated, no row 2
    rows = blog_db.select({"id": s.users.id, "n": s.users.first_name}).from_(s.users).all()
    assert rows == [{"id": 1, "n": "by email"}]


def test_left_join_group_of_columns_and_sql_is_none_when_unmatched(
    blog_db: Database, schema: ModuleType
) -> None:
    """A nested group whose fields all read the nullable side (columns or SQL over them)
    comes back as None, as Drizzle's row mapping does."""
    s = schema
    blog_db.insert(s.users).values({"email": "a@x.io"}).execute()
    rows = (
        blog_db.select(
            {
                "user": {"email": s.users.email},
                "post": {"id": s.posts.id, "loud": sql("upper({})", s.posts.title)},
            }
        )
        .from_(s.users)
        .left_join(s.posts, eq(s.posts.owner_id, s.users.id))
        .all()
    )
    assert rows == [{"user": {"email": "a@x.io"}, "post": None}]


def test_subquery_with_an_unnamed_expression_fails_only_where_it_is_referenced(
    blog_db: Database, schema: ModuleType
) -> None:
    s = schema
    blog_db.insert(s.users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    sq = blog_db.select({"id": s.users.id, "n": sql("count(*) over ()")}).from_(s.users).as_("sq")
    # the named field is usable: Drizzle only complains about the unnamed one when used
    ids = blog_db.select({"id": sq.id}).from_(sq).order_by(sq.id).all()
    assert [r["id"] for r in ids] == [1, 2]
    with pytest.raises(TypeError, match=r"subquery 'sq': .* unnamed SQL; give it a name"):
        blog_db.select({"n": sq.n}).from_(sq).to_sql()
