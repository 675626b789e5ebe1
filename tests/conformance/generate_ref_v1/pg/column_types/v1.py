from harness.pg import bigint, integer, pg_enum, pg_table, varchar

item_status = pg_enum("item_status", ["new", "done"])

items = pg_table(
    "items",
    {
        "id": integer().primary_key(),
        "qty": bigint(mode="number").default(1),
        "code": varchar(length=64),
        "status": item_status().default("new"),
    },
)
