"""autoincrement v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table

t = mysql_table("t", {"id": int_().primary_key(), "n": int_()})
