"""The tests Drizzle's relational-query suites share (``integration-tests/tests/relational/
pg.test.ts``, ``mysql.test.ts`` and ``bettersqlite.test.ts``), written once.

Not collected by itself: ``test_relational_{pg,mysql,sqlite}.py`` import these tests and give
them the ``rdb`` fixture, a database connected with the upstream schema of its dialect
(``relational_schema.py``) whose tables exist and are empty (upstream's ``beforeEach``).  The
bodies follow ``pg.test.ts``; the other two files differ only by driver syntax, SQLite's integer
``verified`` (``0 == False`` in Python) and, in places, weaker assertions that the PostgreSQL
ones imply.  Upstream's ``expectTypeOf`` checks are dropped; where upstream sorts results in
JavaScript, they are sorted here too.  Differences are listed in ``STATUS_relational.md``.
"""

from __future__ import annotations

from typing import Any
from unittest.mock import ANY

import pytest

from harness import Database, QueryBuildError, desc, eq, gt, gte, or_, sql
from tests.drizzle.relational_schema import schema_for

__all__ = [
    "test_find_many_get_deep_select",
    "test_find_many_get_groups_with_users",
    "test_find_many_get_groups_with_users_limit",
    "test_find_many_get_groups_with_users_limit_where",
    "test_find_many_get_groups_with_users_order_by",
    "test_find_many_get_groups_with_users_where",
    "test_find_many_get_only_custom_fields",
    "test_find_many_get_only_custom_fields_where",
    "test_find_many_get_only_custom_fields_where_limit",
    "test_find_many_get_only_custom_fields_where_order_by",
    "test_find_many_get_select",
    "test_find_many_get_users_with_groups",
    "test_find_many_get_users_with_groups_limit",
    "test_find_many_get_users_with_groups_limit_where",
    "test_find_many_get_users_with_groups_order_by",
    "test_find_many_get_users_with_groups_order_by_limit",
    "test_find_many_get_users_with_groups_where",
    "test_find_many_get_users_with_posts",
    "test_find_many_get_users_with_posts_custom_fields",
    "test_find_many_get_users_with_posts_custom_fields_limits",
    "test_find_many_get_users_with_posts_in_rollbacked_transaction",
    "test_find_many_get_users_with_posts_in_transaction",
    "test_find_many_get_users_with_posts_limit_posts",
    "test_find_many_get_users_with_posts_limit_posts_and_users",
    "test_find_many_get_users_with_posts_order_by",
    "test_find_many_get_users_with_posts_prepared_limit",
    "test_find_many_get_users_with_posts_prepared_limit_offset",
    "test_find_many_get_users_with_posts_prepared_limit_offset_where",
    "test_find_many_get_users_with_posts_prepared_where",
    "test_find_many_get_users_with_posts_where",
    "test_find_many_get_users_with_posts_where_partial",
    "test_find_many_get_users_with_posts_where_partial_did_not_select_posts_id_but_used_it_in_where",
    "test_find_many_get_users_with_posts_where_partial_false",
    "test_find_many_get_users_with_posts_where_partial_true_false",
    "test_find_one_get_deep_select",
    "test_find_one_get_groups_with_users",
    "test_find_one_get_groups_with_users_limit",
    "test_find_one_get_groups_with_users_limit_where",
    "test_find_one_get_groups_with_users_order_by",
    "test_find_one_get_groups_with_users_where",
    "test_find_one_get_only_custom_fields",
    "test_find_one_get_only_custom_fields_where",
    "test_find_one_get_only_custom_fields_where_limit",
    "test_find_one_get_only_custom_fields_where_order_by",
    "test_find_one_get_select",
    "test_find_one_get_users_with_groups",
    "test_find_one_get_users_with_groups_limit",
    "test_find_one_get_users_with_groups_limit_where",
    "test_find_one_get_users_with_groups_order_by",
    "test_find_one_get_users_with_groups_order_by_limit",
    "test_find_one_get_users_with_groups_where",
    "test_find_one_get_users_with_posts",
    "test_find_one_get_users_with_posts_custom_fields",
    "test_find_one_get_users_with_posts_custom_fields_limits",
    "test_find_one_get_users_with_posts_limit_posts",
    "test_find_one_get_users_with_posts_limit_posts_and_users",
    "test_find_one_get_users_with_posts_no_results_found",
    "test_find_one_get_users_with_posts_order_by",
    "test_find_one_get_users_with_posts_where",
    "test_find_one_get_users_with_posts_where_partial",
    "test_find_one_get_users_with_posts_where_partial_did_not_select_posts_id_but_used_it_in_where",
    "test_find_one_get_users_with_posts_where_partial_false",
    "test_find_one_get_users_with_posts_where_partial_true_false",
    "test_get_groups_with_users_custom",
    "test_get_groups_with_users_order_by_limit",
    "test_get_user_limit_with_invitee",
    "test_get_user_with_invitee",
    "test_get_user_with_invitee_and_custom_fields",
    "test_get_user_with_invitee_and_custom_fields_limits",
    "test_get_user_with_invitee_and_posts",
    "test_get_user_with_invitee_and_posts_custom_fields_in_each",
    "test_get_user_with_invitee_and_posts_limit_posts_and_users",
    "test_get_user_with_invitee_and_posts_limit_posts_and_users_where",
    "test_get_user_with_invitee_and_posts_limits_custom_fields_in_each",
    "test_get_user_with_invitee_and_posts_order_by",
    "test_get_user_with_invitee_and_posts_order_by_where_custom",
    "test_get_user_with_invitee_and_posts_order_by_where_partial_custom",
    "test_get_user_with_invitee_and_posts_where",
    "test_get_user_with_invitee_order_by",
    "test_get_user_with_invitee_where",
    "test_get_user_with_invitee_where_partial",
    "test_get_user_with_invitee_where_partial_did_not_select_users_id_but_used_it_in_where",
    "test_get_user_with_invitee_where_partial_false",
    "test_get_user_with_invitee_where_partial_true_false",
    "test_get_user_with_posts_and_posts_with_comments",
    "test_get_user_with_posts_and_posts_with_comments_and_comments_with_owner",
    "test_get_user_with_posts_and_posts_with_comments_and_comments_with_owner_where_exists",
    "test_get_users_with_groups_custom",
    "test_to_sql",
]


