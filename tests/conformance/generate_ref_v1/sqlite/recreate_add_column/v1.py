"""title NOT NULL (recreation) while tag and views are added (mirrors v1.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, text

notes = sqlite_table(
    "notes",
    {
        "id": integer().primary_key(),
        "title": text().not_null(),
        "body": text(),
        "title_len": integer("title_len").generated_always_as(
            sql('length("title")'), mode="virtual"
        ),
        "tag": text().default("none"),
        "views": integer().not_null().default(0),
    },
)
