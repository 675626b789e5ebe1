"""Foreign keys added, changed, dropped (mirrors v0.mjs)."""

from harness.sqlite import SQLiteTable, integer, sqlite_table, text

parents: SQLiteTable = sqlite_table(
    "parents", {"id": integer().primary_key(), "code": text().not_null()}
)

children = sqlite_table(
    "children", {"id": integer().primary_key(), "parent_id": integer("parent_id")}
)
