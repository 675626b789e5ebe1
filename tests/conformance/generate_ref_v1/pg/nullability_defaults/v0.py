from harness.pg import boolean, integer, pg_table, text

notes = pg_table(
    "notes",
    {
        "id": integer().primary_key(),
        "title": text(),
        "body": text().not_null(),
        "pinned": boolean(),
        "rank": integer().default(5),
        "color": text().default("blue"),
    },
)
