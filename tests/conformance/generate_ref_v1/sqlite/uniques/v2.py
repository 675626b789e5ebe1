"""Unique constraints renamed and changed (mirrors v2.mjs)."""

from harness.sqlite import integer, sqlite_table, text, unique

accounts = sqlite_table(
    "accounts",
    {
        "id": integer().primary_key(),
        "email": text().unique("accounts_email_key"),
        "code": text(),
        "region": text(),
    },
    lambda t: [unique("accounts_code_key").on(t.code)],
)