def test_find_many_get_users_with_posts(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        with_={
            "posts": True,
        },
    )
    users_with_posts.sort(key=lambda r: r["id"])
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 1
    assert len(users_with_posts[1]["posts"]) == 1
    assert len(users_with_posts[2]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }
    assert users_with_posts[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            }
        ],
    }
    assert users_with_posts[2] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 3,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[2]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_limit_posts(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + limit posts" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        with_={
            "posts": {
                "limit": 1,
            },
        },
    )
    users_with_posts.sort(key=lambda r: r["id"])
    users_with_posts[0]["posts"].sort(key=lambda r: r["id"])
    users_with_posts[1]["posts"].sort(key=lambda r: r["id"])
    users_with_posts[2]["posts"].sort(key=lambda r: r["id"])
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 1
    assert len(users_with_posts[1]["posts"]) == 1
    assert len(users_with_posts[2]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }
    assert users_with_posts[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            }
        ],
    }
    assert users_with_posts[2] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[2]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_limit_posts_and_users(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + limit posts and users" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        limit=2,
        with_={
            "posts": {
                "limit": 1,
            },
        },
    )
    users_with_posts.sort(key=lambda r: r["id"])
    users_with_posts[0]["posts"].sort(key=lambda r: r["id"])
    users_with_posts[1]["posts"].sort(key=lambda r: r["id"])
    assert len(users_with_posts) == 2
    assert len(users_with_posts[0]["posts"]) == 1
    assert len(users_with_posts[1]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }
    assert users_with_posts[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_custom_fields(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + custom fields" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        with_={
            "posts": True,
        },
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    users_with_posts.sort(key=lambda r: r["id"])
    users_with_posts[0]["posts"].sort(key=lambda r: r["id"])
    users_with_posts[1]["posts"].sort(key=lambda r: r["id"])
    users_with_posts[2]["posts"].sort(key=lambda r: r["id"])
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 3
    assert len(users_with_posts[1]["posts"]) == 2
    assert len(users_with_posts[2]["posts"]) == 2
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "lower_name": "dan",
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            },
            {
                "id": 2,
                "owner_id": 1,
                "content": "Post1.2",
                "created_at": users_with_posts[0]["posts"][1]["created_at"],
            },
            {
                "id": 3,
                "owner_id": 1,
                "content": "Post1.3",
                "created_at": users_with_posts[0]["posts"][2]["created_at"],
            },
        ],
    }
    assert users_with_posts[1] == {
        "id": 2,
        "name": "Andrew",
        "lower_name": "andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            },
            {
                "id": 5,
                "owner_id": 2,
                "content": "Post2.1",
                "created_at": users_with_posts[1]["posts"][1]["created_at"],
            },
        ],
    }
    assert users_with_posts[2] == {
        "id": 3,
        "name": "Alex",
        "lower_name": "alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[2]["posts"][0]["created_at"],
            },
            {
                "id": 7,
                "owner_id": 3,
                "content": "Post3.1",
                "created_at": users_with_posts[2]["posts"][1]["created_at"],
            },
        ],
    }


def test_find_many_get_users_with_posts_custom_fields_limits(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + custom fields + limits" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        limit=1,
        with_={
            "posts": {
                "limit": 1,
            },
        },
        extras=lambda users_table, ops: (
            {
                "lower_name": ops.sql("lower({})", users_table.name).as_("name_lower"),
            }
        ),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "lower_name": "dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_order_by(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "1"},
            {"owner_id": 1, "content": "2"},
            {"owner_id": 1, "content": "3"},
            {"owner_id": 2, "content": "4"},
            {"owner_id": 2, "content": "5"},
            {"owner_id": 3, "content": "6"},
            {"owner_id": 3, "content": "7"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        with_={
            "posts": {
                "order_by": lambda posts_table, ops: [ops.desc(posts_table.content)],
            },
        },
        order_by=lambda users_table, ops: [ops.desc(users_table.id)],
    )
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 2
    assert len(users_with_posts[1]["posts"]) == 2
    assert len(users_with_posts[2]["posts"]) == 3
    assert users_with_posts[2] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 3,
                "owner_id": 1,
                "content": "3",
                "created_at": users_with_posts[2]["posts"][2]["created_at"],
            },
            {
                "id": 2,
                "owner_id": 1,
                "content": "2",
                "created_at": users_with_posts[2]["posts"][1]["created_at"],
            },
            {
                "id": 1,
                "owner_id": 1,
                "content": "1",
                "created_at": users_with_posts[2]["posts"][0]["created_at"],
            },
        ],
    }
    assert users_with_posts[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 5,
                "owner_id": 2,
                "content": "5",
                "created_at": users_with_posts[1]["posts"][1]["created_at"],
            },
            {
                "id": 4,
                "owner_id": 2,
                "content": "4",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            },
        ],
    }
    assert users_with_posts[0] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 7,
                "owner_id": 3,
                "content": "7",
                "created_at": users_with_posts[0]["posts"][1]["created_at"],
            },
            {
                "id": 6,
                "owner_id": 3,
                "content": "6",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            },
        ],
    }


