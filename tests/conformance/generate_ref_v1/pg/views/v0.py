from harness import eq, sql
from harness.pg import boolean, integer, pg_materialized_view, pg_table, pg_view, text

products = pg_table(
    "products",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "active": boolean().default(True).not_null(),
        "price": integer(),
    },
)

active_products = pg_view("active_products").as_(
    lambda qb: (
        qb.select({"id": products.id, "name": products.name})
        .from_(products)
        .where(eq(products.active, True))
    )
)

price_stats = pg_materialized_view("price_stats", {"total": integer()}).as_(
    sql("select sum({}) as total from {}", products.price, products)
)
