"""tags dropped (mirrors v1.mjs)."""

from harness.sqlite import SQLiteTable, integer, sqlite_table, text

users: SQLiteTable = sqlite_table("users", {"id": integer().primary_key(), "name": text()})

posts = sqlite_table(
    "posts",
    {
        "id": integer().primary_key(auto_increment=True),
        "title": text().not_null(),
        "user_id": integer("user_id").references(lambda: users.id),
    },
)
