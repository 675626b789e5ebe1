"""Defaults changed and one added (mirrors v1.mjs)."""

from harness import sql
from harness.sqlite import blob, integer, real, sqlite_table, text

settings = sqlite_table(
    "settings",
    {
        "id": integer().primary_key(),
        "label": text().default("off"),
        "count": integer().default(10),
        "ratio": real().default(1.5e-7),
        "enabled": integer(mode="boolean").default(True),
        "tags": text(mode="json").default({"k": [1, 2]}),
        "created": integer().default(sql("(unixepoch() * 1000)")),
        "raw": blob().default(sql("x'00ff'")),
    },
)
