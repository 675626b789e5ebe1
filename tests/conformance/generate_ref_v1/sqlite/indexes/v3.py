"""Every index dropped (mirrors v3.mjs)."""

from harness.sqlite import integer, sqlite_table, text

docs = sqlite_table(
    "docs", {"id": integer().primary_key(), "a": text(), "b": text(), "c": integer()}
)
