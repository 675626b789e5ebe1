"""The rich PostgreSQL schema (mirrors tests/conformance/drizzle_ref/schema/pg_rich.mjs)."""

from harness import eq, sql
from harness.pg import (
    boolean,
    check,
    foreign_key,
    integer,
    jsonb,
    pg_enum,
    pg_schema,
    pg_sequence,
    pg_table,
    pg_view,
    primary_key,
    serial,
    text,
    timestamp,
    uuid,
    varchar,
)

shop = pg_schema("shop")
order_status = pg_enum("order_status", ["new", "paid", "shipped"])
invoice_numbers = pg_sequence("invoice_numbers", start_with=1000, increment_by=1)

customers = pg_table(
    "customers",
    {
        "id": uuid().primary_key().default_random(),
        "email": varchar(length=320).not_null().unique(),
        "profile": jsonb().default({}),
        "tags": text().array().default(sql("'{{}}'::text[]")),
        "active": boolean().default(True).not_null(),
        "created_at": timestamp("created_at", with_timezone=True).default_now().not_null(),
        "updated_at": timestamp("updated_at", with_timezone=True),
    },
    lambda t: [check("email_has_at", sql("{} like '%@%'", t.email))],
)

orders = shop.table(
    "orders",
    {
        "id": serial().primary_key(),
        "customer_id": uuid("customer_id").references(lambda: customers.id, on_delete="cascade"),
        "referrer_id": uuid("referrer_id").references(lambda: customers.id, on_delete="set null"),
        "status": order_status().default("new").not_null(),
        "total": integer().not_null(),
    },
)

products = pg_table("products", {"id": serial().primary_key(), "name": text().not_null()})

order_items = pg_table(
    "order_items",
    {
        "order_id": integer("order_id").not_null(),
        "product_id": integer("product_id").not_null(),
        "quantity": integer().default(1).not_null(),
    },
    lambda t: [
        primary_key(columns=[t.order_id, t.product_id]),
        foreign_key([t.order_id], [orders.id]).on_delete("cascade"),
        foreign_key([t.product_id], [products.id]).on_delete("cascade"),
    ],
)

active_customers = pg_view("active_customers").as_(
    lambda qb: (
        qb.select({"id": customers.id, "email": customers.email})
        .from_(customers)
        .where(eq(customers.active, True))
    )
)
