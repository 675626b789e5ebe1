"""Builder features beyond the seed examples, each run on the real engine."""

from __future__ import annotations

from types import ModuleType

import pytest

from harness import (
    ConnectionFailed,
    Database,
    QueryBuildError,
    QueryError,
    alias,
    asc,
    desc,
    eq,
    except_,
    exists,
    in_array,
    intersect,
    sql,
    union,
    union_all,
)


@pytest.fixture
def people(blog_db: Database, schema: ModuleType) -> dict[str, int]:
    u, p = schema.users, schema.posts
    blog_db.insert(u).values(
        [
            {"first_name": "Ann", "email": "ann@example.com", "role": "admin"},
            {"first_name": "Bob", "email": "bob@example.com"},
            {"first_name": "Cy", "email": "cy@example.com"},
        ]
    ).execute()
    ids = {r["email"]: r["id"] for r in blog_db.select().from_(u).all()}
    blog_db.update(u).set_({"invitee": ids["ann@example.com"]}).where(
        eq(u.email, "bob@example.com")
    ).execute()
    blog_db.insert(p).values(
        [
            {"title": "A1", "owner_id": ids["ann@example.com"], "slug": "a1"},
            {"title": "B1", "owner_id": ids["bob@example.com"], "slug": "b1"},
        ]
    ).execute()
    return ids


