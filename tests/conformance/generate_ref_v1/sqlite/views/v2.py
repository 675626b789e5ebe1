"""cheap dropped (mirrors v2.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, sqlite_view, text

items = sqlite_table("items", {"id": integer().primary_key(), "name": text(), "price": integer()})

totals = sqlite_view("totals", {"n": integer(), "total": integer()}).as_(
    sql("select count(*) as n, sum(price) as total from items")
)
