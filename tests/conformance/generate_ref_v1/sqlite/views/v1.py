"""cheap redefined; totals created (mirrors v1.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, sqlite_view, text

items = sqlite_table("items", {"id": integer().primary_key(), "name": text(), "price": integer()})

cheap = sqlite_view("cheap").as_(
    lambda qb: (
        qb.select({"id": items.id, "name": items.name})
        .from_(items)
        .where(sql("{} < 20", items.price))
    )
)

totals = sqlite_view("totals", {"n": integer(), "total": integer()}).as_(
    sql("select count(*) as n, sum(price) as total from items")
)