def test_cte(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u = schema.users
    admins = blog_db.with_cte("admins").as_(
        blog_db.select({"id": u.id, "email": u.email}).from_(u).where(eq(u.role, "admin"))
    )
    rows = blog_db.with_(admins).select().from_(admins).all()
    assert rows == [{"id": people["ann@example.com"], "email": "ann@example.com"}]


def test_set_operations(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u, p = schema.users, schema.posts
    owners = blog_db.select({"id": p.owner_id}).from_(p)
    everyone = blog_db.select({"id": u.id}).from_(u)
    assert sorted(r["id"] for r in union(everyone, owners).all()) == sorted(people.values())
    assert len(union_all(blog_db.select({"id": u.id}).from_(u), owners).all()) == 5
    both = intersect(
        blog_db.select({"id": u.id}).from_(u), blog_db.select({"id": p.owner_id}).from_(p)
    )
    assert sorted(r["id"] for r in both.all()) == sorted(
        [people["ann@example.com"], people["bob@example.com"]]
    )
    rest = except_(
        blog_db.select({"id": u.id}).from_(u), blog_db.select({"id": p.owner_id}).from_(p)
    )
    assert rest.all() == [{"id": people["cy@example.com"]}]
    method = (
        blog_db.select({"id": u.id}).from_(u).union(blog_db.select({"id": p.owner_id}).from_(p))
    )
    assert len(method.all()) == 3


def test_alias_self_join(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u = schema.users
    inviter = alias(u, "inviter")
    rows = (
        blog_db.select({"user": u.email, "inviter": inviter.email})
        .from_(u)
        .left_join(inviter, eq(inviter.id, u.invitee))
        .order_by(u.email)
        .all()
    )
    assert rows == [
        {"user": "ann@example.com", "inviter": None},
        {"user": "bob@example.com", "inviter": "ann@example.com"},
        {"user": "cy@example.com", "inviter": None},
    ]


def test_exists_and_in_subquery(
    blog_db: Database, schema: ModuleType, people: dict[str, int]
) -> None:
    u, p = schema.users, schema.posts
    with_posts = (
        blog_db.select({"e": u.email})
        .from_(u)
        .where(exists(blog_db.select({"id": p.id}).from_(p).where(eq(p.owner_id, u.id))))
        .order_by(u.email)
        .all()
    )
    assert [r["e"] for r in with_posts] == ["ann@example.com", "bob@example.com"]
    in_sub = (
        blog_db.select({"e": u.email})
        .from_(u)
        .where(in_array(u.id, blog_db.select({"id": p.owner_id}).from_(p)))
        .order_by(asc(u.email))
        .all()
    )
    assert in_sub == with_posts


def test_distinct_and_values(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u = schema.users
    roles = blog_db.select_distinct({"role": u.role}).from_(u).values()
    assert sorted(roles) == [("admin",), ("guest",)]  # enum sort order differs per engine


@pytest.mark.dialects("postgres")
def test_distinct_on(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u = schema.users
    rows = (
        blog_db.select_distinct_on([u.role], {"role": u.role, "email": u.email})
        .from_(u)
        .order_by(u.role, desc(u.email))
        .all()
    )
    assert sorted(rows, key=lambda r: r["role"]) == [
        {"role": "admin", "email": "ann@example.com"},
        {"role": "guest", "email": "cy@example.com"},
    ]


def test_insert_select(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    p, c = schema.posts, schema.comments
    blog_db.insert(c).select(
        blog_db.select({"text": p.title, "post_id": p.id, "owner_id": p.owner_id}).from_(p)
    ).execute()
    assert sorted(r["text"] for r in blog_db.select().from_(c).all()) == ["A1", "B1"]


@pytest.mark.dialects("postgres", "sqlite")
def test_on_conflict(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u = schema.users
    n = blog_db.insert(u).values({"email": "ann@example.com"}).on_conflict_do_nothing().execute()
    assert n == 0
    blog_db.insert(u).values({"email": "ann@example.com"}).on_conflict_do_update(
        target=u.email, set_={"first_name": "Annie"}
    ).execute()
    blog_db.insert(u).values({"email": "bob@example.com"}).on_conflict_do_update(
        target=u.email, set_={"first_name": "never"}, set_where=eq(u.role, "admin")
    ).execute()
    rows = blog_db.select({"e": u.email, "n": u.first_name}).from_(u).order_by(u.email).all()
    assert rows[:2] == [
        {"e": "ann@example.com", "n": "Annie"},
        {"e": "bob@example.com", "n": "Bob"},
    ]


@pytest.mark.dialects("mysql")
def test_on_duplicate_key_update_and_ignore(
    blog_db: Database, schema: ModuleType, people: dict[str, int]
) -> None:
    u = schema.users
    blog_db.insert(u).values({"email": "ann@example.com"}).on_duplicate_key_update(
        set_={"first_name": "Annie"}
    ).execute()
    blog_db.insert(u).ignore().values({"email": "bob@example.com", "first_name": "x"}).execute()
    rows = blog_db.select({"e": u.email, "n": u.first_name}).from_(u).order_by(u.email).all()
    assert rows[:2] == [
        {"e": "ann@example.com", "n": "Annie"},
        {"e": "bob@example.com", "n": "Bob"},
    ]


def test_returning_where_supported(blog_db: Database, schema: ModuleType, dialect: str) -> None:
    u = schema.users
    if dialect == "mysql" and not blog_db.dialect.returning:  # MySQL proper: no RETURNING
        with pytest.raises(QueryBuildError, match="RETURNING"):
            blog_db.insert(u).values({"email": "r@x.io"}).returning()
        return
    row = blog_db.insert(u).values({"email": "r@x.io"}).returning({"id": u.id, "e": u.email}).get()
    assert row is not None and row["e"] == "r@x.io"
    gone = blog_db.delete(u).where(eq(u.id, row["id"])).returning().all()
    assert [g["email"] for g in gone] == ["r@x.io"]
    if "update" in blog_db.dialect.returning:
        blog_db.insert(u).values({"email": "s@x.io"}).execute()
        changed = blog_db.update(u).set_({"first_name": "S"}).returning({"n": u.first_name}).all()
        assert changed == [{"n": "S"}]


@pytest.mark.dialects("postgres", "sqlite")
def test_update_from(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u, p = schema.users, schema.posts
    from harness import and_

    blog_db.update(p).set_({"title": "by admin"}).from_(u).where(
        and_(eq(p.owner_id, u.id), eq(u.role, "admin"))
    ).execute()
    assert sorted(r["t"] for r in blog_db.select({"t": p.title}).from_(p).all()) == [
        "B1",
        "by admin",
    ]


@pytest.mark.dialects("postgres", "mysql")
def test_for_update_locks_inside_transaction(
    blog_db: Database, schema: ModuleType, people: dict[str, int]
) -> None:
    u = schema.users
    with blog_db.transaction() as tx:
        row = (
            tx.select({"id": u.id})
            .from_(u)
            .where(eq(u.email, "ann@example.com"))
            .for_update()
            .get()
        )
        assert row == {"id": people["ann@example.com"]}


@pytest.mark.dialects("postgres")
def test_overriding_system_value(blog_db: Database, schema: ModuleType) -> None:
    u = schema.users
    with pytest.raises(QueryError):
        blog_db.insert(u).values({"id": 500, "email": "o@x.io"}).execute()
    blog_db.insert(u).overriding_system_value().values({"id": 500, "email": "o@x.io"}).execute()
    assert blog_db.select({"id": u.id}).from_(u).all() == [{"id": 500}]


@pytest.mark.dialects("postgres")
def test_lateral_join(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u, p = schema.users, schema.posts
    latest = (
        blog_db.select({"title": p.title})
        .from_(p)
        .where(eq(p.owner_id, u.id))
        .limit(1)
        .as_("latest")
    )
    rows = (
        blog_db.select({"e": u.email, "t": latest.title})
        .from_(u)
        .left_join_lateral(latest, sql("true"))
        .order_by(u.email)
        .all()
    )
    assert [r["t"] for r in rows] == ["A1", "B1", None]


def test_raw_execute_returns_dicts(
    blog_db: Database, schema: ModuleType, people: dict[str, int]
) -> None:
    u = schema.users
    rows = blog_db.execute(
        sql("select {} as e from {} where {} > {} order by {}", u.email, u, u.id, 0, u.email)
    )
    assert [r["e"] for r in rows] == ["ann@example.com", "bob@example.com", "cy@example.com"]


def test_query_error_carries_sql_and_shortened_params(
    blog_db: Database, schema: ModuleType
) -> None:
    u = schema.users
    long_value = "x" * 500
    with pytest.raises(QueryError) as info:
        blog_db.insert(u).values({"email": None, "first_name": long_value}).execute()
    err = info.value
    assert "insert into" in err.sql
    assert long_value in err.params
    assert long_value not in str(err)  # shortened in the message
    assert "500 chars" in str(err) or "chars>" in str(err)


def test_on_update_fn_always_set(db: Database, dialect: str) -> None:
    from harness.kit.push import push
    from tests.schemas.extra import counters_table

    t = counters_table(dialect)
    push(db, [t])
    db.insert(t).values({"id": 1, "n": 1}).execute()
    first = db.select().from_(t).get()
    db.update(t).set_({"n": 2}).execute()
    second = db.select().from_(t).get()
    assert first is not None and second is not None
    assert first["stamp"] == "v1" and second["stamp"] == "v2"


@pytest.mark.dialects("postgres", "mysql")
def test_connection_failure_names_host_never_password(dialect: str) -> None:
    from harness import connect

    url = (
        "postgresql://postgres:s3cret-pw@127.0.0.1:1/nowhere"
        if dialect == "postgres"
        else "mysql://root:s3cret-pw@127.0.0.1:1/nowhere"
    )
    with pytest.raises(ConnectionFailed) as info:
        connect(url)
    message = str(info.value)
    assert "127.0.0.1:1/nowhere" in message
    assert "s3cret-pw" not in message


def test_cross_join(blog_db: Database, schema: ModuleType, people: dict[str, int]) -> None:
    u, p = schema.users, schema.posts
    rows = blog_db.select({"e": u.email, "t": p.title}).from_(u).cross_join(p).all()
    assert len(rows) == 3 * 2


@pytest.mark.dialects("postgres")
def test_materialized_view_declared_with_sql_and_columns(
    blog_db: Database, schema: ModuleType, people: dict[str, int]
) -> None:
    from harness.kit import create_schema
    from harness.pg import integer, pg_materialized_view, text

    counts = pg_materialized_view("post_counts", {"owner": integer(), "titles": text()}).as_(
        sql("select owner_id as owner, string_agg(title, ',') as titles from posts group by 1")
    )
    assert create_schema(blog_db, [counts]) == [
        'CREATE MATERIALIZED VIEW "public"."post_counts" AS (select owner_id as owner, '
        "string_agg(title, ',') as titles from posts group by 1);"
    ]
    rows = blog_db.select().from_(counts).order_by(counts.owner).all()
    assert rows == [
        {"owner": people["ann@example.com"], "titles": "A1"},
        {"owner": people["bob@example.com"], "titles": "B1"},
    ]
