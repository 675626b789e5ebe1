"""logs: level default changed (mirrors v3.mjs)."""

from harness.sqlite import index, integer, real, sqlite_table, text

items = sqlite_table(
    "items",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "qty": real(),
        "price": real().default(9.5),
        "note": text(),
        "code": text(),
    },
    lambda t: [index("items_name_idx").on(t.name)],
)

logs = sqlite_table(
    "logs",
    {"id": integer().primary_key(), "level": integer().default(2), "msg": text(length=200)},
)
