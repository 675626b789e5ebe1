"""Relational query: 1000 users x 10 posts x 5 comments fetched with one ``find_many``,
PostgreSQL.

Floor: ``raw_sql_psycopg``, the very statement ``find_many`` sends (taken once from
``db.query.users.to_sql(...)``), run with a psycopg ``RawCursor`` on its own autocommit
connection; psycopg decodes the ``json`` columns (``json_build_array``/``json_agg``) with its
default JSON loader, so the floor pays SQL + transfer + JSON decoding but leaves the nested
arrays as lists; ``find_many`` also turns them into nested dicts and decodes each column.
``find_many`` parses JSON with orjson (``harness.core.json_codec``); the second floor,
``raw_sql_psycopg_orjson``, gives the raw run the same parser, so that pair shows the cost of
the nested dicts alone.

``n_plus_one_select_builder`` (an N+1 loop with the select builder, ~11k queries per call)
is kept as a case for ``--profile`` but not paired: one call takes seconds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from bench.databases import drop_at_exit
from harness import connect, eq, relations
from harness.pg import index, integer, pg_table, varchar

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")

users = pg_table("bench_users", {"id": integer().primary_key(), "name": varchar(length=50)})
# foreign-key columns indexed, as any real schema would have them
posts = pg_table(
    "bench_posts",
    {"id": integer().primary_key(), "user_id": integer(), "title": varchar(length=50)},
    lambda t: [index("bench_posts_user_idx").on(t.user_id)],
)
comments = pg_table(
    "bench_comments",
    {"id": integer().primary_key(), "post_id": integer(), "text": varchar(length=50)},
    lambda t: [index("bench_comments_post_idx").on(t.post_id)],
)
SCHEMA = {
    "users": users,
    "posts": posts,
    "comments": comments,
    "users_rel": relations(users, lambda r: {"posts": r.many(posts)}),
    "posts_rel": relations(
        posts,
        lambda r: {
            "user": r.one(users, fields=[posts.user_id], references=[users.id]),
            "comments": r.many(comments),
        },
    ),
    "comments_rel": relations(
        comments, lambda r: {"post": r.one(posts, fields=[comments.post_id], references=[posts.id])}
    ),
}
_ready: dict[str, Any] = {}


def _database() -> Any:
    if "db" in _ready:
        return _ready["db"]
    from harness.kit import create_schema

    admin = connect(URL)
    admin.execute("drop database if exists harness_bench_rel with (force)")
    admin.execute("create database harness_bench_rel")
    drop_at_exit(URL, "harness_bench_rel")
    admin.close()
    db = connect(URL.rsplit("/", 1)[0] + "/harness_bench_rel", schema=SCHEMA)
    create_schema(db, [users, posts, comments])
    db.execute("analyze")
    db.insert(users).values([{"id": u, "name": f"user {u}"} for u in range(1000)]).execute()
    post_rows = [
        {"id": u * 10 + p, "user_id": u, "title": f"post {p}"}
        for u in range(1000)
        for p in range(10)
    ]
    for start in range(0, len(post_rows), 5000):
        db.insert(posts).values(post_rows[start : start + 5000]).execute()
    comment_rows = [
        {"id": pid * 5 + c, "post_id": pid, "text": f"comment {c}"}
        for pid in range(10_000)
        for c in range(5)
    ]
    for start in range(0, len(comment_rows), 5000):
        db.insert(comments).values(comment_rows[start : start + 5000]).execute()
    db.execute("analyze")
    _ready["db"] = db
    return db


def one_find_many() -> Callable[[], Any]:
    db = _database()
    return lambda: db.query.users.find_many(with_=WITH)


def n_plus_one_selects() -> Callable[[], Any]:
    db = _database()

    def run() -> list[dict[str, Any]]:
        out = []
        for user in db.select().from_(users).all():
            user_posts = db.select().from_(posts).where(eq(posts.user_id, user["id"])).all()
            for post in user_posts:
                post["comments"] = (
                    db.select().from_(comments).where(eq(comments.post_id, post["id"])).all()
                )
            user["posts"] = user_posts
            out.append(user)
        return out

    return run


WITH: dict[str, Any] = {"posts": {"with_": {"comments": True}}}


def raw_sql_psycopg(json_loads: Any = None) -> Callable[[], Any]:
    import psycopg
    from psycopg.types.json import set_json_loads

    text, params = _database().query.users.to_sql(with_=WITH)
    conn = psycopg.connect(URL.rsplit("/", 1)[0] + "/harness_bench_rel", autocommit=True)
    if json_loads is not None:
        set_json_loads(json_loads, conn)

    def run() -> list[Any]:
        with psycopg.RawCursor(conn) as cur:
            cur.execute(text, params)
            return cur.fetchall()

    return run


def raw_sql_psycopg_orjson() -> Callable[[], Any]:
    import orjson

    return raw_sql_psycopg(orjson.loads)


CASES = {
    "find_many_one_statement": one_find_many,
    "raw_sql_psycopg": raw_sql_psycopg,
    "raw_sql_psycopg_orjson": raw_sql_psycopg_orjson,
    "n_plus_one_select_builder": n_plus_one_selects,
}
PAIRS = [
    ("find_many_one_statement", "raw_sql_psycopg"),
    # the same floor with the JSON parser find_many uses: what is left is building the dicts
    ("find_many_one_statement", "raw_sql_psycopg_orjson"),
]
