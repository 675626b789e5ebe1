"""Factories and whole-schema seeding on the real engines."""

from __future__ import annotations

from typing import Any

import pytest

from harness import Database, connect
from harness.kit import push
from harness.seed import factory_for, reset, seed
from tests.schemas.seeding import build


class Counter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def log_query(self, sql: str, params: Any) -> None:
        self.statements.append(sql)


@pytest.fixture
def sdb(db_url: str, dialect: str) -> Any:
    schema = build(dialect)
    counter = Counter()
    db = connect(db_url, logger=counter, schema=schema)
    push(db, schema)
    counter.statements.clear()
    yield db, schema, counter
    db.close()


def dump(db: Database, schema: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for key in ("authors", "articles", "tags", "article_tags"):
        table = schema[key]
        columns = list(table._columns.values())
        out[key] = db.select().from_(table).order_by(*columns).all()
    return out


def test_create_build_overrides_and_nulls(sdb: Any) -> None:
    db, s, _ = sdb
    Authors = factory_for(s["authors"], db)
    built = Authors.build()
    assert set(built) == {"email", "name", "joined_at", "active"}  # id is the database's
    ann = Authors.create(name="Ann")
    assert ann.id and ann.name == "Ann" and "@" in ann.email
    empty = Authors.create(nulls=True)
    assert empty.joined_at is None and empty.active is None and empty.email  # not-null kept
    assert db.count(s["authors"]) == 2


def test_not_null_foreign_key_gets_a_parent_and_nullable_stays_null(sdb: Any) -> None:
    db, s, _ = sdb
    Articles = factory_for(s["articles"], db)
    article = Articles.create()
    assert article.author_id is not None and article.editor_id is None
    assert article.status in ("draft", "live")
    assert db.count(s["authors"]) == 1


def test_create_batch_is_one_insert_per_chunk_with_batched_parents(sdb: Any) -> None:
    db, s, counter = sdb
    rows = factory_for(s["articles"], db).create_batch(500)
    inserts = [q for q in counter.statements if q.startswith("insert")]
    assert len(rows) == 500 and len(inserts) == 2  # 500 authors in one, 500 articles in one
    assert db.count(s["authors"]) == 500 and len({r.author_id for r in rows}) == 500


@pytest.mark.slow  # 100k rows: run by .ci/run's slow integration section
def test_hundred_thousand_unique_emails_and_slugs_never_collide(sdb: Any) -> None:
    db, s, _ = sdb
    authors = factory_for(s["authors"], db).create_batch(100_000)
    assert len({a.email for a in authors}) == 100_000
    articles = factory_for(s["articles"], db).create_batch(100_000, author_id=authors[0].id)
    assert len({a.slug for a in articles}) == 100_000
    assert db.count(s["articles"]) == 100_000


def test_composite_primary_key_junction(sdb: Any) -> None:
    db, s, _ = sdb
    rows = factory_for(s["article_tags"], db).create_batch(200)
    assert len({(r.article_id, r.tag_id) for r in rows}) == 200


def test_generated_values_respect_declared_constraints(sdb: Any) -> None:
    db, s, _ = sdb
    seed(db, s, count=300, seed=7).run()
    for article in db.select().from_(s["articles"]).all():
        assert len(article["slug"]) <= 40 and len(article["title"] or "") <= 40
        assert article["status"] in ("draft", "live")
        assert article["author_id"] is not None
    author_ids = {a["id"] for a in db.select({"id": s["authors"].id}).from_(s["authors"]).all()}
    assert {a["author_id"] for a in db.select().from_(s["articles"]).all()} <= author_ids


def test_same_seed_same_contents_and_reset(sdb: Any) -> None:
    db, s, _ = sdb
    counts = (
        seed(db, s, count=50, seed=1)
        .refine(
            lambda f: {
                "authors": {
                    "count": 10,
                    "columns": {"name": f.full_name()},
                    "with_": {"articles": 3},
                }
            }
        )
        .run()
    )
    assert counts["authors"] == 10 and counts["articles"] == 30
    first = dump(db, s)
    reset(db, s)
    assert all(rows == [] for rows in dump(db, s).values())
    seed(db, s, count=50, seed=1).refine(
        lambda f: {
            "authors": {"count": 10, "columns": {"name": f.full_name()}, "with_": {"articles": 3}}
        }
    ).run()
    assert dump(db, s) == first  # identities restarted too: even the ids are equal
    reset(db, s)
    seed(db, s, count=50, seed=2).refine(
        lambda f: {
            "authors": {"count": 10, "columns": {"name": f.full_name()}, "with_": {"articles": 3}}
        }
    ).run()
    assert dump(db, s) != first


def test_weighted_with_and_skipped_column(sdb: Any) -> None:
    db, s, _ = sdb
    counts = (
        seed(db, s, count=5, seed=3)
        .refine(
            lambda f: {
                "authors": {
                    "count": 20,
                    "columns": {"joined_at": False},
                    "with_": {
                        "articles": [{"weight": 0.5, "count": [1, 2]}, {"weight": 0.5, "count": 4}]
                    },
                }
            }
        )
        .run()
    )
    assert 20 <= counts["articles"] <= 80
    assert db.execute("select count(*) as n from authors where joined_at is not null") == [{"n": 0}]


def test_rich_schema_seeds_a_thousand_rows_without_constraint_errors(
    db_url: str, dialect: str
) -> None:
    from tests.schemas.seeding_rich import build as build_rich

    schema = build_rich(dialect)
    db = connect(db_url, schema=schema)
    try:
        push(db, schema)
        counts = (
            seed(db, schema, count=1000, seed=11)
            .refine(lambda f: {"people": {"columns": {"id": f.int_primary_key()}}})
            .run()
        )
        assert counts["every_type"] == 1000 and counts["pairs"] == 1000
        assert counts["memberships"] == 1000 and counts["notes"] == 1000
        # every generated value respects the declaration
        for row in db.select().from_(schema["every_type"]).all():
            for key, column in schema["every_type"]._columns.items():
                value = row[key]
                if column.enum_values and value is not None:
                    assert value in column.enum_values, key
                length = column.config.get("length")
                if length and isinstance(value, str):
                    assert len(value) <= length, key
        # cycle filled after the insert: every nullable team_id points at a real team
        team_ids = {t["id"] for t in db.select().from_(schema["teams"]).all()}
        assert {p["team_id"] for p in db.select().from_(schema["people"]).all()} <= team_ids
        # explicit ids were given to people: a plain insert afterwards must not collide
        # (PostgreSQL's identity is advanced by the seeder; MySQL/SQLite move it themselves)
        inserted = (
            db.insert(schema["people"]).values({"mentor_id": None}).returning().get()
            if ("insert" in db.dialect.returning)
            else None
        )
        if inserted is not None:
            assert inserted["id"] == 1001
        else:
            db.insert(schema["people"]).values({"mentor_id": None}).execute()
            assert db.count(schema["people"]) == 1001
    finally:
        db.close()


def test_blog_schema_seeds_a_thousand_rows(db: Database, schema: Any) -> None:
    push(db, schema)
    counts = seed(db, schema, count=1000, seed=5).run()
    assert counts == {"users": 1000, "posts": 1000, "comments": 1000}
    assert db.count(schema.users) == 1000


@pytest.mark.dialects("mysql")
def test_create_batch_without_returning_uses_the_inserted_id_range(sdb: Any) -> None:
    """MySQL proper has no RETURNING: ids come from LAST_INSERT_ID() and the consecutive range
    of one multi-row INSERT (exercised here on MariaDB with RETURNING switched off)."""
    db, s, counter = sdb
    db.dialect.returning = frozenset()
    rows = factory_for(s["authors"], db).create_batch(300)
    assert [r.id for r in rows] == list(range(rows[0].id, rows[0].id + 300))
    stored = {r["id"]: r["email"] for r in db.select().from_(s["authors"]).all()}
    assert all(stored[r.id] == r.email for r in rows)
    assert any(q == "select last_insert_id()" for q in counter.statements)


@pytest.mark.dialects("mysql")
def test_seed_without_returning_keeps_explicit_keys_and_fills_cycles(db_url: str) -> None:
    """MySQL proper (no RETURNING) with explicit primary keys: LAST_INSERT_ID() still names an
    earlier statement, so the rows as sent are the rows as stored; the deferred cycle update
    then reaches every row (it reached a fraction before)."""
    from tests.schemas.seeding_rich import build as build_rich

    schema = build_rich("mysql")
    db = connect(db_url, schema=schema)
    try:
        db.dialect.returning = frozenset()  # MySQL's path, on MariaDB
        push(db, schema)
        seed(db, schema, count=1000, seed=3).refine(
            lambda f: {"people": {"columns": {"id": f.int_primary_key()}}}
        ).run()
        counts = db.execute("select count(*) as n, count(team_id) as t from people")
        assert counts == [{"n": 1000, "t": 1000}]
    finally:
        db.close()


def _random_key_schema(dialect: str) -> dict[str, Any]:
    """A key the database fills with a random value, and a child referencing it."""
    return {"postgres": _random_key_pg, "mysql": _random_key_mysql}.get(
        dialect, _random_key_sqlite
    )()


def _random_key_pg() -> dict[str, Any]:
    from harness.pg import integer, pg_table, text, uuid

    accounts = pg_table(
        "accounts",
        {"id": uuid("id").primary_key().default_random(), "name": text("name").not_null()},
    )
    sessions = pg_table(
        "sessions",
        {
            "id": integer("id").primary_key(),
            "account_id": uuid("account_id").not_null().references(lambda: accounts.id),
        },
    )
    return {"accounts": accounts, "sessions": sessions}


def _random_key_mysql() -> dict[str, Any]:
    from harness import sql
    from harness.mysql import int_, mysql_table, varchar

    accounts = mysql_table(
        "accounts",
        {
            "id": varchar("id", length=36).primary_key().default(sql("(uuid())")),
            "name": varchar("name", length=100).not_null(),
        },
    )
    sessions = mysql_table(
        "sessions",
        {
            "id": int_("id").primary_key(),
            "account_id": varchar("account_id", length=36)
            .not_null()
            .references(lambda: accounts.id),
        },
    )
    return {"accounts": accounts, "sessions": sessions}


def _random_key_sqlite() -> dict[str, Any]:
    from harness import sql
    from harness.sqlite import integer, sqlite_table, text

    accounts = sqlite_table(
        "accounts",
        {
            "id": text("id").primary_key().default(sql("(lower(hex(randomblob(16))))")),
            "name": text("name").not_null(),
        },
    )
    sessions = sqlite_table(
        "sessions",
        {
            "id": integer("id").primary_key(),
            "account_id": text("account_id").not_null().references(lambda: accounts.id),
        },
    )
    return {"accounts": accounts, "sessions": sessions}


def test_same_seed_same_random_default_keys(db_url: str, dialect: str) -> None:
    """Issue: a ``gen_random_uuid()`` key made two runs of the same seed differ, and every
    foreign key to it; the seeder now draws such values from the seed itself."""
    schema = _random_key_schema(dialect)
    db = connect(db_url, schema=schema)
    try:
        push(db, schema)

        def contents() -> tuple[list[Any], list[Any]]:
            accounts = db.select().from_(schema["accounts"]).order_by(schema["accounts"].id).all()
            sessions = db.select().from_(schema["sessions"]).order_by(schema["sessions"].id).all()
            return accounts, sessions

        seed(db, schema, count=30, seed=7).run()
        first = contents()
        reset(db, schema)
        seed(db, schema, count=30, seed=7).run()
        second = contents()
        assert first == second
        assert len(first[0]) == 30 and len({row["id"] for row in first[0]}) == 30
        keys = {row["id"] for row in first[0]}
        assert {row["account_id"] for row in first[1]} <= keys
        reset(db, schema)
        seed(db, schema, count=30, seed=8).run()
        assert {row["id"] for row in contents()[0]} != keys  # another seed, other keys
    finally:
        db.close()
