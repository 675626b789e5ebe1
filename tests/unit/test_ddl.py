"""DDL from declarations equals what drizzle-kit 0.31.11 generates for the same schema."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from harness.kit.journal import split_statements

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref" / "out"


@pytest.mark.parametrize(
    ("dialect", "schema_name", "migration"),
    [
        ("pg", "pg", "pg/0000_init.sql"),
        ("mysql", "mysql", "mysql/0000_init.sql"),
        ("sqlite", "sqlite", "sqlite/0000_init.sql"),
        ("pg", "pg_rich", "pg_rich/0000_rich.sql"),
        ("pg", "pg_details", "pg_details/0000_details.sql"),
        ("mysql", "mysql_details", "mysql_details/0000_details.sql"),
        ("sqlite", "sqlite_details", "sqlite_details/0000_details.sql"),
    ],
)
def test_schema_ddl_equals_drizzle_kit_generate(
    dialect: str, schema_name: str, migration: str
) -> None:
    ddl = importlib.import_module(f"harness.{dialect}.ddl")
    schema = importlib.import_module(f"tests.schemas.{schema_name}")
    expected = [s.strip() for s in split_statements((REF / migration).read_text())]
    assert ddl.create_statements(schema) == expected


def test_mysql_defaults_and_on_update_like_drizzle_kit() -> None:
    import datetime as dt

    from harness.mysql import boolean, decimal, int_, json, mysql_table, timestamp, varchar
    from harness.mysql.ddl import create_statements

    gen = mysql_table(
        "gen",
        {
            "n": int_().default(5),
            "created": timestamp().default_now(),
            "touched": timestamp(fsp=6).default_now().on_update_now(),
            "j": json().default({"a": 1}),
            "b": boolean().default(True),
            "v": varchar(length=10).default("it's"),
            "d": decimal(precision=6, scale=2).default("1.50"),
            "dt": timestamp("dt").default(dt.datetime(2024, 1, 2, 3, 4, 5, 678000)),
        },
    )
    # lines as drizzle-kit 0.31.11 wrote them for the same declarations (datetime() -> dt
    # declared as timestamp here: only the default's format is compared)
    (statement,) = create_statements([gen])
    lines = statement.splitlines()
    assert lines[1:9] == [
        "\t`n` int DEFAULT 5,",
        "\t`created` timestamp DEFAULT (now()),",
        "\t`touched` timestamp(6) DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,",
        "\t`j` json DEFAULT ('{\"a\":1}'),",
        "\t`b` boolean DEFAULT true,",
        "\t`v` varchar(10) DEFAULT 'it''s',",
        "\t`d` decimal(6,2) DEFAULT '1.50',",
        "\t`dt` timestamp DEFAULT '2024-01-02 03:04:05.678'",
    ]


def test_pg_index_options_and_composite_keys() -> None:
    """Expected text: drizzle-kit 0.31.11 generate for the same declarations in TypeScript."""
    from harness import sql
    from harness.pg import check, foreign_key, index, integer, pg_table, primary_key, text
    from harness.pg.ddl import create_statements

    parent = pg_table("parent", {"a": integer().not_null(), "b": integer().not_null()})
    child = pg_table(
        "child",
        {"a": integer(), "b": integer(), "name": text().unique(nulls_not_distinct=True)},
        lambda t: [
            primary_key(columns=[t.a, t.b]),
            foreign_key([t.a, t.b], [parent.a, parent.b]).on_delete("cascade"),
            check("a_positive", sql("a > 0")),
            index("name_idx").on(t.name.desc(), t.a.asc().nulls_first()).where(sql("a > 1")),
            index("gin_idx").using("gin", t.name),
        ],
    )
    statements = create_statements([parent, child])
    assert statements[0] == (
        'CREATE TABLE "child" (\n\t"a" integer,\n\t"b" integer,\n\t"name" text,\n'
        '\tCONSTRAINT "child_a_b_pk" PRIMARY KEY("a","b"),\n'
        '\tCONSTRAINT "child_name_unique" UNIQUE NULLS NOT DISTINCT("name"),\n'
        '\tCONSTRAINT "a_positive" CHECK (a > 0)\n);'
    )
    assert statements[2] == (
        'ALTER TABLE "child" ADD CONSTRAINT "child_a_b_parent_a_b_fk" FOREIGN KEY ("a","b") '
        'REFERENCES "public"."parent"("a","b") ON DELETE cascade ON UPDATE no action;'
    )
    assert statements[3] == (
        'CREATE INDEX "name_idx" ON "child" USING btree ("name" DESC NULLS LAST,"a" NULLS FIRST) '
        "WHERE a > 1;"
    )
    assert statements[4] == 'CREATE INDEX "gin_idx" ON "child" USING gin ("name");'


def test_pg_enum_order_and_timestamp_defaults_like_drizzle_kit() -> None:
    """Expected text: drizzle-kit 0.31.11 generate for the same declarations in TypeScript."""
    import datetime as dt

    from harness.pg import integer, pg_enum, pg_table, timestamp
    from harness.pg.ddl import create_statements

    zeta = pg_enum("zeta", ["z"])
    alpha = pg_enum("alpha", ["a"])
    moment = dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone.utc)
    t = pg_table(
        "t",
        {
            "id": integer(),
            "z": zeta(),
            "a": alpha(),
            "at": timestamp(with_timezone=True).default(moment),
            "plain": timestamp().default(moment.replace(tzinfo=None)),
        },
    )
    assert create_statements([zeta, alpha, t]) == [
        """CREATE TYPE "public"."alpha" AS ENUM('a');""",
        """CREATE TYPE "public"."zeta" AS ENUM('z');""",
        'CREATE TABLE "t" (\n\t"id" integer,\n\t"z" "zeta",\n\t"a" "alpha",\n'
        "\t\"at\" timestamp with time zone DEFAULT '2024-01-02T03:04:05.678Z',\n"
        "\t\"plain\" timestamp DEFAULT '2024-01-02 03:04:05.678'\n);",
    ]
