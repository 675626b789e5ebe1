"""casing_snake v0: the Python twin of v0.mjs."""

from harness.mysql import index, int_, mysql_table, timestamp, varchar

users = mysql_table(
    "users",
    {"id": int_().primary_key(), "firstName": varchar(length=50), "lastLogin": timestamp()},
    lambda t: [index("users_first_name_idx").on(t.firstName)],
)
