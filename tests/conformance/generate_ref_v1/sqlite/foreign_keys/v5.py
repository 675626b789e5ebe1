"""Every foreign key dropped (mirrors v5.mjs)."""

from harness.sqlite import SQLiteTable, integer, sqlite_table, text

parents: SQLiteTable = sqlite_table(
    "parents", {"id": integer().primary_key(), "code": text().not_null()}
)

children = sqlite_table(
    "children",
    {
        "id": integer().primary_key(),
        "parent_id": integer("parent_id"),
        "sponsor_id": integer("sponsor_id"),
        "code": text(),
    },
)
