"""A recreation with added columns, on a table with a generated column (mirrors v0.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, text

notes = sqlite_table(
    "notes",
    {
        "id": integer().primary_key(),
        "title": text(),
        "body": text(),
        "title_len": integer("title_len").generated_always_as(
            sql('length("title")'), mode="virtual"
        ),
    },
)
