"""``harness generate`` for PostgreSQL in drizzle-kit 1.0's folder layout (snapshot version 8).

``entities`` builds the snapshot's flat ``ddl`` list from declarations, ``store`` reproduces the
entity store drizzle-kit 1.0 diffs with, ``diff`` its pipeline, ``sql`` its SQL spelling,
``describe`` the human lines; ``differ.PgSchemaDiffV1`` puts them together as the dialect's
``schema_diff_v1`` part.
"""

from harness.pg.v1.differ import PgSchemaDiffV1

__all__ = ["PgSchemaDiffV1"]
