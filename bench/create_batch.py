"""Factories: ``create_batch(10_000)`` of users with a unique email, PostgreSQL, per row.

Cases:

- ``harness_create_batch``: ours, values generated from the declarations and inserted with
  one multi-row INSERT per chunk (generation is part of what is timed: it is the job);
- ``pg_copy``: PostgreSQL ``COPY ... FROM STDIN`` (psycopg ``cursor.copy``, ``write_row``)
  of rows generated once in the factory, *before* any timed call: the fastest way to load
  rows, no value generation;
- ``raw_psycopg_executemany``: psycopg ``executemany`` of the same pre-generated rows (also
  generated before the timed call);
- ``harness_create_batch_1k`` / ``pg_copy_1k``: the same at 1k rows per call (the smallest
  batch that goes through COPY, ``harness.pg.copy.COPY_MIN_ROWS``);
- ``factory_boy_sqlalchemy``: factory_boy's ``SQLAlchemyModelFactory`` over an equivalent
  SQLAlchemy table and session (what teams use today; it generates values, like ours);
  1k rows per call instead of 10k (``PEER_ROWS``) to keep the run short, reported per row.

Every call starts from an empty table: the table is dropped and created again before each
call, untimed (the ``reset`` of each case).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from bench.databases import drop_at_exit

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ROWS = 10_000
#: factory_boy over the SQLAlchemy ORM takes seconds per 10k rows: 1k rows per call keeps the
#: run short; its time is still reported per row
PEER_ROWS = 1_000
#: the 1k-row pair: the smallest batch that goes through COPY
SMALL_ROWS = 1_000
DDL = (
    "drop table if exists bench_users; create table bench_users (id serial primary key, "
    "email varchar(255) not null unique, first_name varchar(100), last_name varchar(100), "
    "active boolean not null)"
)
_state: dict[str, Any] = {}


def _database_url() -> str:
    if "url" not in _state:
        import psycopg

        with psycopg.connect(URL, autocommit=True) as admin:
            admin.execute("drop database if exists harness_bench_factories with (force)")
            admin.execute("create database harness_bench_factories")
            drop_at_exit(URL, "harness_bench_factories")
        _state["url"] = URL.rsplit("/", 1)[0] + "/harness_bench_factories"
    return str(_state["url"])


def harness_create_batch(rows: int = ROWS) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from harness import connect
    from harness.pg import boolean, pg_table, serial, varchar
    from harness.seed import factory_for

    users = pg_table(
        "bench_users",
        {
            "id": serial().primary_key(),
            "email": varchar(length=255).not_null().unique(),
            "first_name": varchar(length=100),
            "last_name": varchar(length=100),
            "active": boolean().not_null(),
        },
    )
    db = connect(_database_url())
    factory = factory_for(users, db)
    return lambda: factory.create_batch(rows), lambda: db.execute(DDL)


def factory_boy_sqlalchemy() -> tuple[Callable[[], Any], Callable[[], Any]]:
    import factory
    import sqlalchemy as sa
    from factory.alchemy import SQLAlchemyModelFactory
    from sqlalchemy.orm import DeclarativeBase, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class User(Base):
        __tablename__ = "bench_users"
        id = mapped_column(sa.Integer, primary_key=True)
        email = mapped_column(sa.String(255), unique=True, nullable=False)
        first_name = mapped_column(sa.String(100))
        last_name = mapped_column(sa.String(100))
        active = mapped_column(sa.Boolean, nullable=False)

    engine = sa.create_engine(_database_url().replace("postgresql://", "postgresql+psycopg://"))
    session = Session(engine)

    class UserFactory(SQLAlchemyModelFactory):
        class Meta:
            model = User
            sqlalchemy_session = session
            sqlalchemy_session_persistence = "flush"

        email = factory.Sequence(lambda n: f"user{n}@example.com")
        first_name = factory.Faker("first_name")
        last_name = factory.Faker("last_name")
        active = factory.Faker("pybool")

    def reset() -> None:
        session.rollback()
        session.expunge_all()
        with engine.begin() as conn:
            conn.exec_driver_sql(DDL)

    def run() -> None:
        UserFactory.create_batch(PEER_ROWS)
        session.commit()

    return run, reset


def _rows() -> list[tuple[str, str, str, bool]]:
    from faker import Faker

    fake = Faker()
    Faker.seed(0)
    return [
        (f"user{i}@example.com", fake.first_name(), fake.last_name(), i % 2 == 0)
        for i in range(ROWS)
    ]


def raw_executemany() -> tuple[Callable[[], Any], Callable[[], Any]]:
    import psycopg

    rows = _rows()  # generated before any timed call
    conn = psycopg.connect(_database_url(), autocommit=True)

    def run() -> None:
        with conn.cursor() as cur:
            cur.executemany(
                "insert into bench_users (email, first_name, last_name, active) "
                "values (%s, %s, %s, %s)",
                rows,
            )

    return run, lambda: conn.execute(DDL)


def pg_copy(count: int = ROWS) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import psycopg

    rows = _rows()[:count]  # generated before any timed call
    conn = psycopg.connect(_database_url(), autocommit=True)

    def run() -> None:
        with (
            conn.cursor() as cur,
            cur.copy("copy bench_users (email, first_name, last_name, active) from stdin") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    return run, lambda: conn.execute(DDL)


CASES = {
    "harness_create_batch": harness_create_batch,
    "pg_copy": pg_copy,
    "raw_psycopg_executemany": raw_executemany,
    "factory_boy_sqlalchemy": factory_boy_sqlalchemy,
    "harness_create_batch_1k": lambda: harness_create_batch(SMALL_ROWS),
    "pg_copy_1k": lambda: pg_copy(SMALL_ROWS),
}
PAIRS = [
    ("harness_create_batch", "pg_copy"),
    ("harness_create_batch", "raw_psycopg_executemany"),
    ("harness_create_batch", "factory_boy_sqlalchemy"),
    ("harness_create_batch_1k", "pg_copy_1k"),
]
PER_CALL = {
    "harness_create_batch": ROWS,
    "pg_copy": ROWS,
    "raw_psycopg_executemany": ROWS,
    "factory_boy_sqlalchemy": PEER_ROWS,
    "harness_create_batch_1k": SMALL_ROWS,
    "pg_copy_1k": SMALL_ROWS,
}
