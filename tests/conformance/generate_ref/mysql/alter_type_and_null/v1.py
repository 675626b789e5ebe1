"""alter_type_and_null v1: the Python twin of v1.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

items = mysql_table(
    "items",
    {
        "id": int_().primary_key(),
        "qty": bigint(mode="number"),
        "label": varchar(length=128).not_null(),
        "price": int_().not_null().default(0),
    },
)
