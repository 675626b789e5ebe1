"""generated v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table, varchar

p = mysql_table(
    "p",
    {"id": int_().primary_key(), "first": varchar(length=50), "last": varchar(length=50)},
)
