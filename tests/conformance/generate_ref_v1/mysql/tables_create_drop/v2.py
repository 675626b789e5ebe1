"""tables_create_drop v2: the Python twin of v2.mjs."""

from harness.mysql import index, int_, mysql_table

b = mysql_table(
    "b", {"id": int_().primary_key(), "a_id": int_("a_id")}, lambda t: [index("b_a_idx").on(t.a_id)]
)
