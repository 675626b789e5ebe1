"""sponsor_id added with its reference, code added (mirrors v3.mjs)."""

from harness.sqlite import SQLiteTable, integer, sqlite_table, text

parents: SQLiteTable = sqlite_table(
    "parents", {"id": integer().primary_key(), "code": text().not_null()}
)

children = sqlite_table(
    "children",
    {
        "id": integer().primary_key(),
        "parent_id": integer("parent_id").references(
            lambda: parents.id, on_delete="cascade", on_update="cascade"
        ),
        "sponsor_id": integer("sponsor_id").references(lambda: parents.id),
        "code": text(),
    },
)
