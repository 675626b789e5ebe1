"""A rich schema for seeding: every column type of the engine (the type round-trip cases),
a composite-PK junction table, two composite uniques sharing a column, a self reference, a
two-table cycle with one nullable side, and a composite foreign key."""

from __future__ import annotations

import importlib
from typing import Any

from tests.support.declare import Builder, TableFn

TYPE_CASES = {
    "postgres": "tests.integration.test_types_pg",
    "mysql": "tests.integration.test_types_mysql",
    "sqlite": "tests.integration.test_types_sqlite",
}


def build(dialect: str) -> dict[str, Any]:
    cases = importlib.import_module(TYPE_CASES[dialect]).CASES
    table: TableFn
    int_: Builder
    pk: Builder
    if dialect == "postgres":
        from harness import pg
        from harness.pg import foreign_key, primary_key, unique

        table, int_, pk = (
            pg.pg_table,
            pg.integer,
            lambda: pg.integer().primary_key().generated_by_default_as_identity(),
        )
    elif dialect == "mysql":
        from harness import mysql
        from harness.mysql import foreign_key, primary_key, unique

        table, int_, pk = (
            mysql.mysql_table,
            mysql.int_,
            lambda: mysql.int_().primary_key().autoincrement(),
        )
    else:
        from harness import sqlite
        from harness.sqlite import foreign_key, primary_key, unique

        table, int_, pk = (
            sqlite.sqlite_table,
            sqlite.integer,
            lambda: sqlite.integer().primary_key(auto_increment=True),
        )
    every_type = table("every_type", {"id": pk(), **{name: builder for name, builder, *_ in cases}})
    people = table(
        "people",
        {
            "id": pk(),
            "mentor_id": int_().references(lambda: people.id),
            "team_id": int_().references(lambda: teams.id),
        },
    )
    teams = table("teams", {"id": pk(), "lead_id": int_().not_null().references(lambda: people.id)})
    pairs = table(
        "pairs",
        {"a": int_().not_null(), "b": int_().not_null(), "c": int_().not_null()},
        lambda t: [unique("pairs_ab").on(t.a, t.b), unique("pairs_bc").on(t.b, t.c)],
    )
    memberships = table(
        "memberships",
        {
            "person_id": int_().not_null().references(lambda: people.id),
            "team_id": int_().not_null().references(lambda: teams.id),
        },
        lambda t: [primary_key(columns=[t.person_id, t.team_id])],
    )
    notes = table(
        "notes",
        {"id": pk(), "person_id": int_().not_null(), "team_id": int_().not_null()},
        lambda t: [
            foreign_key([t.person_id, t.team_id], [memberships.person_id, memberships.team_id])
        ],
    )
    return {
        "every_type": every_type,
        "people": people,
        "teams": teams,
        "pairs": pairs,
        "memberships": memberships,
        "notes": notes,
    }
