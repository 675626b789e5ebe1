"""uniques_and_checks v2: the Python twin of v2.mjs."""

from harness import check, sql, unique
from harness.mysql import int_, mysql_table, varchar

users = mysql_table(
    "users",
    {
        "id": int_().primary_key(),
        "email": varchar(length=100),
        "a": int_(),
        "b": int_(),
        "age": int_(),
    },
    lambda t: [unique("a_b_unique").on(t.b, t.a), check("age_check", sql("{} > 18", t.age))],
)
