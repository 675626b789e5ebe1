"""views v1: the Python twin of v1.mjs."""

from harness import eq
from harness.mysql import boolean, int_, mysql_table, mysql_view

people = mysql_table("people", {"id": int_().primary_key(), "active": boolean().not_null()})
active_people = mysql_view("active_people").as_(
    lambda qb: qb.select().from_(people).where(eq(people.active, True))
)
all_people = (
    mysql_view("all_people")
    .algorithm("merge")
    .sql_security("invoker")
    .as_(lambda qb: qb.select({"id": people.id}).from_(people))
)