def test_find_many_get_users_with_posts_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        where=(lambda f, ops: ops.eq(f.id, 1)),
        with_={
            "posts": {
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_where_partial(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + where + partial" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": True,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "posts": [{"id": 1, "content": "Post1"}],
    }


def test_find_many_get_users_with_posts_where_partial_did_not_select_posts_id_but_used_it_in_where(
    rdb: Database,
) -> None:
    """upstream: "[Find Many] Get users with posts + where + partial. Did not select posts id, but used it in where" """  # noqa: E501
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": True,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "posts": [{"id": 1, "content": "Post1"}],
    }


def test_find_many_get_users_with_posts_where_partial_true_false(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + where + partial(true + false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={
            "id": True,
            "name": False,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": False,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "posts": [{"id": 1}],
    }


def test_find_many_get_users_with_posts_where_partial_false(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + where + partial(false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={
            "name": False,
        },
        with_={
            "posts": {
                "columns": {
                    "content": False,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "verified": False,
        "invited_by": None,
        "posts": [
            {"id": 1, "owner_id": 1, "created_at": users_with_posts[0]["posts"][0]["created_at"]}
        ],
    }


def test_find_many_get_users_with_posts_in_transaction(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts in transaction" """
    t = schema_for(rdb)
    users_with_posts: list[dict[str, Any]] = []
    with rdb.transaction() as tx:
        tx.insert(t.users_table).values(
            [{"id": 1, "name": "Dan"}, {"id": 2, "name": "Andrew"}, {"id": 3, "name": "Alex"}]
        ).execute()
        tx.insert(t.posts_table).values(
            [
                {"owner_id": 1, "content": "Post1"},
                {"owner_id": 1, "content": "Post1.1"},
                {"owner_id": 2, "content": "Post2"},
                {"owner_id": 3, "content": "Post3"},
            ]
        ).execute()
        users_with_posts = tx.query.users_table.find_many(
            where=lambda f, ops: ops.eq(f.id, 1),
            with_={"posts": {"where": lambda f, ops: ops.eq(f.id, 1)}},
        )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_in_rollbacked_transaction(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts in rollbacked transaction"

    Upstream's ``tx.rollback()`` rejects the transaction with ``TransactionRollbackError``;
    here it leaves the ``with`` block without an error (README): the query after it never
    runs either way."""
    t = schema_for(rdb)
    users_with_posts: list[dict[str, Any]] = []
    with rdb.transaction() as tx:
        tx.insert(t.users_table).values(
            [{"id": 1, "name": "Dan"}, {"id": 2, "name": "Andrew"}, {"id": 3, "name": "Alex"}]
        ).execute()
        tx.insert(t.posts_table).values(
            [
                {"owner_id": 1, "content": "Post1"},
                {"owner_id": 1, "content": "Post1.1"},
                {"owner_id": 2, "content": "Post2"},
                {"owner_id": 3, "content": "Post3"},
            ]
        ).execute()
        tx.rollback()
        users_with_posts = tx.query.users_table.find_many(
            where=lambda f, ops: ops.eq(f.id, 1),
            with_={"posts": {"where": lambda f, ops: ops.eq(f.id, 1)}},
        )
    assert len(users_with_posts) == 0
    assert rdb.select().from_(t.users_table).all() == []


def test_find_many_get_only_custom_fields(rdb: Database) -> None:
    """upstream: "[Find Many] Get only custom fields" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 3
    assert len(users_with_posts[1]["posts"]) == 2
    assert len(users_with_posts[2]["posts"]) == 2
    assert {
        "lower_name": "dan",
        "posts": [
            {"lower_name": "post1"},
            {
                "lower_name": "post1.2",
            },
            {"lower_name": "post1.3"},
        ],
    } in users_with_posts
    assert {
        "lower_name": "andrew",
        "posts": [
            {"lower_name": "post2"},
            {
                "lower_name": "post2.1",
            },
        ],
    } in users_with_posts
    assert {
        "lower_name": "alex",
        "posts": [
            {"lower_name": "post3"},
            {
                "lower_name": "post3.1",
            },
        ],
    } in users_with_posts


def test_find_many_get_only_custom_fields_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get only custom fields + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 2
    assert {
        "lower_name": "dan",
        "posts": [{"lower_name": "post1.2"}, {"lower_name": "post1.3"}],
    } in users_with_posts


def test_find_many_get_only_custom_fields_where_limit(rdb: Database) -> None:
    """upstream: "[Find Many] Get only custom fields + where + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "limit": 1,
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert {
        "lower_name": "dan",
        "posts": [{"lower_name": "post1.2"}],
    } in users_with_posts


def test_find_many_get_only_custom_fields_where_order_by(rdb: Database) -> None:
    """upstream: "[Find Many] Get only custom fields + where + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_many(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "order_by": [desc(t.posts_table.id)],
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 2
    assert {
        "lower_name": "dan",
        "posts": [{"lower_name": "post1.3"}, {"lower_name": "post1.2"}],
    } in users_with_posts


def test_find_one_get_only_custom_fields(rdb: Database) -> None:
    """upstream: "[Find One] Get only custom fields" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 3
    assert users_with_posts == {
        "lower_name": "dan",
        "posts": [
            {"lower_name": "post1"},
            {
                "lower_name": "post1.2",
            },
            {"lower_name": "post1.3"},
        ],
    }


def test_find_one_get_only_custom_fields_where(rdb: Database) -> None:
    """upstream: "[Find One] Get only custom fields + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "extras": lambda f, ops: (
                    {
                        "content_lower": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 2
    assert users_with_posts == {
        "lower_name": "dan",
        "posts": [{"content_lower": "post1.2"}, {"content_lower": "post1.3"}],
    }


def test_find_one_get_only_custom_fields_where_limit(rdb: Database) -> None:
    """upstream: "[Find One] Get only custom fields + where + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "limit": 1,
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "lower_name": "dan",
        "posts": [{"lower_name": "post1.2"}],
    }


def test_find_one_get_only_custom_fields_where_order_by(rdb: Database) -> None:
    """upstream: "[Find One] Get only custom fields + where + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={},
        with_={
            "posts": {
                "columns": {},
                "where": gte(t.posts_table.id, 2),
                "order_by": [desc(t.posts_table.id)],
                "extras": lambda f, ops: (
                    {
                        "lower_name": sql("lower({})", f.content).as_("content_lower"),
                    }
                ),
            },
        },
        where=eq(t.users_table.id, 1),
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 2
    assert users_with_posts == {
        "lower_name": "dan",
        "posts": [{"lower_name": "post1.3"}, {"lower_name": "post1.2"}],
    }


def test_find_many_get_select(rdb: Database) -> None:
    """upstream: "[Find Many] Get select {}" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    with pytest.raises(QueryBuildError):
        rdb.query.users_table.find_many(columns={})


def test_find_one_get_select(rdb: Database) -> None:
    """upstream: "[Find One] Get select {}" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    with pytest.raises(QueryBuildError):
        rdb.query.users_table.find_first(columns={})


def test_find_many_get_deep_select(rdb: Database) -> None:
    """upstream: "[Find Many] Get deep select {}" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    with pytest.raises(QueryBuildError):
        rdb.query.users_table.find_many(columns={}, with_={"posts": {"columns": {}}})


def test_find_one_get_deep_select(rdb: Database) -> None:
    """upstream: "[Find One] Get deep select {}" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    with pytest.raises(QueryBuildError):
        rdb.query.users_table.find_first(columns={}, with_={"posts": {"columns": {}}})


def test_find_many_get_users_with_posts_prepared_limit(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + prepared limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    prepared = rdb.query.users_table.prepare_find_many(
        "query1",
        with_={
            "posts": {
                "limit": sql.placeholder("limit"),
            },
        },
    )
    users_with_posts = prepared.execute({"limit": 1})
    assert len(users_with_posts) == 3
    assert len(users_with_posts[0]["posts"]) == 1
    assert len(users_with_posts[1]["posts"]) == 1
    assert len(users_with_posts[2]["posts"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[2]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts


def test_find_many_get_users_with_posts_prepared_limit_offset(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + prepared limit + offset" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    prepared = rdb.query.users_table.prepare_find_many(
        "query2",
        limit=sql.placeholder("uLimit"),
        offset=sql.placeholder("uOffset"),
        with_={
            "posts": {
                "limit": sql.placeholder("pLimit"),
            },
        },
    )
    users_with_posts = prepared.execute({"pLimit": 1, "uLimit": 3, "uOffset": 1})
    assert len(users_with_posts) == 2
    assert len(users_with_posts[0]["posts"]) == 1
    assert len(users_with_posts[1]["posts"]) == 1
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[1]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts


def test_find_many_get_users_with_posts_prepared_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + prepared where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    prepared = rdb.query.users_table.prepare_find_many(
        "query3",
        where=(lambda f, ops: ops.eq(f.id, sql.placeholder("id"))),
        with_={
            "posts": {
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
    )
    users_with_posts = prepared.execute({"id": 1})
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert users_with_posts[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    }


def test_find_many_get_users_with_posts_prepared_limit_offset_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with posts + prepared + limit + offset + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    prepared = rdb.query.users_table.prepare_find_many(
        "query4",
        limit=sql.placeholder("uLimit"),
        offset=sql.placeholder("uOffset"),
        where=(lambda f, ops: ops.or_(ops.eq(f.id, sql.placeholder("id")), ops.eq(f.id, 3))),
        with_={
            "posts": {
                "where": (lambda f, ops: ops.eq(f.id, sql.placeholder("pid"))),
                "limit": sql.placeholder("pLimit"),
            },
        },
    )
    users_with_posts = prepared.execute({"pLimit": 1, "uLimit": 3, "uOffset": 1, "id": 2, "pid": 6})
    assert len(users_with_posts) == 1
    assert len(users_with_posts[0]["posts"]) == 1
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3",
                "created_at": users_with_posts[0]["posts"][0]["created_at"],
            }
        ],
    } in users_with_posts


def test_find_one_get_users_with_posts(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": True,
        },
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            }
        ],
    }


def test_find_one_get_users_with_posts_limit_posts(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + limit posts" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": {
                "limit": 1,
            },
        },
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            }
        ],
    }


def test_find_one_get_users_with_posts_no_results_found(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts no results found" """
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": {
                "limit": 1,
            },
        },
    )
    assert users_with_posts is None


def test_find_one_get_users_with_posts_limit_posts_and_users(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + limit posts and users" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": {
                "limit": 1,
            },
        },
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            }
        ],
    }


def test_find_one_get_users_with_posts_custom_fields(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + custom fields" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": True,
        },
        extras=lambda f, ops: (
            {
                "lower_name": sql("lower({})", f.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 3
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "lower_name": "dan",
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            },
            {
                "id": 2,
                "owner_id": 1,
                "content": "Post1.2",
                "created_at": users_with_posts["posts"][1]["created_at"],
            },
            {
                "id": 3,
                "owner_id": 1,
                "content": "Post1.3",
                "created_at": users_with_posts["posts"][2]["created_at"],
            },
        ],
    }


def test_find_one_get_users_with_posts_custom_fields_limits(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + custom fields + limits" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.2"},
            {"owner_id": 1, "content": "Post1.3"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": {
                "limit": 1,
            },
        },
        extras=lambda users_table, ops: (
            {
                "lower_name": ops.sql("lower({})", users_table.name).as_("name_lower"),
            }
        ),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "lower_name": "dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            }
        ],
    }


