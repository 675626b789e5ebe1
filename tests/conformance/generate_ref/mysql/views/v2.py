"""views v2: the Python twin of v2.mjs."""

from harness import check, eq, foreign_key, primary_key, sql, unique
from harness.mysql import bigint, boolean, index, int_, json_, mysql_enum, mysql_table, mysql_view, text, timestamp, unique_index, varchar

people = mysql_table("people", {"id": int_().primary_key(), "active": boolean().not_null()})
active_people = mysql_view("active_people").as_(
    lambda qb: qb.select().from_(people).where(eq(people.active, False))
)
all_people = (
    mysql_view("all_people")
    .algorithm("temptable")
    .sql_security("invoker")
    .as_(lambda qb: qb.select({"id": people.id}).from_(people))
)
