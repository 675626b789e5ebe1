"""composite_pk v0: the Python twin of v0.mjs."""

from harness import primary_key
from harness.mysql import int_, mysql_table, varchar

members = mysql_table(
    "members",
    {
        "group_id": int_("group_id").not_null(),
        "user_id": int_("user_id").not_null(),
        "role": varchar(length=20),
    },
    lambda t: [primary_key([t.group_id, t.user_id])],
)