def test_find_one_get_users_with_posts_order_by(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "1"},
            {"owner_id": 1, "content": "2"},
            {"owner_id": 1, "content": "3"},
            {"owner_id": 2, "content": "4"},
            {"owner_id": 2, "content": "5"},
            {"owner_id": 3, "content": "6"},
            {"owner_id": 3, "content": "7"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        with_={
            "posts": {
                "order_by": lambda posts_table, ops: [ops.desc(posts_table.content)],
            },
        },
        order_by=lambda users_table, ops: [ops.desc(users_table.id)],
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 2
    assert users_with_posts == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 7,
                "owner_id": 3,
                "content": "7",
                "created_at": users_with_posts["posts"][1]["created_at"],
            },
            {
                "id": 6,
                "owner_id": 3,
                "content": "6",
                "created_at": users_with_posts["posts"][0]["created_at"],
            },
        ],
    }


def test_find_one_get_users_with_posts_where(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        where=(lambda f, ops: ops.eq(f.id, 1)),
        with_={
            "posts": {
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": users_with_posts["posts"][0]["created_at"],
            }
        ],
    }


def test_find_one_get_users_with_posts_where_partial(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + where + partial" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": True,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "posts": [{"id": 1, "content": "Post1"}],
    }


def test_find_one_get_users_with_posts_where_partial_did_not_select_posts_id_but_used_it_in_where(
    rdb: Database,
) -> None:
    """upstream: "[Find One] Get users with posts + where + partial. Did not select posts id, but used it in where" """  # noqa: E501
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": True,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "name": "Dan",
        "posts": [{"id": 1, "content": "Post1"}],
    }


def test_find_one_get_users_with_posts_where_partial_true_false(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + where + partial(true + false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={
            "id": True,
            "name": False,
        },
        with_={
            "posts": {
                "columns": {
                    "id": True,
                    "content": False,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "posts": [{"id": 1}],
    }


def test_find_one_get_users_with_posts_where_partial_false(rdb: Database) -> None:
    """upstream: "[Find One] Get users with posts + where + partial(false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    users_with_posts = rdb.query.users_table.find_first(
        columns={
            "name": False,
        },
        with_={
            "posts": {
                "columns": {
                    "content": False,
                },
                "where": (lambda f, ops: ops.eq(f.id, 1)),
            },
        },
        where=(lambda f, ops: ops.eq(f.id, 1)),
    )
    assert users_with_posts is not None
    assert len(users_with_posts["posts"]) == 1
    assert users_with_posts == {
        "id": 1,
        "verified": False,
        "invited_by": None,
        "posts": [
            {"id": 1, "owner_id": 1, "created_at": users_with_posts["posts"][0]["created_at"]}
        ],
    }


def test_get_user_with_invitee(rdb: Database) -> None:
    """upstream: "Get user with invitee" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        with_={
            "invitee": True,
        },
    )
    users_with_invitee.sort(key=lambda r: r["id"])
    assert len(users_with_invitee) == 4
    assert users_with_invitee[0]["invitee"] is None
    assert users_with_invitee[1]["invitee"] is None
    assert users_with_invitee[2]["invitee"] is not None
    assert users_with_invitee[3]["invitee"] is not None
    assert users_with_invitee[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[2] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
    }
    assert users_with_invitee[3] == {
        "id": 4,
        "name": "John",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
    }


def test_get_user_limit_with_invitee(rdb: Database) -> None:
    """upstream: "Get user + limit with invitee" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew", "invited_by": 1},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        with_={
            "invitee": True,
        },
        limit=2,
    )
    users_with_invitee.sort(key=lambda r: r["id"])
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is None
    assert users_with_invitee[1]["invitee"] is not None
    assert users_with_invitee[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
    }


def test_get_user_with_invitee_and_custom_fields(rdb: Database) -> None:
    """upstream: "Get user with invitee and custom fields" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        extras=lambda users, ops: ({"lower": sql("lower({})", users.name).as_("lower_name")}),
        with_={
            "invitee": {
                "extras": lambda invitee, ops: (
                    {"lower": sql("lower({})", invitee.name).as_("lower_name")}
                ),
            },
        },
    )
    users_with_invitee.sort(key=lambda r: r["id"])
    assert len(users_with_invitee) == 4
    assert users_with_invitee[0]["invitee"] is None
    assert users_with_invitee[1]["invitee"] is None
    assert users_with_invitee[2]["invitee"] is not None
    assert users_with_invitee[3]["invitee"] is not None
    assert users_with_invitee[0] == {
        "id": 1,
        "name": "Dan",
        "lower": "dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[1] == {
        "id": 2,
        "name": "Andrew",
        "lower": "andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[2] == {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "lower": "dan", "verified": False, "invited_by": None},
    }
    assert users_with_invitee[3] == {
        "id": 4,
        "name": "John",
        "lower": "john",
        "verified": False,
        "invited_by": 2,
        "invitee": {
            "id": 2,
            "name": "Andrew",
            "lower": "andrew",
            "verified": False,
            "invited_by": None,
        },
    }


def test_get_user_with_invitee_and_custom_fields_limits(rdb: Database) -> None:
    """upstream: "Get user with invitee and custom fields + limits" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        extras=lambda users, ops: ({"lower": sql("lower({})", users.name).as_("lower_name")}),
        limit=3,
        with_={
            "invitee": {
                "extras": lambda invitee, ops: (
                    {"lower": sql("lower({})", invitee.name).as_("lower_name")}
                ),
            },
        },
    )
    users_with_invitee.sort(key=lambda r: r["id"])
    assert len(users_with_invitee) == 3
    assert users_with_invitee[0]["invitee"] is None
    assert users_with_invitee[1]["invitee"] is None
    assert users_with_invitee[2]["invitee"] is not None
    assert users_with_invitee[0] == {
        "id": 1,
        "name": "Dan",
        "lower": "dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[1] == {
        "id": 2,
        "name": "Andrew",
        "lower": "andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[2] == {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "lower": "dan", "verified": False, "invited_by": None},
    }


def test_get_user_with_invitee_order_by(rdb: Database) -> None:
    """upstream: "Get user with invitee + order by" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        order_by=lambda users, ops: [ops.desc(users.id)],
        with_={
            "invitee": True,
        },
    )
    assert len(users_with_invitee) == 4
    assert users_with_invitee[3]["invitee"] is None
    assert users_with_invitee[2]["invitee"] is None
    assert users_with_invitee[1]["invitee"] is not None
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[3] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[2] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
    }
    assert users_with_invitee[1] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
    }
    assert users_with_invitee[0] == {
        "id": 4,
        "name": "John",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
    }


def test_get_user_with_invitee_where(rdb: Database) -> None:
    """upstream: "Get user with invitee + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        with_={
            "invitee": True,
        },
    )
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[1]["invitee"] is not None
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
    } in users_with_invitee
    assert {
        "id": 4,
        "name": "John",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
    } in users_with_invitee


def test_get_user_with_invitee_where_partial(rdb: Database) -> None:
    """upstream: "Get user with invitee + where + partial" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "invitee": {
                "columns": {
                    "id": True,
                    "name": True,
                },
            },
        },
    )
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[1]["invitee"] is not None
    assert {
        "id": 3,
        "name": "Alex",
        "invitee": {"id": 1, "name": "Dan"},
    } in users_with_invitee
    assert {
        "id": 4,
        "name": "John",
        "invitee": {"id": 2, "name": "Andrew"},
    } in users_with_invitee


