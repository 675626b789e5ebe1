"""Columns added, then dropped (mirrors v0.mjs)."""

from harness.sqlite import integer, sqlite_table, text

orgs = sqlite_table("orgs", {"id": integer().primary_key()})

users = sqlite_table("users", {"id": integer().primary_key(), "name": text()})
