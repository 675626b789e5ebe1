"""add_then_drop_column v1: the Python twin of v1.mjs."""

from harness.mysql import int_, mysql_table, text, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "age": int_(),
        "email": varchar(length=128).not_null().default(""),
        "nick": text(),
    },
)
