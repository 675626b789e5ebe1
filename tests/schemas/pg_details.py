"""PostgreSQL DDL details (mirrors tests/conformance/drizzle_ref/schema/pg_details.mjs): enum
order across schemas, a schema-qualified column in a partial index's condition."""

from harness import sql
from harness.pg import index, integer, pg_enum, pg_schema, text

custom = pg_schema("custom")
zeta = pg_enum("zeta", ["z1", "z2"])
alpha = custom.enum("alpha", ["a1", "a2"])
beta = pg_enum("beta", ["b1"])

projects = custom.table(
    "projects",
    {
        "id": integer().primary_key(),
        "status": text().not_null(),
        "kind": alpha(),
        "stage": zeta(),
        "level": beta(),
    },
    lambda t: [index("active_idx").on(t.id).where(sql("{} <> 'b'", t.status))],
)
