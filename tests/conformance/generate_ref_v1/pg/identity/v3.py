from harness.pg import integer, pg_table, text

tickets = pg_table(
    "tickets", {"id": integer().not_null(), "num": integer().not_null(), "label": text()}
)
