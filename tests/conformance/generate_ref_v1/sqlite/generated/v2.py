"""area's expression changes (mirrors v2.mjs)."""

from harness import sql
from harness.sqlite import integer, sqlite_table, text

boxes = sqlite_table(
    "boxes",
    {
        "id": integer().primary_key(),
        "w": integer(),
        "h": integer(),
        "label": text().generated_always_as(sql("'box ' || \"id\""), mode="stored"),
        "area": integer().generated_always_as(sql('"w" * "h" * 2'), mode="virtual"),
    },
)
