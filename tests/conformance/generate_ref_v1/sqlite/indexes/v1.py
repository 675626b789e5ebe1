"""Five indexes added to docs (mirrors v1.mjs)."""

from harness import sql
from harness.sqlite import index, integer, sqlite_table, text, unique, unique_index

docs = sqlite_table(
    "docs",
    {"id": integer().primary_key(), "a": text(), "b": text().unique(), "c": integer()},
    lambda t: [
        index("docs_a_idx").on(t.a),
        unique_index("docs_a_c_idx").on(t.a, t.c),
        index("docs_c_partial").on(t.c).where(sql("{} > 0", t.c)),
        index("docs_lower_a").on(sql("lower({})", t.a)),
        unique("docs_b_c_unique").on(t.b, t.c),
    ],
)
