"""views v0: the Python twin of v0.mjs."""

from harness.mysql import boolean, int_, mysql_table

people = mysql_table("people", {"id": int_().primary_key(), "active": boolean().not_null()})
