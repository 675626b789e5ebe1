"""The seed schema's second version (adds users.bio and table tags): the Python twin of
tests/conformance/drizzle_ref/schema/pg_v2.mjs (the first version is pg.py)."""

from harness.pg import (
    PgTable,
    index,
    integer,
    pg_enum,
    pg_table,
    text,
    timestamp,
    unique_index,
    varchar,
)

roles_enum = pg_enum("roles", ["guest", "user", "admin"])

# annotated: the declaration refers to itself (invitee -> users.id)
users: PgTable = pg_table(
    "users",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "first_name": varchar("first_name", length=256),
        "last_name": varchar("last_name", length=256),
        "email": varchar().not_null(),
        "invitee": integer().references(lambda: users.id, on_delete="set null"),
        "role": roles_enum().default("guest"),
        "created_at": timestamp("created_at").default_now().not_null(),
        "bio": text(),
    },
    lambda t: [unique_index("email_idx").on(t.email)],
)

posts = pg_table(
    "posts",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "slug": varchar().default_fn(lambda: "fixed-slug"),
        "title": varchar(length=256),
        "owner_id": integer("owner_id").references(lambda: users.id),
    },
    lambda t: [unique_index("slug_idx").on(t.slug), index("title_idx").on(t.title)],
)

comments = pg_table(
    "comments",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "text": varchar(length=256),
        "post_id": integer("post_id").references(lambda: posts.id),
        "owner_id": integer("owner_id").references(lambda: users.id),
    },
)

tags = pg_table(
    "tags",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "name": varchar(length=64).not_null().unique(),
    },
)
