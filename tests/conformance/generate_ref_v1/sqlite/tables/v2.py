"""categories created (mirrors v2.mjs)."""

from harness.sqlite import SQLiteTable, index, integer, sqlite_table, text, unique_index

users: SQLiteTable = sqlite_table("users", {"id": integer().primary_key(), "name": text()})

posts = sqlite_table(
    "posts",
    {
        "id": integer().primary_key(auto_increment=True),
        "title": text().not_null(),
        "user_id": integer("user_id").references(lambda: users.id),
    },
)

categories = sqlite_table(
    "categories",
    {
        "id": integer().primary_key(),
        "slug": text().not_null().unique(),
        "owner_id": integer("owner_id").references(lambda: users.id, on_delete="cascade"),
    },
    lambda t: [
        index("categories_owner_idx").on(t.owner_id),
        unique_index("categories_slug_owner").on(t.slug, t.owner_id),
    ],
)
