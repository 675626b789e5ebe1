"""``custom_type``: Drizzle's ``customType`` for PostgreSQL types without a constructor."""

from __future__ import annotations

import pytest

from harness import Database
from harness.kit import create_schema
from harness.pg import custom_type, integer, pg_table


@pytest.mark.dialects("postgres")
def test_custom_type_round_trips_with_and_without_mapping(db: Database) -> None:
    tsvector = custom_type("tsvector")
    money = custom_type(
        "money", to_driver=lambda cents: f"{cents / 100:.2f}", from_driver=lambda v: v
    )
    docs = pg_table(
        "docs",
        {
            "id": integer().primary_key(),
            "search": tsvector(),
            "price": money(),
            "tags": tsvector().array(),
        },
    )
    statements = create_schema(db, [docs])
    assert '"search" "tsvector"' in statements[0]
    db.insert(docs).values({"id": 1, "search": "a fat cat", "price": 1250}).execute()
    row = db.select().from_(docs).all()[0]
    assert row["search"] == "'a' 'cat' 'fat'"
    assert row["price"] == "$12.50"
    assert db.execute("select pg_typeof(search)::text as t from docs") == [{"t": "tsvector"}]
