"""alter_type_and_null v1: the Python twin of v1.mjs."""

from harness.mysql import bigint, int_, mysql_table, varchar

items = mysql_table(
    "items",
    {
        "id": int_().primary_key(),
        "qty": bigint(mode="number"),
        "label": varchar(length=128).not_null(),
        "price": int_().not_null().default(0),
    },
)
