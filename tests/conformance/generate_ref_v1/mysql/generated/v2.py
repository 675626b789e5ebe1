"""generated v2: the Python twin of v2.mjs."""

from harness import sql
from harness.mysql import int_, mysql_table, varchar

p = mysql_table(
    "p",
    {
        "id": int_().primary_key(),
        "first": varchar(length=50),
        "last": varchar(length=50),
        "full": varchar(length=101).generated_always_as(
            sql("concat(last, ', ', first)"), mode="stored"
        ),
        "initials": varchar(length=2),
    },
)
