"""alter_type_and_null v0: the Python twin of v0.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

items = mysql_table(
    "items",
    {
        "id": int_().primary_key(),
        "qty": int_().not_null(),
        "label": varchar(length=64),
        "price": int_().default(5),
    },
)
