"""MySQL DDL details (mirrors tests/conformance/drizzle_ref/schema/mysql_details.mjs): a text
default in parentheses, view algorithm and security, a boolean inside a query-builder view."""

from harness import eq
from harness.mysql import boolean, int_, mysql_table, mysql_view, text

people = mysql_table(
    "people",
    {
        "id": int_().primary_key(),
        "nick": text().default("anonymous"),
        "active": boolean().not_null(),
    },
)

active_people = (
    mysql_view("active_people")
    .algorithm("merge")
    .sql_security("invoker")
    .as_(lambda qb: qb.select().from_(people).where(eq(people.active, True)))
)
