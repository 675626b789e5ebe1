"""casing_snake v0: the Python twin of v0.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

users = mysql_table(
    "users",
    {"id": int_().primary_key(), "firstName": varchar(length=50), "lastLogin": timestamp()},
    lambda t: [index("users_first_name_idx").on(t.firstName)],
)
