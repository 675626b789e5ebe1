"""Checks added, changed, dropped (mirrors v0.mjs)."""

from harness import sql
from harness.sqlite import check, integer, sqlite_table, text

people = sqlite_table(
    "people",
    {"id": integer().primary_key(), "age": integer(), "name": text()},
    lambda t: [check("people_age_check", sql("{} >= 0", t.age))],
)