def test_get_user_with_invitee_where_partial_did_not_select_users_id_but_used_it_in_where(
    rdb: Database,
) -> None:
    """upstream: "Get user with invitee + where + partial.  Did not select users id, but used it in where" """  # noqa: E501
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        columns={
            "name": True,
        },
        with_={
            "invitee": {
                "columns": {
                    "id": True,
                    "name": True,
                },
            },
        },
    )
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[1]["invitee"] is not None
    assert {
        "name": "Alex",
        "invitee": {"id": 1, "name": "Dan"},
    } in users_with_invitee
    assert {
        "name": "John",
        "invitee": {"id": 2, "name": "Andrew"},
    } in users_with_invitee


def test_get_user_with_invitee_where_partial_true_false(rdb: Database) -> None:
    """upstream: "Get user with invitee + where + partial(true+false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        columns={
            "id": True,
            "name": True,
            "verified": False,
        },
        with_={
            "invitee": {
                "columns": {
                    "id": True,
                    "name": True,
                    "verified": False,
                },
            },
        },
    )
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[1]["invitee"] is not None
    assert {
        "id": 3,
        "name": "Alex",
        "invitee": {"id": 1, "name": "Dan"},
    } in users_with_invitee
    assert {
        "id": 4,
        "name": "John",
        "invitee": {"id": 2, "name": "Andrew"},
    } in users_with_invitee


def test_get_user_with_invitee_where_partial_false(rdb: Database) -> None:
    """upstream: "Get user with invitee + where + partial(false)" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    users_with_invitee = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        columns={
            "verified": False,
        },
        with_={
            "invitee": {
                "columns": {
                    "name": False,
                },
            },
        },
    )
    assert len(users_with_invitee) == 2
    assert users_with_invitee[0]["invitee"] is not None
    assert users_with_invitee[1]["invitee"] is not None
    assert {
        "id": 3,
        "name": "Alex",
        "invited_by": 1,
        "invitee": {"id": 1, "verified": False, "invited_by": None},
    } in users_with_invitee
    assert {
        "id": 4,
        "name": "John",
        "invited_by": 2,
        "invitee": {"id": 2, "verified": False, "invited_by": None},
    } in users_with_invitee


def test_get_user_with_invitee_and_posts(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        with_={
            "invitee": True,
            "posts": True,
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 4
    assert response[0]["invitee"] is None
    assert response[1]["invitee"] is None
    assert response[2]["invitee"] is not None
    assert response[3]["invitee"] is not None
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[0]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[1]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 3,
                "owner_id": 3,
                "content": "Post3",
                "created_at": response[2]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 4,
        "name": "John",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
        "posts": [],
    } in response


def test_get_user_with_invitee_and_posts_limit_posts_and_users(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + limit posts and users" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        limit=3,
        with_={
            "invitee": True,
            "posts": {
                "limit": 1,
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert response[0]["invitee"] is None
    assert response[1]["invitee"] is None
    assert response[2]["invitee"] is not None
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[0]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 3,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[1]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "created_at": response[2]["posts"][0]["created_at"],
            }
        ],
    } in response


def test_get_user_with_invitee_and_posts_limits_custom_fields_in_each(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + limits + custom fields in each" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        limit=3,
        extras=lambda users, ops: ({"lower": sql("lower({})", users.name).as_("lower_name")}),
        with_={
            "invitee": {
                "extras": lambda users, ops: (
                    {"lower": sql("lower({})", users.name).as_("lower_invitee_name")}
                ),
            },
            "posts": {
                "limit": 1,
                "extras": lambda posts, ops: (
                    {"lower": sql("lower({})", posts.content).as_("lower_content")}
                ),
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert response[0]["invitee"] is None
    assert response[1]["invitee"] is None
    assert response[2]["invitee"] is not None
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "lower": "dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "lower": "post1",
                "created_at": response[0]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "lower": "andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 3,
                "owner_id": 2,
                "content": "Post2",
                "lower": "post2",
                "created_at": response[1]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "lower": "dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "lower": "post3",
                "created_at": response[2]["posts"][0]["created_at"],
            }
        ],
    } in response


def test_get_user_with_invitee_and_posts_custom_fields_in_each(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + custom fields in each" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        extras=lambda users, ops: ({"lower": sql("lower({})", users.name).as_("lower_name")}),
        with_={
            "invitee": {
                "extras": lambda users, ops: (
                    {"lower": sql("lower({})", users.name).as_("lower_name")}
                ),
            },
            "posts": {
                "extras": lambda posts, ops: (
                    {"lower": sql("lower({})", posts.content).as_("lower_name")}
                ),
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 4
    assert response[0]["invitee"] is None
    assert response[1]["invitee"] is None
    assert response[2]["invitee"] is not None
    assert response[3]["invitee"] is not None
    assert len(response[0]["posts"]) == 2
    assert len(response[1]["posts"]) == 2
    assert len(response[2]["posts"]) == 2
    assert len(response[3]["posts"]) == 0
    assert {
        "id": 1,
        "name": "Dan",
        "lower": "dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "lower": "post1",
                "created_at": response[0]["posts"][0]["created_at"],
            },
            {
                "id": 2,
                "owner_id": 1,
                "content": "Post1.1",
                "lower": "post1.1",
                "created_at": response[0]["posts"][1]["created_at"],
            },
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "lower": "andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 3,
                "owner_id": 2,
                "content": "Post2",
                "lower": "post2",
                "created_at": response[1]["posts"][0]["created_at"],
            },
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2.1",
                "lower": "post2.1",
                "created_at": response[1]["posts"][1]["created_at"],
            },
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "lower": "dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "lower": "post3",
                "created_at": response[2]["posts"][0]["created_at"],
            },
            {
                "id": 6,
                "owner_id": 3,
                "content": "Post3.1",
                "lower": "post3.1",
                "created_at": response[2]["posts"][1]["created_at"],
            },
        ],
    } in response
    assert {
        "id": 4,
        "name": "John",
        "lower": "john",
        "verified": False,
        "invited_by": 2,
        "invitee": {
            "id": 2,
            "name": "Andrew",
            "lower": "andrew",
            "verified": False,
            "invited_by": None,
        },
        "posts": [],
    } in response


def test_get_user_with_invitee_and_posts_order_by(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        order_by=lambda users, ops: [ops.desc(users.id)],
        with_={
            "invitee": True,
            "posts": {
                "order_by": lambda posts, ops: [ops.desc(posts.id)],
            },
        },
    )
    assert len(response) == 4
    assert response[3]["invitee"] is None
    assert response[2]["invitee"] is None
    assert response[1]["invitee"] is not None
    assert response[0]["invitee"] is not None
    assert len(response[0]["posts"]) == 0
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 2
    assert len(response[3]["posts"]) == 2
    assert response[3] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 1,
                "content": "Post1.1",
                "created_at": response[3]["posts"][0]["created_at"],
            },
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[3]["posts"][1]["created_at"],
            },
        ],
    }
    assert response[2] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 4,
                "owner_id": 2,
                "content": "Post2.1",
                "created_at": response[2]["posts"][0]["created_at"],
            },
            {
                "id": 3,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[2]["posts"][1]["created_at"],
            },
        ],
    }
    assert response[1] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "created_at": response[3]["posts"][1]["created_at"],
            }
        ],
    }
    assert response[0] == {
        "id": 4,
        "name": "John",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
        "posts": [],
    }


