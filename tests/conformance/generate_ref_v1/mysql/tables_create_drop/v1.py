"""tables_create_drop v1: the Python twin of v1.mjs."""

from harness.mysql import index, int_, mysql_table

a = mysql_table("a", {"id": int_().primary_key()})
b = mysql_table(
    "b",
    {"id": int_().primary_key(), "a_id": int_("a_id").references(lambda: a.id)},
    lambda t: [index("b_a_idx").on(t.a_id)],
)
