"""alter_defaults v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table, varchar

t = mysql_table(
    "t",
    {
        "id": int_().primary_key(),
        "a": int_(),
        "b": varchar(length=10).default("x"),
        "c": int_().default(1),
    },
)
