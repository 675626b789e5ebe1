"""generated v1: the Python twin of v1.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

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
