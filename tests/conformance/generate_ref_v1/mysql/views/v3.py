"""views v3: the Python twin of v3.mjs."""

from harness.mysql import boolean, int_, mysql_table

people = mysql_table("people", {"id": int_().primary_key(), "active": boolean().not_null()})
