"""alter_defaults v1: the Python twin of v1.mjs."""

from harness.mysql import int_, mysql_table, varchar

t = mysql_table(
    "t",
    {
        "id": int_().primary_key(),
        "a": int_().default(3),
        "b": varchar(length=10).default("y"),
        "c": int_(),
    },
)
