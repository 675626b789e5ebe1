"""MySQL/MariaDB side of the migrator.

DDL commits implicitly here, so migrations cannot be rolled back as a batch: each statement
takes effect as it runs, a migration's row is written after its last statement, and a failure
report says which statements of the failed migration already took effect.  Concurrent
migrators are serialised with ``GET_LOCK`` (session lock, released explicitly and at
disconnect).
"""

from __future__ import annotations

from harness.core.migration_hooks import BaseMigrationHooks
from harness.sql.chunks import SQL, Raw

LOCK_TIMEOUT_SECONDS = 600


def _lock_name(table: str) -> str:
    return f"drizzle_harness_migrate_{table}"[:64]


#: drizzle-orm 0.x's bookkeeping columns (``MySqlDialect.migrate``)
BOOKKEEPING_COLUMNS_0X = ("id serial primary key", "hash text not null", "created_at bigint")
#: drizzle-orm 1.0's (``migrate`` in ``mysql-core/async/session.ts``)
BOOKKEEPING_COLUMNS_V1 = (
    "id SERIAL PRIMARY KEY",
    "hash TEXT NOT NULL",
    "created_at BIGINT",
    "name TEXT",
    "applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP",
)


class MySqlMigrationHooks(BaseMigrationHooks):
    uses_schema = False
    transactional_ddl = False
    writes_applied_at = False

    def lock_statements(self, schema: str | None, table: str) -> list[str]:
        return [f"select GET_LOCK('{_lock_name(table)}', {LOCK_TIMEOUT_SECONDS})"]

    def unlock_statements(self, schema: str | None, table: str) -> list[str]:
        return [f"select RELEASE_LOCK('{_lock_name(table)}')"]

    def create_statements(self, schema: str | None, table: str, with_names: bool) -> list[SQL]:
        # drizzle-orm's statements byte for byte (line breaks, tabs and letter case)
        columns: tuple[str, ...]
        if with_names:  # Drizzle 1.0's table
            head, columns = "CREATE TABLE IF NOT EXISTS ", BOOKKEEPING_COLUMNS_V1
        else:  # Drizzle 0.x's table
            head, columns = "create table if not exists ", BOOKKEEPING_COLUMNS_0X
        body = ",\n".join(f"\t\t\t\t{column}" for column in columns)
        ref = self.table_ref(schema, table)
        return [SQL([Raw(f"\n\t\t\t{head}"), ref, Raw(f" (\n{body}\n\t\t\t)\n\t\t")])]

    def add_name_columns(self, schema: str | None, table: str) -> list[SQL]:
        ref = self.table_ref(schema, table)
        return [
            SQL([Raw("ALTER TABLE "), ref, Raw(" ADD `name` text")]),
            SQL(
                [
                    Raw("ALTER TABLE "),
                    ref,
                    Raw(" ADD `applied_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP"),
                ]
            ),
        ]

    def columns_query(self, schema: str | None, table: str) -> SQL:
        chunks: list[object] = [
            Raw("select column_name from information_schema.columns where table_schema = "),
        ]
        chunks += [schema] if schema else [Raw("database()")]
        chunks += [Raw(" and table_name = "), table]
        return SQL(chunks)
