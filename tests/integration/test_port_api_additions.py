"""API the SQLite suite port added, beyond what its upstream tests show: ``SQLiteDatabase``'s
raw helpers (``run``/``all``/``get``/``values``), ``db.count``'s int that embeds as a live count,
``with_cte(name, fields)`` over ``sql``, set operations' callback form, and join results keyed
by a table creator's base name."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from harness import Database, eq, sql
from harness.sqlite import SQLiteDatabase, integer, sqlite_table, sqlite_table_creator, text


@pytest.mark.dialects("sqlite")
def test_sqlite_database_raw_helpers(db: SQLiteDatabase) -> None:
    assert isinstance(db, SQLiteDatabase)
    db.run(sql("create table t (id integer primary key, name text)"))
    assert db.run(sql("insert into t (name) values ({}), ({})", "a", "b")) == 2
    assert db.all(sql("select id, name from t order by id")) == [
        {"id": 1, "name": "a"},
        {"id": 2, "name": "b"},
    ]
    assert db.values(sql("select id, name from t order by id")) == [(1, "a"), (2, "b")]
    assert db.get(sql("select name from t where id = {}", 2)) == {"name": "b"}
    assert db.get(sql("select name from t where id = {}", 3)) is None
    assert db.all(sql("delete from t where id = {}", 1)) == []  # no rows: an empty list
    with db.transaction() as tx:
        assert isinstance(tx, SQLiteDatabase)  # transactions keep the dialect's database


def test_count_is_an_int_that_embeds_as_a_live_count(
    dialect: str, blog_db: Database, schema: ModuleType
) -> None:
    users = schema.users
    blog_db.insert(users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    total = blog_db.count(users)
    admins = blog_db.count(users, eq(users.email, "a@x.io"))
    assert (total, admins) == (2, 1) and isinstance(total, int)
    query = blog_db.select({"id": users.id, "n": total}).from_(users).where(eq(users.id, 0))
    text_, _ = query.to_sql()
    assert "(select count(*) from " in text_
    blog_db.insert(users).values({"email": "c@x.io"}).execute()
    assert total == 2  # the int is the count when it was taken ...
    assert total.execute() == 3  # ... execute() counts again
    n = blog_db.select({"n": total}).from_(users).limit(1).all()[0]["n"]
    assert int(n) == 3  # embedded, it counts in the enclosing statement


def test_with_cte_over_sql_with_declared_fields(
    dialect: str, blog_db: Database, schema: ModuleType
) -> None:
    users = schema.users
    blog_db.insert(users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    fields = {"id": users.id, "contact": {"email": users.email}}
    sq = blog_db.with_cte("sq", fields).as_(
        lambda qb: sql("select * from {} where {} = 'b@x.io'", users, users.email)
    )
    rows = blog_db.with_(sq).select().from_(sq).all()
    assert [r["contact"] for r in rows] == [{"email": "b@x.io"}]


def test_set_operation_callback_form(dialect: str, blog_db: Database, schema: ModuleType) -> None:
    users = schema.users
    blog_db.insert(users).values([{"email": f"{n}@x.io"} for n in range(3)]).execute()

    def emails(where: Any = None) -> Any:
        return blog_db.select({"email": users.email}).from_(users).where(where)

    query = emails().except_(
        lambda ops: ops.union(emails(eq(users.email, "0@x.io")), emails(eq(users.email, "1@x.io")))
    )
    rows = sorted(r["email"] for r in query.all())
    if dialect == "sqlite":
        # SQLite's compound selects are not parenthesised: (all except 0) union 1
        assert rows == ["1@x.io", "2@x.io"]
    else:
        assert rows == ["2@x.io"]


@pytest.mark.dialects("sqlite")
def test_join_result_keys_a_table_creator_table_by_its_base_name(db: Database) -> None:
    table = sqlite_table_creator(lambda name: f"app_{name}")
    users = table("users", {"id": integer("id").primary_key(), "name": text("name")})
    plain = sqlite_table("plain", {"id": integer("id").primary_key()})
    db.run_text('create table "app_users" ("id" integer primary key, "name" text)')
    db.run_text('create table "plain" ("id" integer primary key)')
    db.insert(users).values({"id": 1, "name": "a"}).execute()
    db.insert(plain).values({"id": 1}).execute()
    rows = db.select().from_(users).left_join(plain, eq(plain.id, users.id)).all()
    assert rows == [{"users": {"id": 1, "name": "a"}, "plain": {"id": 1}}]
