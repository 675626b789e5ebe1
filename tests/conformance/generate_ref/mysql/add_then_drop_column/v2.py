"""add_then_drop_column v2: the Python twin of v2.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

users = mysql_table(
    "users",
    {"id": int_().primary_key().autoincrement(), "email": varchar(length=128).not_null().default("")},
)
