"""Our ``to_sql()`` text and params equal drizzle-orm's ``toSQL()`` for every reference case.

The expected strings come from ``drizzle_ref/sql_cases.json``, produced by the real drizzle-orm
(see drizzle_ref/README.md).  No database is needed: this compiles only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from harness import (
    alias,
    and_,
    asc,
    avg,
    between,
    count,
    count_distinct,
    desc,
    eq,
    except_,
    exists,
    gt,
    gte,
    ilike,
    in_array,
    intersect,
    is_not_null,
    is_null,
    like,
    lt,
    lte,
    max,
    min,
    ne,
    not_,
    not_between,
    not_ilike,
    not_in_array,
    not_like,
    or_,
    sql,
    sum,
    union,
    union_all,
)
from harness.core.database import Database
from harness.core.session import OfflineSession
from harness.mysql.dialect import MySqlDialect
from harness.pg.dialect import PgDialect
from harness.sqlite.dialect import SQLiteDialect
from tests.schemas import mysql as mysql_schema
from tests.schemas import pg as pg_schema
from tests.schemas import sqlite as sqlite_schema

CASES_FILE = Path(__file__).parent / "drizzle_ref" / "sql_cases.json"
EXPECTED: dict[str, dict[str, dict[str, Any]]] = json.loads(CASES_FILE.read_text())

DIALECTS: dict[str, tuple[Any, ModuleType]] = {
    "pg": (PgDialect(), pg_schema),
    "mysql": (MySqlDialect(), mysql_schema),
    "sqlite": (SQLiteDialect(), sqlite_schema),
}

Build = Callable[[Database, ModuleType, str], Any]


def compose_where(db: Database, s: ModuleType, d: str, name: Any, role: Any, max_id: Any) -> Any:
    match = ilike if d == "pg" else like
    u = s.users
    filters = [
        match(u.first_name, name) if name else None,
        eq(u.role, role) if role else None,
        lte(u.id, max_id) if max_id else None,
    ]
    return db.select().from_(u).where(and_(*filters))


def subquery_join(db: Database, s: ModuleType, d: str) -> Any:
    p, c, u = s.posts, s.comments, s.users
    sq = (
        db.select({"post_id": p.id, "owner_id": p.owner_id, "comment_id": c.id})
        .from_(p)
        .left_join(c, eq(c.post_id, p.id))
        .as_("post_comments")
    )
    return db.select().from_(u).left_join(sq, eq(sq.owner_id, u.id))


def subquery_from(db: Database, s: ModuleType, d: str) -> Any:
    u = s.users
    sq = db.select({"id": u.id, "email": u.email}).from_(u).where(gt(u.id, 5)).as_("sq")
    return db.select().from_(sq)


def alias_self_join(db: Database, s: ModuleType, d: str) -> Any:
    u = s.users
    inviter = alias(u, "inviter")
    return (
        db.select({"user": u.email, "inviter": inviter.email})
        .from_(u)
        .left_join(inviter, eq(inviter.id, u.invitee))
    )


def cte(db: Database, s: ModuleType, d: str) -> Any:
    sq = db.with_cte("sq").as_(db.select().from_(s.users).where(eq(s.users.id, 42)))
    return db.with_(sq).select().from_(sq)


def ids(db: Database, s: ModuleType) -> tuple[Any, Any]:
    return db.select({"id": s.users.id}).from_(s.users), db.select({"id": s.posts.id}).from_(
        s.posts
    )


def count_where(db: Database, s: ModuleType, d: str) -> Any:
    return db.dialect.to_sql(db.dialect.build_count(s.users, eq(s.users.role, "admin")))


def u_id(s: ModuleType) -> dict[str, Any]:
    return {"id": s.users.id}


CASES: dict[str, Build] = {
    "select_all": lambda db, s, d: db.select().from_(s.users),
    "select_fields": lambda db, s, d: db.select(
        {"id": s.users.id, "firstName": s.users.first_name}
    ).from_(s.users),
    "select_where_eq": lambda db, s, d: db.select().from_(s.users).where(eq(s.users.id, 10)),
    "select_where_ops": lambda db, s, d: (
        db.select(u_id(s))
        .from_(s.users)
        .where(
            and_(
                ne(s.users.id, 1),
                gt(s.users.id, 2),
                gte(s.users.id, 3),
                lt(s.users.id, 4),
                lte(s.users.id, 5),
            )
        )
    ),
    "select_or_not": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(or_(eq(s.users.id, 1), not_(eq(s.users.id, 2))))
    ),
    "select_and_single": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(and_(eq(s.users.id, 1), None))
    ),
    "select_null_checks": lambda db, s, d: (
        db.select(u_id(s))
        .from_(s.users)
        .where(and_(is_null(s.users.first_name), is_not_null(s.users.email)))
    ),
    "select_in_array": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(in_array(s.users.id, [1, 2, 3]))
    ),
    "select_in_array_empty": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(in_array(s.users.id, []))
    ),
    "select_not_in_array": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(not_in_array(s.users.id, [1, 2]))
    ),
    "select_not_in_array_empty": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(not_in_array(s.users.id, []))
    ),
    "select_between": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(between(s.users.id, 1, 10))
    ),
    "select_not_between": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(not_between(s.users.id, 1, 10))
    ),
    "select_like": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(like(s.users.email, "%@example.com"))
    ),
    "select_not_like": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(not_like(s.users.email, "%@example.com"))
    ),
    "select_ilike": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(ilike(s.users.first_name, "a%"))
    ),
    "select_not_ilike": lambda db, s, d: (
        db.select(u_id(s)).from_(s.users).where(not_ilike(s.users.first_name, "a%"))
    ),
    "select_exists": lambda db, s, d: (
        db.select(u_id(s))
        .from_(s.users)
        .where(
            exists(
                db.select({"id": s.posts.id}).from_(s.posts).where(eq(s.posts.owner_id, s.users.id))
            )
        )
    ),
    "select_order_limit_offset": lambda db, s, d: (
        db.select()
        .from_(s.users)
        .order_by(desc(s.users.id), asc(s.users.email))
        .limit(10)
        .offset(20)
    ),
    "select_left_join": lambda db, s, d: (
        db.select()
        .from_(s.users)
        .left_join(s.posts, eq(s.posts.owner_id, s.users.id))
        .where(eq(s.users.id, 10))
    ),
    "select_right_join": lambda db, s, d: (
        db.select({"userId": s.users.id, "postId": s.posts.id})
        .from_(s.users)
        .right_join(s.posts, eq(s.posts.owner_id, s.users.id))
    ),
    "select_inner_join": lambda db, s, d: (
        db.select({"userId": s.users.id, "postId": s.posts.id})
        .from_(s.users)
        .inner_join(s.posts, eq(s.posts.owner_id, s.users.id))
    ),
    "select_full_join": lambda db, s, d: (
        db.select({"userId": s.users.id, "postId": s.posts.id})
        .from_(s.users)
        .full_join(s.posts, eq(s.posts.owner_id, s.users.id))
    ),
    "select_two_joins": lambda db, s, d: (
        db.select(
            {
                "userId": s.users.id,
                "email": s.users.email,
                "postTitle": s.posts.title,
                "commentText": s.comments.text,
            }
        )
        .from_(s.users)
        .left_join(s.posts, eq(s.posts.owner_id, s.users.id))
        .inner_join(s.comments, eq(s.comments.post_id, s.posts.id))
        .where(and_(eq(s.users.role, "admin"), gt(s.users.id, 5)))
        .order_by(desc(s.users.id))
        .limit(10)
    ),
    "select_group_by_having": lambda db, s, d: (
        db.select({"ownerId": s.posts.owner_id, "n": count()})
        .from_(s.posts)
        .group_by(s.posts.owner_id)
        .having(gt(count(), 1))
    ),
    "select_aggregates": lambda db, s, d: db.select(
        {
            "n": count(),
            "nd": count_distinct(s.users.role),
            "a": avg(s.users.id),
            "s": sum(s.users.id),
            "mx": max(s.users.id),
            "mn": min(s.users.id),
        }
    ).from_(s.users),
    "select_distinct": lambda db, s, d: db.select_distinct({"role": s.users.role}).from_(s.users),
    "select_distinct_on": lambda db, s, d: (
        db.select_distinct_on([s.users.role], {"role": s.users.role, "id": s.users.id})
        .from_(s.users)
        .order_by(s.users.role, s.users.id)
    ),
    "compose_where_all": lambda db, s, d: compose_where(db, s, d, "a%", "admin", 100),
    "compose_where_one": lambda db, s, d: compose_where(db, s, d, None, "admin", None),
    "compose_where_none": lambda db, s, d: compose_where(db, s, d, None, None, None),
    "subquery_join": subquery_join,
    "subquery_from": subquery_from,
    "alias_self_join": alias_self_join,
    "cte": cte,
    "union": lambda db, s, d: union(*ids(db, s)),
    "union_all": lambda db, s, d: union_all(*ids(db, s)),
    "intersect": lambda db, s, d: intersect(*ids(db, s)),
    "except": lambda db, s, d: except_(*ids(db, s)),
    "union_method": lambda db, s, d: ids(db, s)[0].union(ids(db, s)[1]),
    "union_order_limit": lambda db, s, d: (
        ids(db, s)[0].union(ids(db, s)[1]).order_by(desc(s.users.id)).limit(3)
    ),
    "for_update": lambda db, s, d: db.select().from_(s.users).where(eq(s.users.id, 1)).for_update(),
    "insert_one": lambda db, s, d: db.insert(s.users).values({"email": "a@b.c"}),
    "insert_full": lambda db, s, d: db.insert(s.users).values(
        {"first_name": "Ann", "last_name": "Lee", "email": "ann@x.io", "role": "admin"}
    ),
    "insert_many": lambda db, s, d: db.insert(s.users).values(
        [{"email": "a@b.c"}, {"email": "d@e.f", "first_name": "D"}]
    ),
    "insert_default_fn": lambda db, s, d: db.insert(s.posts).values({"title": "hello"}),
    "insert_returning": lambda db, s, d: db.insert(s.users).values({"email": "a@b.c"}).returning(),
    "insert_returning_fields": lambda db, s, d: (
        db.insert(s.users).values({"email": "a@b.c"}).returning({"id": s.users.id})
    ),
    "insert_on_conflict_do_nothing": lambda db, s, d: (
        db.insert(s.users).values({"email": "a@b.c"}).on_conflict_do_nothing()
    ),
    "insert_on_conflict_do_nothing_target": lambda db, s, d: (
        db.insert(s.users).values({"email": "a@b.c"}).on_conflict_do_nothing(target=s.users.email)
    ),
    "insert_on_conflict_do_update": lambda db, s, d: (
        db.insert(s.users)
        .values({"email": "a@b.c"})
        .on_conflict_do_update(target=s.users.email, set_={"first_name": "X"})
    ),
    "insert_on_conflict_do_update_where": lambda db, s, d: (
        db.insert(s.users)
        .values({"email": "a@b.c"})
        .on_conflict_do_update(
            target=s.users.email, set_={"first_name": "X"}, set_where=eq(s.users.role, "guest")
        )
    ),
    "insert_on_duplicate_key_update": lambda db, s, d: (
        db.insert(s.users)
        .values({"email": "a@b.c"})
        .on_duplicate_key_update(set_={"first_name": "X"})
    ),
    "insert_ignore": lambda db, s, d: db.insert(s.users).ignore().values({"email": "a@b.c"}),
    "insert_select": lambda db, s, d: db.insert(s.comments).select(
        db.select(
            {
                "id": s.posts.id,
                "text": s.posts.title,
                "post_id": s.posts.id,
                "owner_id": s.posts.owner_id,
            }
        ).from_(s.posts)
    ),
    "pg_overriding": lambda db, s, d: (
        db.insert(s.users).overriding_system_value().values({"id": 5, "email": "a@b.c"})
    ),
    "update_set_where": lambda db, s, d: (
        db.update(s.users).set_({"first_name": "Bob"}).where(eq(s.users.id, 1))
    ),
    "update_returning": lambda db, s, d: (
        db.update(s.users)
        .set_({"first_name": "Bob"})
        .where(eq(s.users.id, 1))
        .returning({"id": s.users.id})
    ),
    "update_from": lambda db, s, d: (
        db.update(s.posts)
        .set_({"title": "t"})
        .from_(s.users)
        .where(and_(eq(s.posts.owner_id, s.users.id), eq(s.users.role, "admin")))
    ),
    "delete_where": lambda db, s, d: db.delete(s.users).where(eq(s.users.id, 1)),
    "delete_all": lambda db, s, d: db.delete(s.users),
    "delete_returning": lambda db, s, d: db.delete(s.users).where(eq(s.users.id, 1)).returning(),
    "count_where": count_where,
    "raw_sql": lambda db, s, d: db.dialect.to_sql(
        sql("select {} from {} where {} > {}", s.users.id, s.users, s.users.id, 10)
    ),
    "placeholder": lambda db, s, d: (
        db.select().from_(s.users).where(eq(s.users.id, sql.placeholder("id")))
    ),
    "limit_placeholder": lambda db, s, d: db.select().from_(s.users).limit(sql.placeholder("lim")),
}

PAIRS = [(case, d) for case, by_dialect in EXPECTED.items() for d in by_dialect]


def jsonable(params: list[Any]) -> list[Any]:
    out = []
    for p in params:
        name = getattr(p, "name", None)
        out.append({"placeholder": name} if type(p).__name__ == "BoundPlaceholder" else p)
    return out


def test_every_reference_case_has_a_python_twin() -> None:
    assert sorted(EXPECTED) == sorted(CASES)


@pytest.mark.parametrize(("case", "dialect_name"), PAIRS, ids=[f"{c}-{d}" for c, d in PAIRS])
def test_sql_text_matches_drizzle(case: str, dialect_name: str) -> None:
    dialect, schema = DIALECTS[dialect_name]
    db = Database(OfflineSession(), dialect)
    built = CASES[case](db, schema, dialect_name)
    text, params = built if isinstance(built, tuple) else built.to_sql()
    expected = EXPECTED[case][dialect_name]
    assert text == expected["sql"]
    assert jsonable(params) == expected["params"]
