"""expression_index v1: the Python twin of v1.mjs."""

from harness import sql
from harness.mysql import index, int_, mysql_table, unique_index, varchar

posts = mysql_table(
    "posts",
    {"id": int_().primary_key(), "title": varchar(length=100)},
    lambda t: [
        index("lower_title_idx").on(sql("(lower({}))", t.title)),
        unique_index("upper_title_idx").on(sql("(upper({}))", t.title)),
    ],
)
