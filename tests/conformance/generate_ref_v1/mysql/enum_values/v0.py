"""enum_values v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_enum, mysql_table

t = mysql_table("t", {"id": int_().primary_key(), "mood": mysql_enum(["sad", "ok"])})
