"""Defaults of every JSON kind (mirrors v0.mjs)."""

from harness import sql
from harness.sqlite import blob, integer, real, sqlite_table, text

settings = sqlite_table(
    "settings",
    {
        "id": integer().primary_key(),
        "label": text().default('it\'s "on"'),
        "count": integer().default(-3),
        "ratio": real().default(0.25),
        "enabled": integer(mode="boolean").default(False),
        "tags": text(mode="json").default(["a", "b"]),
        "created": integer().default(sql("(unixepoch())")),
        "raw": blob(),
    },
)
