"""A named two-column foreign key added (mirrors v4.mjs)."""

from harness.sqlite import SQLiteTable, foreign_key, integer, sqlite_table, text

parents: SQLiteTable = sqlite_table(
    "parents", {"id": integer().primary_key(), "code": text().not_null()}
)

children = sqlite_table(
    "children",
    {
        "id": integer().primary_key(),
        "parent_id": integer("parent_id").references(
            lambda: parents.id, on_delete="cascade", on_update="cascade"
        ),
        "sponsor_id": integer("sponsor_id").references(lambda: parents.id),
        "code": text(),
    },
    lambda t: [
        foreign_key([t.parent_id, t.code], [parents.id, parents.code], name="children_pair_fk")
    ],
)
