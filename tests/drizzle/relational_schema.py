"""The schemas of Drizzle's relational-query suites (``integration-tests/tests/relational/
{pg,mysql,sqlite}.schema.ts``), one builder per dialect.

Keys are the upstream export names in snake case (``usersTable`` -> ``users_table``, column
``invitedBy`` -> ``invited_by``); :func:`schema_for` gives a test the tables of its database's
dialect.  Differences from the upstream declarations, all following the tables upstream's
``beforeEach`` actually creates:

- ``users_to_groups`` keeps its ``id`` primary key only: upstream also declares
  ``primaryKey(userId, groupId)``, which its hand-written DDL never creates (two primary keys).
- MySQL: no ``references``: upstream's inline ``REFERENCES`` are ignored by MySQL 8, and the
  server refuses them as real foreign keys (``bigint`` against ``serial``, a bigint unsigned).
- SQLite: no ``references`` (upstream's DDL has none); ``created_at`` defaults to the epoch
  milliseconds instead of ``current_timestamp`` (text, which a ``timestamp_ms`` column cannot
  read back).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from harness import Database, relations, sql
from harness.core.table import Table


@dataclass(frozen=True)
class RelationalTables:
    """The tables of one dialect's upstream schema, and the declarations for ``connect``."""

    users_table: Table
    groups_table: Table
    users_to_groups_table: Table
    posts_table: Table
    comments_table: Table
    comment_likes_table: Table
    users_v1: Table | None
    users_table_v1: Table | None
    declarations: dict[str, Any]

    def tables(self) -> list[Table]:
        """The tables ``create_schema`` creates (not those of other schemas)."""
        return [
            self.users_table,
            self.groups_table,
            self.users_to_groups_table,
            self.posts_table,
            self.comments_table,
            self.comment_likes_table,
        ]


def _with_relations(
    users: Table,
    groups: Table,
    users_to_groups: Table,
    posts: Table,
    comments: Table,
    comment_likes: Table,
    extra: dict[str, Any],
    users_have_comments: bool = False,
) -> RelationalTables:
    """The upstream ``relations(...)`` (the same on every dialect, but MySQL's users also have
    ``comments``)."""

    def users_config(r: Any) -> dict[str, Any]:
        config = {
            "invitee": r.one(users, fields=[users.invited_by], references=[users.id]),
            "users_to_groups": r.many(users_to_groups),
            "posts": r.many(posts),
        }
        if users_have_comments:
            config["comments"] = r.many(comments)
        return config

    declarations: dict[str, Any] = {
        "users_table": users,
        "users_config": relations(users, users_config),
        "groups_table": groups,
        "groups_config": relations(groups, lambda r: {"users_to_groups": r.many(users_to_groups)}),
        "users_to_groups_table": users_to_groups,
        "users_to_groups_config": relations(
            users_to_groups,
            lambda r: {
                "group": r.one(groups, fields=[users_to_groups.group_id], references=[groups.id]),
                "user": r.one(users, fields=[users_to_groups.user_id], references=[users.id]),
            },
        ),
        "posts_table": posts,
        "posts_config": relations(
            posts,
            lambda r: {
                "author": r.one(users, fields=[posts.owner_id], references=[users.id]),
                "comments": r.many(comments),
            },
        ),
        "comments_table": comments,
        "comments_config": relations(
            comments,
            lambda r: {
                "post": r.one(posts, fields=[comments.post_id], references=[posts.id]),
                "author": r.one(users, fields=[comments.creator], references=[users.id]),
                "likes": r.many(comment_likes),
            },
        ),
        "comment_likes_table": comment_likes,
        "comment_likes_config": relations(
            comment_likes,
            lambda r: {
                "comment": r.one(
                    comments, fields=[comment_likes.comment_id], references=[comments.id]
                ),
                "author": r.one(users, fields=[comment_likes.creator], references=[users.id]),
            },
        ),
        **extra,
    }
    return RelationalTables(
        users_table=users,
        groups_table=groups,
        users_to_groups_table=users_to_groups,
        posts_table=posts,
        comments_table=comments,
        comment_likes_table=comment_likes,
        users_v1=extra.get("users_v1"),
        users_table_v1=extra.get("users_table_v1"),
        declarations=declarations,
    )


