"""The seed's relation examples (soft relations page), declared for any engine.

users (self reference ``invited_by``), profile_info (one-to-one), posts with author and reviewer
(``relation_name``), comments, groups and the users_to_groups junction (many-to-many).
"""

from __future__ import annotations

from typing import Any

from harness import relations


def column_kit(dialect: str) -> dict[str, Any]:
    if dialect == "postgres":
        from harness import pg

        return {
            "table": pg.pg_table,
            "int": pg.integer,
            "text": lambda: pg.varchar(length=200),
            "stamp": pg.timestamp,
            "money": lambda: pg.numeric(precision=10, scale=2),
            "flag": pg.boolean,
            "doc": pg.jsonb,
            "pk": lambda: pg.integer().primary_key(),
            "primary_key": pg.primary_key,
        }
    if dialect == "mysql":
        from harness import mysql

        return {
            "table": mysql.mysql_table,
            "int": mysql.int_,
            "text": lambda: mysql.varchar(length=200),
            "stamp": mysql.datetime,
            "money": lambda: mysql.decimal(precision=10, scale=2),
            "flag": mysql.boolean,
            "doc": mysql.json_,
            "pk": lambda: mysql.int_().primary_key(),
            "primary_key": mysql.primary_key,
        }
    from harness import sqlite

    return {
        "table": sqlite.sqlite_table,
        "int": sqlite.integer,
        "text": sqlite.text,
        "stamp": lambda: sqlite.integer(mode="timestamp"),
        "money": sqlite.numeric,
        "flag": lambda: sqlite.integer(mode="boolean"),
        "doc": lambda: sqlite.text(mode="json"),
        "pk": lambda: sqlite.integer().primary_key(),
        "primary_key": sqlite.primary_key,
    }


def build(dialect: str) -> dict[str, Any]:
    k = column_kit(dialect)
    users = k["table"](
        "users",
        {
            "id": k["pk"](),
            "name": k["text"]().not_null(),
            "invited_by": k["int"](),
            "joined_at": k["stamp"](),
            "balance": k["money"](),
            "active": k["flag"](),
            "settings": k["doc"](),
        },
    )
    profile_info = k["table"](
        "profile_info", {"id": k["pk"](), "user_id": k["int"](), "bio": k["text"]()}
    )
    posts = k["table"](
        "posts",
        {
            "id": k["pk"](),
            "title": k["text"](),
            "author_id": k["int"](),
            "reviewer_id": k["int"](),
        },
    )
    comments = k["table"]("comments", {"id": k["pk"](), "post_id": k["int"](), "text": k["text"]()})
    groups = k["table"]("groups", {"id": k["pk"](), "name": k["text"]()})
    users_to_groups = k["table"](
        "users_to_groups",
        {"user_id": k["int"]().not_null(), "group_id": k["int"]().not_null()},
        lambda t: [k["primary_key"](columns=[t.user_id, t.group_id])],
    )
    return {
        "users": users,
        "profile_info": profile_info,
        "posts": posts,
        "comments": comments,
        "groups": groups,
        "users_to_groups": users_to_groups,
        "users_relations": relations(
            users,
            lambda r: {
                "invitee": r.one(users, fields=[users.invited_by], references=[users.id]),
                "profile_info": r.one(profile_info),
                "author_posts": r.many(posts, relation_name="author"),
                "reviewed_posts": r.many(posts, relation_name="reviewer"),
                "users_to_groups": r.many(users_to_groups),
            },
        ),
        "profile_relations": relations(
            profile_info,
            lambda r: {"user": r.one(users, fields=[profile_info.user_id], references=[users.id])},
        ),
        "posts_relations": relations(
            posts,
            lambda r: {
                "author": r.one(
                    users, fields=[posts.author_id], references=[users.id], relation_name="author"
                ),
                "reviewer": r.one(
                    users,
                    fields=[posts.reviewer_id],
                    references=[users.id],
                    relation_name="reviewer",
                ),
                "comments": r.many(comments),
            },
        ),
        "comments_relations": relations(
            comments,
            lambda r: {"post": r.one(posts, fields=[comments.post_id], references=[posts.id])},
        ),
        "groups_relations": relations(
            groups, lambda r: {"users_to_groups": r.many(users_to_groups)}
        ),
        "junction_relations": relations(
            users_to_groups,
            lambda r: {
                "user": r.one(users, fields=[users_to_groups.user_id], references=[users.id]),
                "group": r.one(groups, fields=[users_to_groups.group_id], references=[groups.id]),
            },
        ),
    }
