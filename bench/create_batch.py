"""Factories: ``create_batch(10_000)`` of users with a unique email, PostgreSQL.

Cases: ours (one multi-row INSERT per chunk); factory_boy's ``SQLAlchemyModelFactory`` over an
equivalent SQLAlchemy table and session (the anchor, what teams use today); raw psycopg
``executemany`` of pre-generated rows (the floor: no value generation at all).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ROWS = 10_000
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
        _state["url"] = URL.rsplit("/", 1)[0] + "/harness_bench_factories"
    return str(_state["url"])


def harness_create_batch() -> Callable[[], Any]:
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

    def run() -> None:
        db.execute(DDL)
        factory.create_batch(ROWS)

    return run


def factory_boy_sqlalchemy() -> Callable[[], Any]:
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

    def run() -> None:
        session.rollback()
        with engine.begin() as conn:
            conn.exec_driver_sql(DDL)
        UserFactory.create_batch(ROWS)
        session.commit()

    return run


def raw_executemany() -> Callable[[], Any]:
    import psycopg
    from faker import Faker

    fake = Faker()
    conn = psycopg.connect(_database_url(), autocommit=True)

    def run() -> None:
        rows = [
            (f"user{i}@example.com", fake.first_name(), fake.last_name(), i % 2 == 0)
            for i in range(ROWS)
        ]
        conn.execute(DDL)
        with conn.cursor() as cur:
            cur.executemany(
                "insert into bench_users (email, first_name, last_name, active) "
                "values (%s, %s, %s, %s)",
                rows,
            )

    return run


CASES = {
    "harness_create_batch": harness_create_batch,
    "factory_boy_sqlalchemy": factory_boy_sqlalchemy,
    "raw_psycopg_executemany": raw_executemany,
}
ANCHOR = "factory_boy_sqlalchemy"
PER_CALL = {
    "harness_create_batch": ROWS,
    "factory_boy_sqlalchemy": ROWS,
    "raw_psycopg_executemany": ROWS,
}
