"""notes.id primary key; links composite key (a, b) (mirrors v1.mjs)."""

from harness.sqlite import integer, primary_key, sqlite_table, text

links = sqlite_table(
    "links",
    {"a": integer().not_null(), "b": integer().not_null(), "c": integer().not_null()},
    lambda t: [primary_key(columns=[t.a, t.b])],
)

notes = sqlite_table("notes", {"id": integer().primary_key(), "body": text()})
