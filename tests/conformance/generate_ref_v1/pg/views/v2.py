from harness import gt, sql
from harness.pg import boolean, integer, pg_table, pg_view, text

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
        .where(gt(products.price, 0))
    )
)

cheap_products = (
    pg_view("cheap_products", {"id": integer(), "name": text()})
    .with_(check_option="cascaded", security_invoker=True)
    .as_(
        sql(
            "select {}, {} from {} where {} < 10",
            products.id,
            products.name,
            products,
            products.price,
        )
    )
)
