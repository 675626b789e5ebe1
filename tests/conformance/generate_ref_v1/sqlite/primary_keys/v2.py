"""notes.id autoincrements; links key (a, c) (mirrors v2.mjs)."""

from harness.sqlite import integer, primary_key, sqlite_table, text

links = sqlite_table(
    "links",
    {"a": integer().not_null(), "b": integer().not_null(), "c": integer().not_null()},
    lambda t: [primary_key(columns=[t.a, t.c])],
)

notes = sqlite_table("notes", {"id": integer().primary_key(auto_increment=True), "body": text()})
