"""alter_type_and_null v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table, varchar

items = mysql_table(
    "items",
    {
        "id": int_().primary_key(),
        "qty": int_().not_null(),
        "label": varchar(length=64),
        "price": int_().default(5),
    },
)
