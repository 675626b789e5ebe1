"""email unique(), (code, region) unique (mirrors v1.mjs)."""

from harness.sqlite import integer, sqlite_table, text, unique

accounts = sqlite_table(
    "accounts",
    {"id": integer().primary_key(), "email": text().unique(), "code": text(), "region": text()},
    lambda t: [unique().on(t.code, t.region)],
)
