"""drizzle-kit 1.0's ``generate`` for SQLite: its snapshot format (version "7", a flat
``ddl`` entity list) and its statements, for folders in 1.0's layout
(``<YYYYMMDDHHMMSS>_<name>/migration.sql`` + ``snapshot.json``).

Kept apart from the 0.31 implementation (``harness.sqlite.snapshot``,
``harness.sqlite.schema_diff``, ``harness.sqlite.kit``) because 1.0 rewrote both the model
and the diff: sharing code would tie two byte-exact outputs to each other.
"""

from harness.sqlite.v1.differ import SQLiteSchemaDiffV1

__all__ = ["SQLiteSchemaDiffV1"]
