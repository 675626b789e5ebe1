"""expression_index v1: the Python twin of v1.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

posts = mysql_table(
    "posts",
    {"id": int_().primary_key(), "title": varchar(length=100)},
    lambda t: [
        index("lower_title_idx").on(sql("(lower({}))", t.title)),
        unique_index("upper_title_idx").on(sql("(upper({}))", t.title)),
    ],
)
