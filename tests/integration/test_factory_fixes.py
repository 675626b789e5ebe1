"""Factories subclass like any factory_boy factory, run post-generation hooks on stored rows in
batches, and ``nulls=True`` really nulls every nullable column."""

from __future__ import annotations

from typing import Any

import factory

from harness import Database
from harness.kit import push
from harness.seed import factory_for


def _users(dialect: str) -> Any:
    from harness import mysql, pg, sqlite

    if dialect == "postgres":
        return pg.pg_table(
            "people",
            {
                "id": pg.integer().primary_key().generated_always_as_identity(),
                "email": pg.varchar(length=120).not_null().unique(),
                "role": pg.text().default("guest"),
                "bio": pg.text(),
            },
        )
    if dialect == "mysql":
        return mysql.mysql_table(
            "people",
            {
                "id": mysql.int_().primary_key().autoincrement(),
                "email": mysql.varchar(length=120).not_null().unique(),
                "role": mysql.varchar(length=20).default("guest"),
                "bio": mysql.varchar(length=200),
            },
        )
    return sqlite.sqlite_table(
        "people",
        {
            "id": sqlite.integer().primary_key(),
            "email": sqlite.text().not_null().unique(),
            "role": sqlite.text().default("guest"),
            "bio": sqlite.text(),
        },
    )


def test_generated_factories_subclass_and_keep_overrides(db: Database, dialect: str) -> None:
    people = _users(dialect)
    push(db, [people])

    class AdminFactory(factory_for(people, db)):  # type: ignore[misc]
        role = "admin"

    one = AdminFactory()
    batch = AdminFactory.create_batch(5)
    assert one["role"] == "admin" and {r["role"] for r in batch} == {"admin"}
    stored = db.select().from_(people).all()
    assert len(stored) == 6 and len({r["email"] for r in stored}) == 6


def test_batches_run_post_generation_hooks_on_stored_rows(db: Database, dialect: str) -> None:
    people = _users(dialect)
    push(db, [people])
    seen: list[int] = []

    class Hooked(factory_for(people, db)):  # type: ignore[misc]
        @factory.post_generation  # type: ignore[untyped-decorator]  # factory_boy is untyped
        def remember(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
            seen.append(obj["id"])

    rows = Hooked.create_batch(3)
    assert seen == [r["id"] for r in rows] and all(isinstance(i, int) for i in seen)


def test_nulls_true_overrides_database_defaults(db: Database, dialect: str) -> None:
    people = _users(dialect)
    push(db, [people])
    maker = factory_for(people, db)
    row = maker(nulls=True)
    assert (row["role"], row["bio"]) == (None, None)
    assert db.select().from_(people).all()[0]["role"] is None
    assert maker()["role"] == "guest"


def test_a_seeder_that_never_runs_warns(db: Database, dialect: str) -> None:
    import gc

    import pytest

    from harness.seed import SeedNotRunWarning, seed

    people = _users(dialect)
    push(db, [people])
    with pytest.warns(SeedNotRunWarning, match=r"never run.*seed\(db, schema\)\.run\(\)"):
        seed(db, [people], count=3)  # the drizzle-seed habit: nothing inserted
        gc.collect()
    assert db.count(people) == 0
    seed(db, [people], count=3).run()
    assert db.count(people) == 3
