"""add_then_drop_column v2: the Python twin of v2.mjs."""

from harness.mysql import int_, mysql_table, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "email": varchar(length=128).not_null().default(""),
    },
)
