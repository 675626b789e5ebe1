"""PostgreSQL side of the migrator: bookkeeping DDL as Drizzle's, advisory-lock serialisation.

Everything runs in one transaction: ``begin``, ``pg_advisory_xact_lock`` (released at commit
or rollback, so a crashed migrator never leaves it held), bookkeeping DDL, the migrations,
their rows.  PostgreSQL DDL is transactional, so a failure undoes the whole batch.
"""

from __future__ import annotations

import hashlib

from harness.core.migration_hooks import BaseMigrationHooks
from harness.sql.chunks import SQL, Name, Raw


def lock_key(schema: str | None, table: str) -> int:
    """The advisory lock key of one bookkeeping table (stable across processes)."""
    digest = hashlib.sha256(f"drizzle-harness:migrate:{schema}.{table}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


#: drizzle-orm 0.x's bookkeeping columns (``PgDialect.migrate``); the statement is written with
#: drizzle-orm's line breaks and tabs so that it is byte for byte the text Drizzle sends
BOOKKEEPING_COLUMNS_0X = ("id SERIAL PRIMARY KEY", "hash text NOT NULL", "created_at bigint")
#: drizzle-orm 1.0's (``migrate`` in ``pg-core/async/session.ts``)
BOOKKEEPING_COLUMNS_V1 = (
    *BOOKKEEPING_COLUMNS_0X,
    "name text",
    "applied_at timestamp with time zone DEFAULT now()",
)


class PgMigrationHooks(BaseMigrationHooks):
    uses_schema = True
    transactional_ddl = True
    writes_applied_at = False

    def lock_statements(self, schema: str | None, table: str) -> list[str]:
        return [f"select pg_advisory_xact_lock({lock_key(schema, table)})"]

    def create_statements(self, schema: str | None, table: str, with_names: bool) -> list[SQL]:
        """Drizzle's ``CREATE SCHEMA IF NOT EXISTS`` and bookkeeping table (0.x or 1.0 shape)."""
        out: list[SQL] = []
        if schema:
            out.append(SQL([Raw("CREATE SCHEMA IF NOT EXISTS "), Name(schema)]))
        columns = BOOKKEEPING_COLUMNS_V1 if with_names else BOOKKEEPING_COLUMNS_0X
        body = ",\n".join(f"\t\t\t\t{column}" for column in columns)
        out.append(
            SQL(
                [
                    Raw("\n\t\t\tCREATE TABLE IF NOT EXISTS "),
                    self.table_ref(schema, table),
                    Raw(f" (\n{body}\n\t\t\t)\n\t\t"),
                ]
            )
        )
        return out

    def add_name_columns(self, schema: str | None, table: str) -> list[SQL]:
        ref = self.table_ref(schema, table)
        return [
            SQL([Raw("ALTER TABLE "), ref, Raw(' ADD COLUMN IF NOT EXISTS "name" text')]),
            SQL(
                [
                    Raw("ALTER TABLE "),
                    ref,
                    Raw(
                        ' ADD COLUMN IF NOT EXISTS "applied_at" timestamp with time zone '
                        "DEFAULT now()"
                    ),
                ]
            ),
        ]

    def columns_query(self, schema: str | None, table: str) -> SQL:
        return SQL(
            [
                Raw("select column_name from information_schema.columns where table_schema = "),
                schema or "public",
                Raw(" and table_name = "),
                table,
            ]
        )
