from harness.pg import integer, pg_table, text

tickets = pg_table(
    "tickets",
    {
        "id": integer().not_null(),
        "num": integer().generated_by_default_as_identity(
            start_with=100, increment_by=5, cache=10, cycle=True
        ),
        "label": text(),
    },
)
