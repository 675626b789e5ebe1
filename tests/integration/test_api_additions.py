"""Drizzle API the port of its integration suites asked for: ``get_table_config`` /
``get_table_columns`` / ``get_view_config``, table creators, ``sql(...).if_()``, and set
operations refusing selects of different shapes (Drizzle's error, before the server's)."""

from __future__ import annotations

from types import ModuleType

import pytest

from harness import (
    Database,
    QueryBuildError,
    eq,
    get_table_columns,
    get_table_config,
    get_view_config,
    sql,
    union,
)


def _kit(dialect: str) -> ModuleType:
    if dialect == "postgres":
        from harness import pg

        return pg
    if dialect == "mysql":
        from harness import mysql

        return mysql
    from harness import sqlite

    return sqlite


def _table_fn(dialect: str) -> str:
    return {"postgres": "pg_table", "mysql": "mysql_table", "sqlite": "sqlite_table"}[dialect]


def test_table_config_lists_what_the_table_declares(dialect: str, schema: ModuleType) -> None:
    config = get_table_config(schema.posts)
    assert config.name == "posts" and config.schema is None
    assert [c.name for c in config.columns] == list(get_table_columns(schema.posts))
    assert [i.name for i in config.indexes] == ["slug_idx", "title_idx"]
    assert [fk.foreign_table._name for fk in config.foreign_keys] == ["users"]
    columns = get_table_columns(schema.posts)
    columns.clear()  # a copy: the table keeps its columns
    assert get_table_columns(schema.posts)
    with pytest.raises(TypeError, match="takes a table"):
        get_table_config("posts")  # type: ignore[arg-type]


def test_view_config(dialect: str, schema: ModuleType) -> None:
    kit = _kit(dialect)
    view_fn = getattr(kit, _table_fn(dialect).replace("_table", "_view"))
    view = view_fn("active").as_(lambda qb: qb.select({"id": schema.users.id}).from_(schema.users))
    config = get_view_config(view)
    assert config.name == "active" and config.kind == "view"
    assert list(config.selected_fields) == ["id"]
    assert hasattr(config.query, "get_sql")


def test_table_creator_prefixes_every_table(dialect: str, db: Database) -> None:
    from harness.kit import create_schema

    kit = _kit(dialect)
    creator = getattr(kit, f"{_table_fn(dialect)}_creator")
    integer = kit.int_ if dialect == "mysql" else kit.integer
    app_table = creator(lambda name: f"app1_{name}")
    notes = app_table("notes", {"id": integer().primary_key()})
    assert notes._name == "app1_notes"
    create_schema(db, [notes])
    db.insert(notes).values({"id": 1}).execute()
    assert db.execute("select id from app1_notes") == [{"id": 1}]


def test_sql_if_keeps_or_drops_a_chunk(dialect: str, blog_db: Database, schema: ModuleType) -> None:
    blog_db.insert(schema.users).values([{"email": "a@x.io"}, {"email": "b@x.io"}]).execute()
    for only_a, expected in ((False, 2), (True, 1)):
        query = sql(
            "select count(*) as n from {} {}",
            schema.users,
            sql("where {} = {}", schema.users.email, "a@x.io").if_(only_a),
        )
        assert int(blog_db.execute(query)[0]["n"]) == expected
    assert sql("x").if_(False).chunks == []
    assert sql("x").if_(True).chunks != []


def test_set_operations_refuse_different_shapes(
    dialect: str, blog_db: Database, schema: ModuleType
) -> None:
    users, posts = schema.users, schema.posts
    first = blog_db.select({"id": users.id}).from_(users)
    with pytest.raises(QueryBuildError, match="must select the same fields"):
        first.union(blog_db.select({"id": posts.id, "title": posts.title}).from_(posts))
    with pytest.raises(QueryBuildError, match="must select the same fields"):
        union(
            blog_db.select({"id": users.id}).from_(users),
            blog_db.select({"key": posts.id}).from_(posts),
        )
    same = (
        blog_db.select({"id": users.id})
        .from_(users)
        .union(blog_db.select({"id": posts.id}).from_(posts))
    )
    assert same.all() == []


def test_update_and_delete_with_order_by_and_limit(
    dialect: str, blog_db: Database, schema: ModuleType
) -> None:
    from harness import asc, desc

    users = schema.users
    blog_db.insert(users).values([{"email": f"{n}@x.io"} for n in range(4)]).execute()
    update = blog_db.update(users).set_({"first_name": "last"}).order_by(desc(users.id)).limit(1)
    if dialect == "postgres":  # Drizzle's pg-core has no orderBy/limit on update/delete
        with pytest.raises(QueryBuildError, match="no ORDER BY / LIMIT in UPDATE"):
            update.execute()
        return
    q = "`" if dialect == "mysql" else '"'
    assert update.to_sql() == (
        f"update {q}users{q} set {q}first_name{q} = ? order by {q}users{q}.{q}id{q} desc limit ?",
        ["last", 1],
    )
    update.execute()
    named = blog_db.select().from_(users).where(eq(users.first_name, "last")).all()
    assert [r["email"] for r in named] == ["3@x.io"]
    blog_db.delete(users).order_by(asc(users.id)).limit(2).execute()
    left = blog_db.select({"email": users.email}).from_(users).order_by(users.id).all()
    assert left == [{"email": "2@x.io"}, {"email": "3@x.io"}]


def test_iterator_streams_decoded_rows(dialect: str, blog_db: Database, schema: ModuleType) -> None:
    users = schema.users
    blog_db.insert(users).values([{"email": f"{n}@x.io"} for n in range(50)]).execute()
    query = blog_db.select({"id": users.id, "email": users.email}).from_(users).order_by(users.id)
    rows = query.iterator()
    first = next(rows)
    assert first["email"] == "0@x.io" and isinstance(first["id"], int)
    rest = list(rows)
    assert len(rest) == 49 and rest[-1]["email"] == "49@x.io"
    assert [r["email"] for r in query.iterator()] == [f"{n}@x.io" for n in range(50)]
    # the connection is usable again once the loop has ended
    assert blog_db.count(users) == 50
    with pytest.raises(QueryBuildError, match="returns rows"):
        next(blog_db.delete(users).iterator())


def test_returning_id_on_mysql(dialect: str, db: Database) -> None:
    from harness.kit import create_schema

    kit = _kit(dialect)
    if dialect != "mysql":
        table = getattr(kit, _table_fn(dialect))("t", {"id": kit.integer().primary_key()})
        with pytest.raises(QueryBuildError, match=r"returning_id\(\) is MySQL's"):
            db.insert(table).values({"id": 1}).returning_id()
        return
    counter = iter(range(100, 200))
    auto = kit.mysql_table(
        "auto", {"id": kit.int_().primary_key().autoincrement(), "name": kit.text()}
    )
    coded = kit.mysql_table(
        "coded",
        {"code": kit.varchar(length=8).primary_key().default_fn(lambda: f"c{next(counter)}")},
    )
    create_schema(db, [auto, coded])
    assert db.insert(auto).values([{"name": "a"}, {"name": "b"}]).returning_id() == [
        {"id": 1},
        {"id": 2},
    ]
    assert db.insert(auto).values({"id": 10, "name": "c"}).returning_id() == [{"id": 10}]
    assert db.insert(coded).values([{}, {"code": "x"}]).returning_id() == [
        {"code": "c100"},
        {"code": "x"},
    ]
    assert db.select().from_(coded).order_by(coded.code).all() == [
        {"code": "c100"},
        {"code": "x"},
    ]