def test_get_user_with_invitee_and_posts_where(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 2), ops.eq(users.id, 3)),
        with_={
            "invitee": True,
            "posts": {
                "where": lambda posts, ops: ops.eq(posts.owner_id, 2),
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 2
    assert response[0]["invitee"] is None
    assert response[1]["invitee"] is not None
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 0
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "invitee": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[0]["posts"][0]["created_at"],
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [],
    } in response


def test_get_user_with_invitee_and_posts_limit_posts_and_users_where(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + limit posts and users + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
            {"owner_id": 3, "content": "Post3.1"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        where=lambda users, ops: ops.or_(ops.eq(users.id, 3), ops.eq(users.id, 4)),
        limit=1,
        with_={
            "invitee": True,
            "posts": {
                "where": lambda posts, ops: ops.eq(posts.owner_id, 3),
                "limit": 1,
            },
        },
    )
    assert len(response) == 1
    assert response[0]["invitee"] is not None
    assert len(response[0]["posts"]) == 1
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "created_at": response[0]["posts"][0]["created_at"],
            }
        ],
    } in response


def test_get_user_with_invitee_and_posts_order_by_where_custom(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + orderBy + where + custom" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        order_by=[desc(t.users_table.id)],
        where=or_(eq(t.users_table.id, 3), eq(t.users_table.id, 4)),
        extras={
            "lower": sql("lower({})", t.users_table.name).as_("lower_name"),
        },
        with_={
            "invitee": True,
            "posts": {
                "where": eq(t.posts_table.owner_id, 3),
                "order_by": [desc(t.posts_table.id)],
                "extras": {
                    "lower": sql("lower({})", t.posts_table.content).as_("lower_name"),
                },
            },
        },
    )
    assert len(response) == 2
    assert response[1]["invitee"] is not None
    assert response[0]["invitee"] is not None
    assert len(response[0]["posts"]) == 0
    assert len(response[1]["posts"]) == 1
    assert response[1] == {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": 1,
        "invitee": {"id": 1, "name": "Dan", "verified": False, "invited_by": None},
        "posts": [
            {
                "id": 5,
                "owner_id": 3,
                "content": "Post3",
                "lower": "post3",
                "created_at": response[1]["posts"][0]["created_at"],
            }
        ],
    }
    assert response[0] == {
        "id": 4,
        "name": "John",
        "lower": "john",
        "verified": False,
        "invited_by": 2,
        "invitee": {"id": 2, "name": "Andrew", "verified": False, "invited_by": None},
        "posts": [],
    }


