"""views v3: the Python twin of v3.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

people = mysql_table("people", {"id": int_().primary_key(), "active": boolean().not_null()})
