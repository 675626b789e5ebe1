"""Five columns added to users (mirrors v1.mjs)."""

from harness.sqlite import integer, sqlite_table, text

orgs = sqlite_table("orgs", {"id": integer().primary_key()})

users = sqlite_table(
    "users",
    {
        "id": integer().primary_key(),
        "name": text(),
        "bio": text(),
        "age": integer().default(18),
        "active": integer(mode="boolean").not_null().default(True),
        "nick": text().unique(),
        "org_id": integer("org_id").references(lambda: orgs.id, on_delete="set null"),
    },
)
