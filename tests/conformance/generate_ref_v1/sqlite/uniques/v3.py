"""Every unique dropped (mirrors v3.mjs)."""

from harness.sqlite import integer, sqlite_table, text

accounts = sqlite_table(
    "accounts", {"id": integer().primary_key(), "email": text(), "code": text(), "region": text()}
)