def test_get_user_with_invitee_and_posts_order_by_where_partial_custom(rdb: Database) -> None:
    """upstream: "Get user with invitee and posts + orderBy + where + partial + custom" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex", "invited_by": 1},
            {"id": 4, "name": "John", "invited_by": 2},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"owner_id": 1, "content": "Post1"},
            {"owner_id": 1, "content": "Post1.1"},
            {"owner_id": 2, "content": "Post2"},
            {"owner_id": 2, "content": "Post2.1"},
            {"owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        order_by=[desc(t.users_table.id)],
        where=or_(eq(t.users_table.id, 3), eq(t.users_table.id, 4)),
        extras={
            "lower": sql("lower({})", t.users_table.name).as_("lower_name"),
        },
        columns={
            "id": True,
            "name": True,
        },
        with_={
            "invitee": {
                "columns": {
                    "id": True,
                    "name": True,
                },
                "extras": {
                    "lower": sql("lower({})", t.users_table.name).as_("lower_name"),
                },
            },
            "posts": {
                "columns": {
                    "id": True,
                    "content": True,
                },
                "where": eq(t.posts_table.owner_id, 3),
                "order_by": [desc(t.posts_table.id)],
                "extras": {
                    "lower": sql("lower({})", t.posts_table.content).as_("lower_name"),
                },
            },
        },
    )
    assert len(response) == 2
    assert response[1]["invitee"] is not None
    assert response[0]["invitee"] is not None
    assert len(response[0]["posts"]) == 0
    assert len(response[1]["posts"]) == 1
    assert response[1] == {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "invitee": {"id": 1, "name": "Dan", "lower": "dan"},
        "posts": [
            {
                "id": 5,
                "content": "Post3",
                "lower": "post3",
            }
        ],
    }
    assert response[0] == {
        "id": 4,
        "name": "John",
        "lower": "john",
        "invitee": {"id": 2, "name": "Andrew", "lower": "andrew"},
        "posts": [],
    }


def test_get_user_with_posts_and_posts_with_comments(rdb: Database) -> None:
    """upstream: "Get user with posts and posts with comments" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"id": 1, "owner_id": 1, "content": "Post1"},
            {"id": 2, "owner_id": 2, "content": "Post2"},
            {"id": 3, "owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    rdb.insert(t.comments_table).values(
        [
            {"post_id": 1, "content": "Comment1", "creator": 2},
            {"post_id": 2, "content": "Comment2", "creator": 2},
            {"post_id": 3, "content": "Comment3", "creator": 3},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        with_={
            "posts": {
                "with_": {
                    "comments": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 1
    assert len(response[0]["posts"][0]["comments"]) == 1
    assert len(response[1]["posts"][0]["comments"]) == 1
    assert len(response[2]["posts"][0]["comments"]) == 1
    assert response[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[0]["posts"][0]["created_at"],
                "comments": [
                    {
                        "id": 1,
                        "content": "Comment1",
                        "creator": 2,
                        "post_id": 1,
                        "created_at": response[0]["posts"][0]["comments"][0]["created_at"],
                    },
                ],
            }
        ],
    }
    assert response[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[1]["posts"][0]["created_at"],
                "comments": [
                    {
                        "id": 2,
                        "content": "Comment2",
                        "creator": 2,
                        "post_id": 2,
                        "created_at": response[1]["posts"][0]["comments"][0]["created_at"],
                    },
                ],
            }
        ],
    }


def test_get_user_with_posts_and_posts_with_comments_and_comments_with_owner(rdb: Database) -> None:
    """upstream: "Get user with posts and posts with comments and comments with owner" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"id": 1, "owner_id": 1, "content": "Post1"},
            {"id": 2, "owner_id": 2, "content": "Post2"},
            {"id": 3, "owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    rdb.insert(t.comments_table).values(
        [
            {"post_id": 1, "content": "Comment1", "creator": 2},
            {"post_id": 2, "content": "Comment2", "creator": 2},
            {"post_id": 3, "content": "Comment3", "creator": 3},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        with_={
            "posts": {
                "with_": {
                    "comments": {
                        "with_": {
                            "author": True,
                        },
                    },
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["posts"]) == 1
    assert len(response[1]["posts"]) == 1
    assert len(response[2]["posts"]) == 1
    assert len(response[0]["posts"][0]["comments"]) == 1
    assert len(response[1]["posts"][0]["comments"]) == 1
    assert len(response[2]["posts"][0]["comments"]) == 1
    assert response[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[0]["posts"][0]["created_at"],
                "comments": [
                    {
                        "id": 1,
                        "content": "Comment1",
                        "creator": 2,
                        "author": {
                            "id": 2,
                            "name": "Andrew",
                            "verified": False,
                            "invited_by": None,
                        },
                        "post_id": 1,
                        "created_at": response[0]["posts"][0]["comments"][0]["created_at"],
                    },
                ],
            }
        ],
    }
    assert response[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 2,
                "owner_id": 2,
                "content": "Post2",
                "created_at": response[1]["posts"][0]["created_at"],
                "comments": [
                    {
                        "id": 2,
                        "content": "Comment2",
                        "creator": 2,
                        "author": {
                            "id": 2,
                            "name": "Andrew",
                            "verified": False,
                            "invited_by": None,
                        },
                        "post_id": 2,
                        "created_at": response[1]["posts"][0]["comments"][0]["created_at"],
                    },
                ],
            }
        ],
    }


def test_get_user_with_posts_and_posts_with_comments_and_comments_with_owner_where_exists(
    rdb: Database,
) -> None:
    """upstream: "Get user with posts and posts with comments and comments with owner where exists" """  # noqa: E501
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.posts_table).values(
        [
            {"id": 1, "owner_id": 1, "content": "Post1"},
            {"id": 2, "owner_id": 2, "content": "Post2"},
            {"id": 3, "owner_id": 3, "content": "Post3"},
        ]
    ).execute()
    rdb.insert(t.comments_table).values(
        [
            {"post_id": 1, "content": "Comment1", "creator": 2},
            {"post_id": 2, "content": "Comment2", "creator": 2},
            {"post_id": 3, "content": "Comment3", "creator": 3},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        with_={
            "posts": {
                "with_": {
                    "comments": {
                        "with_": {
                            "author": True,
                        },
                    },
                },
            },
        },
        where=lambda table, ops: ops.exists(
            rdb.select({"one": sql("1")}).from_(t.users_table).where(ops.eq(sql("1"), table.id))
        ),
    )
    assert len(response) == 1
    assert len(response[0]["posts"]) == 1
    assert len(response[0]["posts"][0]["comments"]) == 1
    assert response[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "posts": [
            {
                "id": 1,
                "owner_id": 1,
                "content": "Post1",
                "created_at": response[0]["posts"][0]["created_at"],
                "comments": [
                    {
                        "id": 1,
                        "content": "Comment1",
                        "creator": 2,
                        "author": {
                            "id": 2,
                            "name": "Andrew",
                            "verified": False,
                            "invited_by": None,
                        },
                        "post_id": 1,
                        "created_at": response[0]["posts"][0]["comments"][0]["created_at"],
                    },
                ],
            }
        ],
    }


def test_find_many_get_users_with_groups(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "group": True,
                },
                "order_by": t.users_to_groups_table.user_id,
            },
        },
        order_by=t.users_table.id,
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert len(response[2]["users_to_groups"]) == 2
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": ANY,
    } in response
    alex = next(user for user in response if user["id"] == 3)
    for group in [
        {
            "group": {
                "id": 2,
                "name": "Group2",
                "description": None,
            },
        },
        {
            "group": {
                "id": 3,
                "name": "Group3",
                "description": None,
            },
        },
    ]:
        assert group in alex["users_to_groups"]


def test_find_many_get_groups_with_users(rdb: Database) -> None:
    """upstream: "[Find Many] Get groups with users" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 2
    assert len(response[2]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            },
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            },
        ],
    } in response
    assert {
        "id": 3,
        "name": "Group3",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response


def test_find_many_get_users_with_groups_limit(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        limit=2,
        with_={
            "users_to_groups": {
                "limit": 1,
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            }
        ],
    } in response


def test_find_many_get_groups_with_users_limit(rdb: Database) -> None:
    """upstream: "[Find Many] Get groups with users + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        limit=2,
        with_={
            "users_to_groups": {
                "limit": 1,
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response


def test_find_many_get_users_with_groups_limit_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups + limit + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        limit=1,
        where=lambda _, ops: ops.or_(ops.eq(t.users_table.id, 1), ops.eq(t.users_table.id, 2)),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.group_id, 1),
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 1
    assert len(response[0]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    } in response


def test_find_many_get_groups_with_users_limit_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get groups with users + limit + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        limit=1,
        where=gt(t.groups_table.id, 1),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.user_id, 2),
                "limit": 1,
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 1
    assert len(response[0]["users_to_groups"]) == 1
    assert {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response


def test_find_many_get_users_with_groups_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        where=lambda _, ops: ops.or_(ops.eq(t.users_table.id, 1), ops.eq(t.users_table.id, 2)),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.group_id, 2),
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 0
    assert len(response[1]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            }
        ],
    } in response


def test_find_many_get_groups_with_users_where(rdb: Database) -> None:
    """upstream: "[Find Many] Get groups with users + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        where=gt(t.groups_table.id, 1),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.user_id, 2),
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 0
    assert {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Group3",
        "description": None,
        "users_to_groups": [],
    } in response


def test_find_many_get_users_with_groups_order_by(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        order_by=lambda users, ops: [ops.desc(users.id)],
        with_={
            "users_to_groups": {
                "order_by": [desc(t.users_to_groups_table.group_id)],
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 2
    assert len(response[1]["users_to_groups"]) == 1
    assert len(response[2]["users_to_groups"]) == 1
    assert response[2] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    }
    assert response[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            }
        ],
    }
    assert response[0] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 3,
                    "name": "Group3",
                    "description": None,
                },
            },
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            },
        ],
    }


def test_find_many_get_groups_with_users_order_by(rdb: Database) -> None:
    """upstream: "[Find Many] Get groups with users + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        order_by=[desc(t.groups_table.id)],
        with_={
            "users_to_groups": {
                "order_by": lambda utg, ops: [ops.desc(utg.user_id)],
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 2
    assert len(response[2]["users_to_groups"]) == 1
    assert response[2] == {
        "id": 1,
        "name": "Group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }
    assert response[1] == {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            },
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            },
        ],
    }
    assert response[0] == {
        "id": 3,
        "name": "Group3",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_many_get_users_with_groups_order_by_limit(rdb: Database) -> None:
    """upstream: "[Find Many] Get users with groups + orderBy + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        order_by=lambda users, ops: [ops.desc(users.id)],
        limit=2,
        with_={
            "users_to_groups": {
                "limit": 1,
                "order_by": [desc(t.users_to_groups_table.group_id)],
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert response[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            }
        ],
    }
    assert response[0] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 3,
                    "name": "Group3",
                    "description": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    }


def test_find_one_get_groups_with_users(rdb: Database) -> None:
    """upstream: "[Find One] Get groups with users" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_first(
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 1,
        "name": "Group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups_limit(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        with_={
            "users_to_groups": {
                "limit": 1,
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    }


def test_find_one_get_groups_with_users_limit(rdb: Database) -> None:
    """upstream: "[Find One] Get groups with users + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_first(
        with_={
            "users_to_groups": {
                "limit": 1,
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 1,
        "name": "Group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups_limit_where(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups + limit + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        where=lambda _, ops: ops.or_(ops.eq(t.users_table.id, 1), ops.eq(t.users_table.id, 2)),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.group_id, 1),
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "description": None,
                },
            }
        ],
    }


def test_find_one_get_groups_with_users_limit_where(rdb: Database) -> None:
    """upstream: "[Find One] Get groups with users + limit + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_first(
        where=gt(t.groups_table.id, 1),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.user_id, 2),
                "limit": 1,
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups_where(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 2, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        where=lambda _, ops: ops.or_(ops.eq(t.users_table.id, 1), ops.eq(t.users_table.id, 2)),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.group_id, 2),
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 0
    assert response == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [],
    }


def test_find_one_get_groups_with_users_where(rdb: Database) -> None:
    """upstream: "[Find One] Get groups with users + where" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_first(
        where=gt(t.groups_table.id, 1),
        with_={
            "users_to_groups": {
                "where": eq(t.users_to_groups_table.user_id, 2),
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups_order_by(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        order_by=lambda users, ops: [ops.desc(users.id)],
        with_={
            "users_to_groups": {
                "order_by": [desc(t.users_to_groups_table.group_id)],
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 2
    assert response == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 3,
                    "name": "Group3",
                    "description": None,
                },
            },
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "description": None,
                },
            },
        ],
    }


