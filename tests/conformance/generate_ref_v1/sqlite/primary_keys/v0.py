"""Primary keys set, autoincrement, composite keys (mirrors v0.mjs)."""

from harness.sqlite import integer, sqlite_table, text

links = sqlite_table(
    "links",
    {"a": integer().not_null(), "b": integer().not_null(), "c": integer().not_null()},
)

notes = sqlite_table("notes", {"id": integer().not_null(), "body": text()})
