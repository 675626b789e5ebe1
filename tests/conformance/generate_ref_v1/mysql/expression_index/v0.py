"""expression_index v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table, varchar

posts = mysql_table("posts", {"id": int_().primary_key(), "title": varchar(length=100)})