def test_find_one_get_groups_with_users_order_by(rdb: Database) -> None:
    """upstream: "[Find One] Get groups with users + orderBy" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_first(
        order_by=[desc(t.groups_table.id)],
        with_={
            "users_to_groups": {
                "order_by": lambda utg, ops: [ops.desc(utg.user_id)],
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 3,
        "name": "Group3",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_find_one_get_users_with_groups_order_by_limit(rdb: Database) -> None:
    """upstream: "[Find One] Get users with groups + orderBy + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        order_by=lambda users, ops: [ops.desc(users.id)],
        with_={
            "users_to_groups": {
                "limit": 1,
                "order_by": [desc(t.users_to_groups_table.group_id)],
                "columns": {},
                "with_": {
                    "group": True,
                },
            },
        },
    )
    assert response is not None
    assert len(response["users_to_groups"]) == 1
    assert response == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 3,
                    "name": "Group3",
                    "description": None,
                },
            }
        ],
    }


def test_get_groups_with_users_order_by_limit(rdb: Database) -> None:
    """upstream: "Get groups with users + orderBy + limit" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        order_by=[desc(t.groups_table.id)],
        limit=2,
        with_={
            "users_to_groups": {
                "limit": 1,
                "order_by": lambda utg, ops: [ops.desc(utg.user_id)],
                "columns": {},
                "with_": {
                    "user": True,
                },
            },
        },
    )
    assert len(response) == 2
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert response[1] == {
        "id": 2,
        "name": "Group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }
    assert response[0] == {
        "id": 3,
        "name": "Group3",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    }


def test_get_users_with_groups_custom(rdb: Database) -> None:
    """upstream: "Get users with groups + custom" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.users_table.find_many(
        extras={
            "lower": sql("lower({})", t.users_table.name).as_("lower_name"),
        },
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "group": {
                        "extras": {
                            "lower": sql("lower({})", t.groups_table.name).as_("lower_name"),
                        },
                    },
                },
                "order_by": t.users_to_groups_table.group_id,
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 1
    assert len(response[2]["users_to_groups"]) == 2
    assert {
        "id": 1,
        "name": "Dan",
        "lower": "dan",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 1,
                    "name": "Group1",
                    "lower": "group1",
                    "description": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Andrew",
        "lower": "andrew",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "lower": "group2",
                    "description": None,
                },
            }
        ],
    } in response
    assert {
        "id": 3,
        "name": "Alex",
        "lower": "alex",
        "verified": False,
        "invited_by": None,
        "users_to_groups": [
            {
                "group": {
                    "id": 2,
                    "name": "Group2",
                    "lower": "group2",
                    "description": None,
                },
            },
            {
                "group": {
                    "id": 3,
                    "name": "Group3",
                    "lower": "group3",
                    "description": None,
                },
            },
        ],
    } in response


def test_get_groups_with_users_custom(rdb: Database) -> None:
    """upstream: "Get groups with users + custom" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    rdb.insert(t.groups_table).values(
        [
            {"id": 1, "name": "Group1"},
            {"id": 2, "name": "Group2"},
            {"id": 3, "name": "Group3"},
        ]
    ).execute()
    rdb.insert(t.users_to_groups_table).values(
        [
            {"user_id": 1, "group_id": 1},
            {"user_id": 2, "group_id": 2},
            {"user_id": 3, "group_id": 3},
            {"user_id": 3, "group_id": 2},
        ]
    ).execute()
    response = rdb.query.groups_table.find_many(
        extras=lambda table, ops: (
            {
                "lower": sql("lower({})", table.name).as_("lower_name"),
            }
        ),
        with_={
            "users_to_groups": {
                "columns": {},
                "with_": {
                    "user": {
                        "extras": lambda table, ops: (
                            {
                                "lower": sql("lower({})", table.name).as_("lower_name"),
                            }
                        ),
                    },
                },
            },
        },
    )
    response.sort(key=lambda r: r["id"])
    assert len(response) == 3
    assert len(response[0]["users_to_groups"]) == 1
    assert len(response[1]["users_to_groups"]) == 2
    assert len(response[2]["users_to_groups"]) == 1
    assert {
        "id": 1,
        "name": "Group1",
        "lower": "group1",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 1,
                    "name": "Dan",
                    "lower": "dan",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response
    assert {
        "id": 2,
        "name": "Group2",
        "lower": "group2",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 2,
                    "name": "Andrew",
                    "lower": "andrew",
                    "verified": False,
                    "invited_by": None,
                },
            },
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "lower": "alex",
                    "verified": False,
                    "invited_by": None,
                },
            },
        ],
    } in response
    assert {
        "id": 3,
        "name": "Group3",
        "lower": "group3",
        "description": None,
        "users_to_groups": [
            {
                "user": {
                    "id": 3,
                    "name": "Alex",
                    "lower": "alex",
                    "verified": False,
                    "invited_by": None,
                },
            }
        ],
    } in response


def test_to_sql(rdb: Database) -> None:
    """upstream: ".toSQL()" """
    text, params = rdb.query.users_table.to_sql(limit=1)  # findFirst(): limit 1
    assert isinstance(text, str)
    assert isinstance(params, list)


# -- in one or two of the three upstream files (imported by name) -----------------------


def test_filter_by_columns_not_present_in_select(rdb: Database) -> None:
    """upstream: "Filter by columns not present in select" """
    t = schema_for(rdb)
    rdb.insert(t.users_table).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    response = rdb.query.users_table.find_first(
        columns={
            "id": True,
        },
        where=eq(t.users_table.name, "Dan"),
    )
    assert response == {"id": 1}


def test_find_many_get_schema_users_db_name_ts_name_match(rdb: Database) -> None:
    """upstream: "[Find Many] Get schema users - dbName & tsName match" """
    t = schema_for(rdb)
    assert t.users_v1 is not None
    rdb.insert(t.users_v1).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    schema_users = rdb.query.users_v1.find_many()
    schema_users.sort(key=lambda r: r["id"])
    assert len(schema_users) == 3
    assert schema_users[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
    }
    assert schema_users[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
    }
    assert schema_users[2] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
    }


def test_find_many_get_schema_users_db_name_ts_name_mismatch(rdb: Database) -> None:
    """upstream: "[Find Many] Get schema users - dbName & tsName mismatch" """
    t = schema_for(rdb)
    assert t.users_table_v1 is not None
    rdb.insert(t.users_table_v1).values(
        [
            {"id": 1, "name": "Dan"},
            {"id": 2, "name": "Andrew"},
            {"id": 3, "name": "Alex"},
        ]
    ).execute()
    schema_users = rdb.query.users_table_v1.find_many()
    schema_users.sort(key=lambda r: r["id"])
    assert len(schema_users) == 3
    assert schema_users[0] == {
        "id": 1,
        "name": "Dan",
        "verified": False,
        "invited_by": None,
    }
    assert schema_users[1] == {
        "id": 2,
        "name": "Andrew",
        "verified": False,
        "invited_by": None,
    }
    assert schema_users[2] == {
        "id": 3,
        "name": "Alex",
        "verified": False,
        "invited_by": None,
    }
