"""Relational queries: the seed's relation examples, one SQL statement per call, every engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from harness import Database, SchemaError, connect, relations
from harness.core.errors import QueryBuildError
from harness.kit import push
from tests.schemas.relational import build


class Counter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def log_query(self, sql: str, params: Any) -> None:
        self.statements.append(sql)


@pytest.fixture
def rdb(db_url: str, dialect: str) -> Any:
    schema = build(dialect)
    counter = Counter()
    db = connect(db_url, schema=schema, logger=counter)
    push(db, [v for v in schema.values() if hasattr(v, "_columns")])
    t = schema
    joined = dt.datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc if dialect == "sqlite" else None
    )
    db.insert(t["users"]).values(
        [
            {
                "id": 1,
                "name": "Ann",
                "joined_at": joined,
                "balance": Decimal("10.50"),
                "active": True,
                "settings": {"theme": "dark"},
            },
            {"id": 2, "name": "Bob", "invited_by": 1, "active": False},
            {"id": 3, "name": "Cy", "invited_by": 1},
        ]
    ).execute()
    db.insert(t["profile_info"]).values({"id": 1, "user_id": 1, "bio": "hello"}).execute()
    db.insert(t["posts"]).values(
        [
            {"id": 10, "title": "first", "author_id": 1, "reviewer_id": 2},
            {"id": 11, "title": "second", "author_id": 1, "reviewer_id": 3},
            {"id": 12, "title": "third", "author_id": 1},
            {"id": 13, "title": "bob's", "author_id": 2, "reviewer_id": 1},
        ]
    ).execute()
    db.insert(t["comments"]).values(
        [{"id": 100 + i, "post_id": 10 + i % 3, "text": f"c{i}"} for i in range(7)]
    ).execute()
    db.insert(t["groups"]).values(
        [{"id": 1, "name": "admins"}, {"id": 2, "name": "writers"}]
    ).execute()
    db.insert(t["users_to_groups"]).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 1, "group_id": 2},
            {"user_id": 2, "group_id": 2},
        ]
    ).execute()
    counter.statements.clear()
    yield db, t, counter, joined
    db.close()


def test_one_to_many_with_nested_comments_in_one_statement(rdb: Any) -> None:
    db, _t, counter, _ = rdb
    users = db.query.users.find_many(
        columns={"id": True, "name": True},
        with_={
            "author_posts": {
                "columns": {"id": True, "title": True},
                "order_by": lambda p, ops: [ops["desc"](p.id)],
                "with_": {
                    "comments": {"columns": {"text": True}, "order_by": lambda c, ops: [c.id]}
                },
            }
        },
        order_by=lambda u, ops: [u.id],
    )
    assert len(counter.statements) == 1
    assert users[0] == {
        "id": 1,
        "name": "Ann",
        "author_posts": [
            {"id": 12, "title": "third", "comments": [{"text": "c2"}, {"text": "c5"}]},
            {"id": 11, "title": "second", "comments": [{"text": "c1"}, {"text": "c4"}]},
            {
                "id": 10,
                "title": "first",
                "comments": [{"text": "c0"}, {"text": "c3"}, {"text": "c6"}],
            },
        ],
    }
    assert users[1]["author_posts"] == [{"id": 13, "title": "bob's", "comments": []}]
    assert users[2]["author_posts"] == []


def test_declared_types_survive_json_aggregation(rdb: Any, dialect: str) -> None:
    db, _, counter, joined = rdb
    post = db.query.posts.find_first(
        where=lambda p, ops: ops["eq"](p.id, 10), with_={"author": True}
    )
    assert len(counter.statements) == 1
    author = post["author"]
    assert author["joined_at"] == joined and isinstance(author["joined_at"], dt.datetime)
    assert (
        author["balance"] == Decimal("10.50")
        if dialect != "sqlite"
        else author["balance"] == Decimal("10.5")
    )
    assert isinstance(author["balance"], Decimal)
    assert author["active"] is True
    assert author["settings"] == {"theme": "dark"}


def test_many_to_many_through_the_junction(rdb: Any) -> None:
    db, _, counter, _ = rdb
    users = db.query.users.find_many(
        columns={"name": True},
        with_={"users_to_groups": {"columns": {}, "with_": {"group": {"columns": {"name": True}}}}},
        order_by=lambda u, ops: [u.id],
    )
    assert len(counter.statements) == 1
    groups = [sorted(g["group"]["name"] for g in u["users_to_groups"]) for u in users]
    assert groups == [["admins", "writers"], ["writers"], []]


def test_one_to_one_and_self_reference(rdb: Any) -> None:
    db, _, counter, _ = rdb
    users = db.query.users.find_many(
        columns={"name": True},
        with_={"profile_info": {"columns": {"bio": True}}, "invitee": {"columns": {"name": True}}},
        order_by=lambda u, ops: [u.id],
    )
    assert len(counter.statements) == 1
    assert users == [
        {"name": "Ann", "profile_info": {"bio": "hello"}, "invitee": None},
        {"name": "Bob", "profile_info": None, "invitee": {"name": "Ann"}},
        {"name": "Cy", "profile_info": None, "invitee": {"name": "Ann"}},
    ]


def test_author_and_reviewer_disambiguated_by_relation_name(rdb: Any) -> None:
    db, _, counter, _ = rdb
    ann = db.query.users.find_first(
        columns={"name": True},
        where=lambda u, ops: ops["eq"](u.id, 1),
        with_={
            "author_posts": {"columns": {"title": True}, "order_by": lambda p, ops: [p.id]},
            "reviewed_posts": {"columns": {"title": True}},
        },
    )
    assert len(counter.statements) == 1
    assert ann == {
        "name": "Ann",
        "author_posts": [{"title": "first"}, {"title": "second"}, {"title": "third"}],
        "reviewed_posts": [{"title": "bob's"}],
    }
    post = db.query.posts.find_first(
        where=lambda p, ops: ops["eq"](p.id, 11),
        columns={"title": True},
        with_={"author": {"columns": {"name": True}}, "reviewer": {"columns": {"name": True}}},
    )
    assert post == {"title": "second", "author": {"name": "Ann"}, "reviewer": {"name": "Cy"}}


def test_depth_three_with_nested_limit_order_and_where(rdb: Any) -> None:
    db, _, counter, _ = rdb
    users = db.query.users.find_many(
        columns={"id": True},
        where=lambda u, ops: ops["lte"](u.id, 2),
        order_by=lambda u, ops: [ops.desc(u.id)],
        with_={
            "author_posts": {
                "columns": {"id": True},
                "limit": 2,
                "order_by": lambda p, ops: [ops["desc"](p.id)],
                "with_": {
                    "comments": {
                        "columns": {"id": True},
                        "where": lambda c, ops: ops["ne"](c.text, "c0"),
                        "order_by": lambda c, ops: [ops["desc"](c.id)],
                        "limit": 1,
                        "with_": {"post": {"columns": {"title": True}}},
                    }
                },
            }
        },
    )
    assert len(counter.statements) == 1
    assert users == [
        {"id": 2, "author_posts": [{"id": 13, "comments": []}]},
        {
            "id": 1,
            "author_posts": [
                {"id": 12, "comments": [{"id": 105, "post": {"title": "third"}}]},
                {"id": 11, "comments": [{"id": 104, "post": {"title": "second"}}]},
            ],
        },
    ]


def test_offset_and_extras(rdb: Any) -> None:
    from harness import sql

    db, _, counter, _ = rdb
    users = db.query.users.find_many(
        columns={"id": True},
        extras=lambda u, ops: {"shout": sql("upper({})", u.name).as_("shout")},
        order_by=lambda u, ops: [u.id],
        limit=2,
        offset=1,
    )
    assert users == [{"id": 2, "shout": "BOB"}, {"id": 3, "shout": "CY"}]
    assert len(counter.statements) == 1


def test_bad_relations_fail_at_connect(dialect: str) -> None:
    schema = build(dialect)
    other = dict(schema)
    del other["groups"], other["groups_relations"]
    with pytest.raises(
        SchemaError, match=r"relation 'group'.*'groups', which is not in the schema"
    ):
        connect(":memory:", schema=other)
    ambiguous = dict(schema)
    ambiguous["users_relations"] = relations(
        schema["users"], lambda r: {"posts": r.many(schema["posts"])}
    )
    with pytest.raises(SchemaError, match=r"table 'users', relation 'posts': ambiguous"):
        connect(":memory:", schema=ambiguous)
    uninferable = dict(schema)
    uninferable["groups_relations"] = relations(
        schema["groups"], lambda r: {"members": r.one(schema["users"])}
    )
    with pytest.raises(SchemaError, match=r"table 'groups', relation 'members': cannot infer"):
        connect(":memory:", schema=uninferable)


def test_query_without_schema_is_explained(db: Database) -> None:
    from harness import HarnessError

    with pytest.raises(HarnessError, match="connect\\(url, schema="):
        db.query.users.find_many()


def test_empty_columns_select_none_of_the_tables_own_columns(rdb: Any) -> None:
    """Drizzle: ``columns: {}`` keeps only relations and extras, at every level; a level left
    with nothing to select is an error."""
    db, _, counter, _ = rdb
    rows = db.query.users.find_many(
        columns={},
        with_={
            "author_posts": {"columns": {"id": True}, "order_by": lambda p, ops: [ops.asc(p.id)]}
        },
        order_by=lambda u, ops: [ops.asc(u.id)],
    )
    assert rows == [
        {"author_posts": [{"id": 10}, {"id": 11}, {"id": 12}]},
        {"author_posts": [{"id": 13}]},
        {"author_posts": []},
    ]
    assert len(counter.statements) == 1  # still one statement per call
    # nothing left to select at a level: Drizzle's "No fields selected" error, before any SQL
    with pytest.raises(QueryBuildError, match="no fields selected"):
        db.query.users.find_many(columns={}, where=lambda u, ops: ops.eq(u.id, 1))
    with pytest.raises(QueryBuildError, match="no fields selected"):
        db.query.users.find_first(
            columns={"id": True},
            with_={"author_posts": {"columns": {}}},
            where=lambda u, ops: ops.eq(u.id, 2),
        )
    assert len(counter.statements) == 1


def test_with_must_be_a_dict(rdb: Any) -> None:
    db, _, _, _ = rdb
    with pytest.raises(QueryBuildError, match=r"with_= takes a dict .* with_=\{'posts': True\}"):
        db.query.users.find_many(with_="posts")


def test_nested_where_and_order_by_written_with_the_tables_columns(rdb: Any) -> None:
    """The usual Drizzle spelling: ``with: {posts: {where: eq(posts.id, 1)}}`` with the table's
    own columns, moved onto the relation's alias (one statement, every engine)."""
    from harness import desc, eq, gt

    db, t, counter, _ = rdb
    posts = t["posts"]
    row = db.query.users.find_first(
        columns={"id": True},
        with_={
            "author_posts": {
                "columns": {"id": True},
                "where": gt(posts.id, 10),
                "order_by": [desc(posts.id)],
            }
        },
        where=lambda u, ops: ops.eq(u.id, 1),
    )
    assert row == {"id": 1, "author_posts": [{"id": 12}, {"id": 11}]}
    only = db.query.users.find_many(
        columns={"id": True},
        with_={"author_posts": {"columns": {"title": True}, "where": eq(posts.id, 13)}},
        order_by=lambda u, ops: [ops.asc(u.id)],
    )
    assert [r["author_posts"] for r in only] == [[], [{"title": "bob's"}], []]
    assert len(counter.statements) == 2


