"""SQLite side of the migrator.

``begin immediate`` takes the write lock before the bookkeeping table is read, which serialises
concurrent migrators.  ``PRAGMA foreign_keys`` is a no-op inside a transaction, so the migrator
switches foreign keys off *before* the batch when a pending migration asks for it (drizzle-kit
writes ``PRAGMA foreign_keys=OFF`` around table rebuilds), runs ``PRAGMA foreign_key_check``
before commit, and switches them back on afterwards.
"""

from __future__ import annotations

import re

from harness.core.migration_hooks import BaseMigrationHooks
from harness.sql.chunks import SQL, Name, Raw

FOREIGN_KEYS_PRAGMA = re.compile(
    r"^\s*pragma\s+foreign_keys\s*=\s*(off|on|0|1|false|true)\s*;?\s*$", re.I
)


class SQLiteMigrationHooks(BaseMigrationHooks):
    uses_schema = False
    transactional_ddl = True
    #: Drizzle 1.0 writes ``applied_at`` itself on SQLite (an ISO-8601 UTC string)
    writes_applied_at = True
    #: ``begin immediate``: the write lock is taken before the bookkeeping table is read
    transaction_options = {"behavior": "immediate"}

    def lock_statements(self, schema: str | None, table: str) -> list[str]:
        return []

    def create_statements(self, schema: str | None, table: str, with_names: bool) -> list[SQL]:
        if with_names:  # Drizzle 1.0's table
            columns = (
                "id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric, name text, "
                "applied_at TEXT"
            )
        else:  # Drizzle 0.x's table
            columns = "id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric"
        return [SQL([Raw("CREATE TABLE IF NOT EXISTS "), Name(table), Raw(f" ({columns})")])]

    def add_name_columns(self, schema: str | None, table: str) -> list[SQL]:
        return [
            SQL([Raw("ALTER TABLE "), Name(table), Raw(' ADD COLUMN "name" text')]),
            SQL([Raw("ALTER TABLE "), Name(table), Raw(' ADD COLUMN "applied_at" TEXT')]),
        ]

    def columns_query(self, schema: str | None, table: str) -> SQL:
        return SQL([Raw("select name as column_name from pragma_table_info("), table, Raw(")")])

    def foreign_keys_pragma(self, statement: str) -> bool | None:
        match = FOREIGN_KEYS_PRAGMA.match(statement)
        if match is None:
            return None
        return match.group(1).lower() in ("on", "1", "true")

    def foreign_keys_off(self) -> str:
        return "PRAGMA foreign_keys=OFF"

    def foreign_keys_on(self) -> str:
        return "PRAGMA foreign_keys=ON"

    def foreign_key_check(self) -> str:
        return "PRAGMA foreign_key_check"
