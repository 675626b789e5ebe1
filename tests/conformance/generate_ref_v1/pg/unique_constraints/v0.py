from harness.pg import integer, pg_table, text

handles = pg_table(
    "handles",
    {"id": integer().primary_key(), "name": text().unique(), "domain": text(), "local": text()},
)
