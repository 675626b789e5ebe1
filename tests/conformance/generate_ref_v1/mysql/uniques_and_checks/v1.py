"""uniques_and_checks v1: the Python twin of v1.mjs."""

from harness import check, sql, unique
from harness.mysql import int_, mysql_table, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key(),
        "email": varchar(length=100).unique(),
        "a": int_(),
        "b": int_(),
        "age": int_(),
    },
    lambda t: [unique("a_b_unique").on(t.a, t.b), check("age_check", sql("{} > 0", t.age))],
)
