from harness import sql
from harness.pg import boolean, integer, pg_table, text

notes = pg_table(
    "notes",
    {
        "id": integer().primary_key(),
        "title": text().default("untitled").not_null(),
        "body": text(),
        "pinned": boolean().default(False),
        "rank": integer().default(sql("10 + 1")),
        "color": text(),
    },
)
