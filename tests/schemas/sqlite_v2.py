"""The seed schema's second version (adds users.bio and table tags): the Python twin of
tests/conformance/drizzle_ref/schema/sqlite_v2.mjs (the first version is sqlite.py)."""

from harness import sql
from harness.sqlite import SQLiteTable, index, integer, sqlite_table, text, unique_index

# annotated: the declaration refers to itself (invitee -> users.id)
users: SQLiteTable = sqlite_table(
    "users",
    {
        "id": integer().primary_key(auto_increment=True),
        "first_name": text("first_name", length=256),
        "last_name": text("last_name", length=256),
        "email": text().not_null(),
        "invitee": integer().references(lambda: users.id, on_delete="set null"),
        "role": text(enum=["guest", "user", "admin"]).default("guest"),
        "created_at": integer("created_at", mode="timestamp")
        .not_null()
        .default(sql("(unixepoch())")),
        "bio": text(),
    },
    lambda t: [unique_index("email_idx").on(t.email)],
)

posts = sqlite_table(
    "posts",
    {
        "id": integer().primary_key(auto_increment=True),
        "slug": text().default_fn(lambda: "fixed-slug"),
        "title": text(length=256),
        "owner_id": integer("owner_id").references(lambda: users.id),
    },
    lambda t: [unique_index("slug_idx").on(t.slug), index("title_idx").on(t.title)],
)

comments = sqlite_table(
    "comments",
    {
        "id": integer().primary_key(auto_increment=True),
        "text": text(length=256),
        "post_id": integer("post_id").references(lambda: posts.id),
        "owner_id": integer("owner_id").references(lambda: users.id),
    },
)

tags = sqlite_table(
    "tags",
    {
        "id": integer().primary_key(auto_increment=True),
        "name": text(length=64).not_null().unique(),
    },
)
