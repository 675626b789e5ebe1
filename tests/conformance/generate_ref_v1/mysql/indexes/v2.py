"""indexes v2: the Python twin of v2.mjs."""

from harness.mysql import int_, mysql_table, text, varchar

posts = mysql_table(
    "posts",
    {
        "id": int_().primary_key(),
        "title": varchar(length=100),
        "slug": varchar(length=100),
        "body": text(),
    },
)