@cache
def pg_schema() -> RelationalTables:
    """``pg.schema.ts``."""
    from harness.pg import boolean, integer, pg_schema, pg_table, serial, text, timestamp

    users: Table = pg_table(
        "users",
        {
            "id": serial("id").primary_key(),
            "name": text("name").not_null(),
            "verified": boolean("verified").not_null().default(False),
            "invited_by": integer("invited_by").references(lambda: users.id),
        },
    )
    schema_v1 = pg_schema("schemaV1")

    def users_in_v1(name: str) -> Table:
        return schema_v1.table(
            name,
            {
                "id": serial("id").primary_key(),
                "name": text("name").not_null(),
                "verified": boolean("verified").not_null().default(False),
                "invited_by": integer("invited_by"),
            },
        )

    groups = pg_table(
        "groups",
        {
            "id": serial("id").primary_key(),
            "name": text("name").not_null(),
            "description": text("description"),
        },
    )
    users_to_groups = pg_table(
        "users_to_groups",
        {
            "id": serial("id").primary_key(),
            "user_id": integer("user_id").not_null().references(lambda: users.id),
            "group_id": integer("group_id").not_null().references(lambda: groups.id),
        },
    )
    posts = pg_table(
        "posts",
        {
            "id": serial("id").primary_key(),
            "content": text("content").not_null(),
            "owner_id": integer("owner_id").references(lambda: users.id),
            "created_at": timestamp("created_at", with_timezone=True).not_null().default_now(),
        },
    )
    comments = pg_table(
        "comments",
        {
            "id": serial("id").primary_key(),
            "content": text("content").not_null(),
            "creator": integer("creator").references(lambda: users.id),
            "post_id": integer("post_id").references(lambda: posts.id),
            "created_at": timestamp("created_at", with_timezone=True).not_null().default_now(),
        },
    )
    comment_likes = pg_table(
        "comment_likes",
        {
            "id": serial("id").primary_key(),
            "creator": integer("creator").references(lambda: users.id),
            "comment_id": integer("comment_id").references(lambda: comments.id),
            "created_at": timestamp("created_at", with_timezone=True).not_null().default_now(),
        },
    )
    v1 = {"users_v1": users_in_v1("usersV1"), "users_table_v1": users_in_v1("users_table_V1")}
    return _with_relations(users, groups, users_to_groups, posts, comments, comment_likes, v1)


@cache
def mysql_schema() -> RelationalTables:
    """``mysql.schema.ts``."""
    from harness.mysql import bigint, boolean, mysql_schema, mysql_table, serial, text, timestamp

    def users_columns() -> dict[str, Any]:
        return {
            "id": serial("id").primary_key(),
            "name": text("name").not_null(),
            "verified": boolean("verified").not_null().default(False),
            "invited_by": bigint("invited_by", mode="number"),
        }

    users = mysql_table("users", users_columns())
    schema_v1 = mysql_schema("schemaV1")
    groups = mysql_table(
        "groups",
        {
            "id": serial("id").primary_key(),
            "name": text("name").not_null(),
            "description": text("description"),
        },
    )
    users_to_groups = mysql_table(
        "users_to_groups",
        {
            "id": serial("id").primary_key(),
            "user_id": bigint("user_id", mode="number").not_null(),
            "group_id": bigint("group_id", mode="number").not_null(),
        },
    )
    posts = mysql_table(
        "posts",
        {
            "id": serial("id").primary_key(),
            "content": text("content").not_null(),
            "owner_id": bigint("owner_id", mode="number"),
            "created_at": timestamp("created_at").not_null().default_now(),
        },
    )
    comments = mysql_table(
        "comments",
        {
            "id": serial("id").primary_key(),
            "content": text("content").not_null(),
            "creator": bigint("creator", mode="number"),
            "post_id": bigint("post_id", mode="number"),
            "created_at": timestamp("created_at").not_null().default_now(),
        },
    )
    comment_likes = mysql_table(
        "comment_likes",
        {
            "id": serial("id").primary_key(),
            "creator": bigint("creator", mode="number"),
            "comment_id": bigint("comment_id", mode="number"),
            "created_at": timestamp("created_at").not_null().default_now(),
        },
    )
    v1 = {
        "users_v1": schema_v1.table("usersV1", users_columns()),
        "users_table_v1": schema_v1.table("users_table_V1", users_columns()),
    }
    return _with_relations(users, groups, users_to_groups, posts, comments, comment_likes, v1, True)


@cache
def sqlite_schema() -> RelationalTables:
    """``sqlite.schema.ts``."""
    from harness.sqlite import integer, sqlite_table, text

    def created_at() -> Any:
        return (
            integer("created_at", mode="timestamp_ms")
            .not_null()
            .default(sql("(cast(strftime('%s', 'now') as integer) * 1000)"))
        )

    users = sqlite_table(
        "users",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "name": text("name").not_null(),
            "verified": integer("verified").not_null().default(0),
            "invited_by": integer("invited_by"),
        },
    )
    groups = sqlite_table(
        "groups",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "name": text("name").not_null(),
            "description": text("description"),
        },
    )
    users_to_groups = sqlite_table(
        "users_to_groups",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "user_id": integer("user_id", mode="number").not_null(),
            "group_id": integer("group_id", mode="number").not_null(),
        },
    )
    posts = sqlite_table(
        "posts",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "content": text("content").not_null(),
            "owner_id": integer("owner_id", mode="number"),
            "created_at": created_at(),
        },
    )
    comments = sqlite_table(
        "comments",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "content": text("content").not_null(),
            "creator": integer("creator", mode="number"),
            "post_id": integer("post_id", mode="number"),
            "created_at": created_at(),
        },
    )
    comment_likes = sqlite_table(
        "comment_likes",
        {
            "id": integer("id").primary_key(auto_increment=True),
            "creator": integer("creator", mode="number"),
            "comment_id": integer("comment_id", mode="number"),
            "created_at": created_at(),
        },
    )
    return _with_relations(users, groups, users_to_groups, posts, comments, comment_likes, {})


def schema_for(db: Database) -> RelationalTables:
    """The upstream schema of ``db``'s dialect."""
    builders = {"postgresql": pg_schema, "mysql": mysql_schema, "sqlite": sqlite_schema}
    return builders[db.dialect.name]()
