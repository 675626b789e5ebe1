"""foreign_keys v0: the Python twin of v0.mjs."""

from harness.mysql import int_, mysql_table

users = mysql_table("users", {"id": int_().primary_key()})
posts = mysql_table(
    "posts",
    {
        "id": int_().primary_key(),
        "author_id": int_("author_id"),
        "editor_id": int_("editor_id").references(lambda: users.id),
    },
)
