"""indexes v1: the Python twin of v1.mjs."""

from harness.mysql import index, int_, mysql_table, text, unique_index, varchar

posts = mysql_table(
    "posts",
    {
        "id": int_().primary_key(),
        "title": varchar(length=100),
        "slug": varchar(length=100),
        "body": text(),
    },
    lambda t: [
        index("title_idx").on(t.title, t.slug),
        unique_index("slug_idx").on(t.slug),
    ],
)
