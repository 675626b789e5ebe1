"""Column type, NOT NULL and default changes (mirrors v0.mjs)."""

from harness.sqlite import index, integer, real, sqlite_table, text

items = sqlite_table(
    "items",
    {
        "id": integer().primary_key(),
        "name": text(),
        "qty": integer(),
        "price": real(),
        "note": text().default("x"),
        "code": text().not_null(),
    },
    lambda t: [index("items_name_idx").on(t.name)],
)

logs = sqlite_table("logs", {"id": integer().primary_key(), "level": integer(), "msg": text()})
