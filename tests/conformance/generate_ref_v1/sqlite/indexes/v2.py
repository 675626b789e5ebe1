"""Indexes changed and dropped (mirrors v2.mjs)."""

from harness import sql
from harness.sqlite import index, integer, sqlite_table, text, unique

docs = sqlite_table(
    "docs",
    {"id": integer().primary_key(), "a": text(), "b": text(), "c": integer()},
    lambda t: [
        index("docs_a_idx").on(t.a, t.b),
        index("docs_c_partial").on(t.c).where(sql("{} > 10", t.c)),
        index("docs_lower_a").on(sql("lower({})", t.a)),
        unique("docs_b_c_unique").on(t.b, t.c),
    ],
)
