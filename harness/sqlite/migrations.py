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


#: drizzle-orm 0.x's bookkeeping columns (``SQLiteSyncDialect.migrate``)
BOOKKEEPING_COLUMNS_0X = ("id SERIAL PRIMARY KEY", "hash text NOT NULL", "created_at numeric")
#: drizzle-orm 1.0's (``migrateSync`` in ``sqlite-core/async/session.ts``)
BOOKKEEPING_COLUMNS_V1 = (
    "id INTEGER PRIMARY KEY",
    "hash text NOT NULL",
    "created_at numeric",
    "name text",
    "applied_at TEXT",
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
        """The statement drizzle-orm's better-sqlite3 migrator sends, whitespace included:
        SQLite keeps a table's CREATE text (``sqlite_master.sql``, from ``CREATE`` to the closing
        parenthesis), so a database migrated here holds the same text as one migrated by
        Drizzle with better-sqlite3 (and bun:sqlite, which share that migrator).  drizzle-orm's
        libsql migrator indents the columns one tab less: a libsql-migrated file differs from
        both in whitespace only (``tests/fixtures/drizzle/recorded/bookkeeping.json``)."""
        columns = BOOKKEEPING_COLUMNS_V1 if with_names else BOOKKEEPING_COLUMNS_0X
        body = ",\n".join(f"\t\t\t\t{column}" for column in columns)
        # 0.x's statement ends on a new line after the parenthesis, 1.0's at the parenthesis
        tail = "" if with_names else "\n\t\t"
        return [
            SQL(
                [
                    Raw("\n\t\t\tCREATE TABLE IF NOT EXISTS "),
                    Name(table),
                    Raw(f" (\n{body}\n\t\t\t){tail}"),
                ]
            )
        ]

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
