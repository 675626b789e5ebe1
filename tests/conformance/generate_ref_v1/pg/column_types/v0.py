from harness.pg import integer, pg_table, text, varchar

items = pg_table(
    "items",
    {
        "id": integer().primary_key(),
        "qty": integer().default(1),
        "code": varchar(length=32),
        "status": text().default("new"),
    },
)
