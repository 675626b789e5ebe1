"""API added while porting Drizzle's MySQL suite (``tests/drizzle/test_mysql_common.py``), checked
where that suite does not reach: other dialects, aliases, DDL."""

from __future__ import annotations

from typing import Any

import pytest

from harness import QueryBuildError, SchemaError, eq, mock
from harness.mysql import alias, index, int_, mysql_table, mysql_view, serial, varchar
from harness.pg import integer, pg_table, pg_view
from harness.sqlite import sqlite_table, sqlite_view
from harness.sqlite import text as sqlite_text


def _users() -> tuple[Any, Any]:
    holder: dict[str, Any] = {}
    users = mysql_table(
        "users",
        {"id": serial("id").primary_key(), "name": varchar("name", length=100).not_null()},
        lambda t: [holder["index"]],
    )
    holder["index"] = index("users_name_index").on(users.name)
    return users, holder["index"]


def test_index_hints_follow_an_aliased_table_and_take_names() -> None:
    users, name_index = _users()
    u = alias(users, "u")
    text, params = (
        mock("mysql")
        .select({"id": u.id})
        .from_(u, ignore_index="users_name_index", force_index=[name_index])
        .where(eq(u.id, 1))
        .to_sql()
    )
    assert text == (
        "select `id` from `users` `u` FORCE INDEX (users_name_index) "
        "IGNORE INDEX (users_name_index) where `u`.`id` = ?"
    )
    assert params == [1]


def test_index_hints_on_a_join() -> None:
    users, name_index = _users()
    posts = mysql_table("posts", {"id": serial("id"), "user_id": int_("user_id")})
    text, _ = (
        mock("mysql")
        .select({"id": users.id})
        .from_(users)
        .inner_join(posts, eq(posts.user_id, users.id), use_index=[name_index, "other"])
        .to_sql()
    )
    assert text == (
        "select `users`.`id` from `users` inner join `posts` USE INDEX (users_name_index, other) "
        "on `posts`.`user_id` = `users`.`id`"
    )


@pytest.mark.parametrize("engine", ["postgresql", "sqlite"])
def test_index_hints_are_refused_outside_mysql(engine: str) -> None:
    table = pg_table("t", {"id": integer("id")})
    with pytest.raises(QueryBuildError, match="MySQL"):
        mock(engine).select().from_(table, use_index="t_idx").to_sql()


def test_a_negative_limit_writes_no_limit() -> None:
    table = pg_table("t", {"id": integer("id")})
    assert mock("postgresql").select().from_(table).limit(-1).to_sql() == (
        'select "id" from "t"',
        [],
    )
    assert mock("postgresql").select().from_(table).limit(0).to_sql()[0].endswith(" limit $1")


def test_existing_views_are_queried_but_never_created() -> None:
    users = mysql_table("users", {"id": serial("id").primary_key()})
    existing = mysql_view("users_view", {"id": serial("id")}).existing()
    created = mysql_view("other_view").as_(lambda qb: qb.select().from_(users))
    statements = mock("mysql").dialect.create_statements([users, existing, created])
    assert not any("users_view" in s for s in statements)
    assert any("other_view" in s for s in statements)
    assert mock("mysql").select().from_(existing).to_sql()[0] == ("select `id` from `users_view`")
    pg_existing = pg_view("v", {"id": integer("id")}).existing()
    pg_statements = mock("postgresql").dialect.create_statements(
        [pg_table("t", {"id": integer("id")}), pg_existing]
    )
    assert not any('"v"' in s for s in pg_statements)
    lite = sqlite_table("t", {"name": sqlite_text("name")})
    lite_existing = sqlite_view("v", {"name": sqlite_text("name")}).existing()
    lite_statements = mock("sqlite").dialect.create_statements([lite, lite_existing])
    assert not any("`v`" in s for s in lite_statements)


def test_an_existing_view_needs_its_columns() -> None:
    with pytest.raises(SchemaError, match="needs its columns"):
        mysql_view("v").existing()


def test_extras_may_nest_a_list() -> None:
    table = mysql_table(
        "t",
        {"id": int_("id"), "name": varchar("name", length=10)},
        lambda t: [[index("a").on(t.id)], index("b").on(t.name)],
    )
    assert [i.name for i in table._indexes] == ["a", "b"]
    assert "index `a`" in " ".join(mock("mysql").dialect.create_statements([table])).lower()
