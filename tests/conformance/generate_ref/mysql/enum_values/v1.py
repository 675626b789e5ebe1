"""enum_values v1: the Python twin of v1.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

t = mysql_table(
    "t", {"id": int_().primary_key(), "mood": mysql_enum(["sad", "ok", "happy"]).not_null().default("ok")}
)