def test_extras_written_with_the_tables_columns(rdb: Any) -> None:
    """Extras written with the table's own columns land on the relation's alias, as ``where``
    does (the root table is aliased by its key, as Drizzle does: the relational port's
    "... where exists" test shows the correlation that gives)."""
    from harness import eq, sql

    db, t, counter, _ = rdb
    users, posts = t["users"], t["posts"]
    row = db.query.users.find_first(
        columns={"id": True},
        with_={
            "author_posts": {
                "columns": {"id": True},
                "extras": {"upper": sql("upper({})", posts.title).as_("upper")},
                "where": eq(posts.id, 10),
            }
        },
        where=eq(users.id, 1),
    )
    assert row == {"id": 1, "author_posts": [{"id": 10, "upper": "FIRST"}]}
    assert len(counter.statements) == 1


def test_prepared_relational_queries(rdb: Any) -> None:
    """``prepare_find_many``/``prepare_find_first`` (Drizzle's ``findMany(...).prepare()``):
    placeholders at any level, filled per ``execute``."""
    from harness import sql

    db, _t, counter, _ = rdb
    first = db.query.users.prepare_find_first(
        "user_with_posts",
        columns={"id": True},
        with_={
            "author_posts": {
                "columns": {"id": True},
                "order_by": lambda p, ops: [ops.asc(p.id)],
                "limit": sql.placeholder("posts"),
            }
        },
        where=lambda u, ops: ops.eq(u.id, sql.placeholder("id")),
    )
    assert first.execute({"id": 1, "posts": 2}) == {
        "id": 1,
        "author_posts": [{"id": 10}, {"id": 11}],
    }
    assert first.execute({"id": 2, "posts": 5}) == {"id": 2, "author_posts": [{"id": 13}]}
    assert first.execute({"id": 99, "posts": 1}) is None
    many = db.query.users.prepare_find_many(
        columns={"id": True},
        order_by=lambda u, ops: [ops.asc(u.id)],
        limit=sql.placeholder("limit"),
    )
    assert many.execute({"limit": 2}) == [{"id": 1}, {"id": 2}]
    with pytest.raises(QueryBuildError, match="no value for placeholder 'limit'"):
        many.execute({})
    assert len(counter.statements) == 4
