"""links' composite key dropped; notes.id plain again (mirrors v3.mjs)."""

from harness.sqlite import integer, sqlite_table, text

links = sqlite_table(
    "links",
    {"a": integer().not_null(), "b": integer().not_null(), "c": integer().not_null()},
)

notes = sqlite_table("notes", {"id": integer().not_null(), "body": text()})
