from harness.pg import integer, pg_table, text

tickets = pg_table(
    "tickets",
    {
        "id": integer().not_null(),
        "num": integer().generated_always_as_identity(start_with=100, increment_by=2),
        "label": text(),
    },
)
