"""items: qty integer -> real, name NOT NULL, note's default dropped (mirrors v1.mjs)."""

from harness.sqlite import index, integer, real, sqlite_table, text

items = sqlite_table(
    "items",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "qty": real(),
        "price": real(),
        "note": text(),
        "code": text().not_null(),
    },
    lambda t: [index("items_name_idx").on(t.name)],
)

logs = sqlite_table("logs", {"id": integer().primary_key(), "level": integer(), "msg": text()})
