from harness.pg import integer, pg_table, text, unique

handles = pg_table(
    "handles",
    {
        "id": integer().primary_key(),
        "name": text().unique("handles_name_key", nulls_not_distinct=True),
        "domain": text(),
        "local": text(),
    },
    lambda t: [unique().on(t.domain, t.local).nulls_not_distinct()],
)
