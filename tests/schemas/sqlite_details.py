"""SQLite DDL details (mirrors tests/conformance/drizzle_ref/schema/sqlite_details.mjs): a
partial index's condition keeps its table name."""

from harness import sql
from harness.sqlite import index, integer, sqlite_table, text

projects = sqlite_table(
    "projects",
    {"id": integer().primary_key(), "status": text().not_null()},
    lambda t: [index("active_idx").on(t.id).where(sql("{} <> 'b'", t.status))],
)
