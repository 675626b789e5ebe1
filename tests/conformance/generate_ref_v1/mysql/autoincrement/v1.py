"""autoincrement v1: the Python twin of v1.mjs."""

from harness.mysql import int_, mysql_table

t = mysql_table("t", {"id": int_().primary_key().autoincrement(), "n": int_()})
