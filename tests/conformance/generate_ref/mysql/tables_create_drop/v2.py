"""tables_create_drop v2: the Python twin of v2.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

b = mysql_table(
    "b", {"id": int_().primary_key(), "a_id": int_("a_id")}, lambda t: [index("b_a_idx").on(t.a_id)]
)
