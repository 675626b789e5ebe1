"""The age check dropped (mirrors v2.mjs)."""

from harness import sql
from harness.sqlite import check, integer, sqlite_table, text

people = sqlite_table(
    "people",
    {"id": integer().primary_key(), "age": integer(), "name": text()},
    lambda t: [check("people_name_check", sql("length({}) > 0", t.name))],
)
