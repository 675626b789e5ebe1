"""drizzle-kit 1.0's ``generate`` for MySQL: its snapshot format (version "6", a flat
``ddl`` entity list) and its statements, for folders in 1.0's layout
(``<YYYYMMDDHHMMSS>_<name>/migration.sql`` + ``snapshot.json``).

Kept apart from the 0.31 implementation (``harness.mysql.snapshot``,
``harness.mysql.schema_diff``) because 1.0 rewrote both the model and the diff: sharing code
would tie two byte-exact outputs to each other.
"""

from harness.mysql.v1.differ import MySqlSchemaDiffV1

__all__ = ["MySqlSchemaDiffV1"]
