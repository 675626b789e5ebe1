from harness.pg import integer, pg_table, text, unique

handles = pg_table(
    "handles",
    {"id": integer().primary_key(), "name": text(), "domain": text(), "local": text()},
    lambda t: [unique().on(t.domain, t.local)],
)
