"""The seed schema's second version (adds users.bio and table tags): the Python twin of
tests/conformance/drizzle_ref/schema/mysql_v2.mjs (the first version is mysql.py)."""

from harness.mysql import (
    MySqlTable,
    index,
    int_,
    mysql_enum,
    mysql_table,
    text,
    timestamp,
    unique_index,
    varchar,
)

# annotated: the declaration refers to itself (invitee -> users.id)
users: MySqlTable = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "first_name": varchar("first_name", length=256),
        "last_name": varchar("last_name", length=256),
        "email": varchar(length=256).not_null(),
        "invitee": int_().references(lambda: users.id, on_delete="set null"),
        "role": mysql_enum(["guest", "user", "admin"]).default("guest"),
        "created_at": timestamp("created_at").default_now().not_null(),
        "bio": text(),
    },
    lambda t: [unique_index("email_idx").on(t.email)],
)

posts = mysql_table(
    "posts",
    {
        "id": int_().primary_key().autoincrement(),
        "slug": varchar(length=256).default_fn(lambda: "fixed-slug"),
        "title": varchar(length=256),
        "owner_id": int_("owner_id").references(lambda: users.id),
    },
    lambda t: [unique_index("slug_idx").on(t.slug), index("title_idx").on(t.title)],
)

comments = mysql_table(
    "comments",
    {
        "id": int_().primary_key().autoincrement(),
        "text": varchar(length=256),
        "post_id": int_("post_id").references(lambda: posts.id),
        "owner_id": int_("owner_id").references(lambda: users.id),
    },
)

tags = mysql_table(
    "tags",
    {
        "id": int_().primary_key().autoincrement(),
        "name": varchar(length=64).not_null().unique(),
    },
)
