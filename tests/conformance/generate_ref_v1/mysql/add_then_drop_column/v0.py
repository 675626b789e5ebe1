"""add_then_drop_column v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table

users = mysql_table("users", {"id": int_().primary_key().autoincrement(), "age": int_()})
