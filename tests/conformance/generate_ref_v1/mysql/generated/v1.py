"""generated v1: the Python twin of v1.mjs."""

from harness import sql
from harness.mysql import int_, mysql_table, varchar

p = mysql_table(
    "p",
    {
        "id": int_().primary_key(),
        "first": varchar(length=50),
        "last": varchar(length=50),
        "full": varchar(length=101).generated_always_as(
            sql("concat(first, ' ', last)"), mode="stored"
        ),
        "initials": varchar(length=2).generated_always_as(
            sql("concat(left(first, 1), left(last, 1))")
        ),
    },
)
