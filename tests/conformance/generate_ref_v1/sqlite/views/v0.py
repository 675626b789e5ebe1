"""Views created, redefined, dropped (mirrors v0.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, sqlite_view, text

items = sqlite_table("items", {"id": integer().primary_key(), "name": text(), "price": integer()})

cheap = sqlite_view("cheap").as_(
    lambda qb: (
        qb.select({"id": items.id, "name": items.name})
        .from_(items)
        .where(sql("{} < 10", items.price))
    )
)
