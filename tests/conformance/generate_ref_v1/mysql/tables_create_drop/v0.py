"""tables_create_drop v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table

a = mysql_table("a", {"id": int_().primary_key()})
