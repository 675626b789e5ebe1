"""bio and nick dropped (mirrors v2.mjs)."""

from harness.sqlite import integer, sqlite_table, text

orgs = sqlite_table("orgs", {"id": integer().primary_key()})

users = sqlite_table(
    "users",
    {
        "id": integer().primary_key(),
        "name": text(),
        "age": integer().default(18),
        "active": integer(mode="boolean").not_null().default(True),
        "org_id": integer("org_id").references(lambda: orgs.id, on_delete="set null"),
    },
)
