"""uniques_and_checks v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key(),
        "email": varchar(length=100),
        "a": int_(),
        "b": int_(),
        "age": int_(),
    },
)
