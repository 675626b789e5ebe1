"""indexes v0: the Python twin of v0.mjs."""

from harness.mysql import index, int_, mysql_table, text, varchar

posts = mysql_table(
    "posts",
    {
        "id": int_().primary_key(),
        "title": varchar(length=100),
        "slug": varchar(length=100),
        "body": text(),
    },
    lambda t: [index("title_idx").on(t.title)],
)
