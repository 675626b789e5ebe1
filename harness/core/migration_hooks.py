"""Defaults shared by the dialects' migration hooks (``harness.core.parts.MigrationHooks``).

Only SQLite switches foreign keys per connection with a statement a migration can contain, so
the other dialects inherit "no such statement" from here.  Only MySQL/MariaDB (no transactional
DDL) records a migration's progress statement by statement; the transactional engines inherit
"no progress table" from here.
"""

from __future__ import annotations

from harness.core.errors import HarnessError, QueryError
from harness.sql.chunks import SQL, Name, Raw


class BaseMigrationHooks:
    """Bookkeeping table reference and the foreign-key pragma hooks of engines without one."""

    uses_schema: bool = False
    transactional_ddl: bool = True
    writes_applied_at: bool = False
    transaction_options: dict[str, str] = {}
    records_progress: bool = False

    def table_ref(self, schema: str | None, table: str) -> SQL:
        if schema and self.uses_schema:
            return SQL([Name(schema), Raw("."), Name(table)])
        return SQL([Name(table)])

    def unlock_statements(self, schema: str | None, table: str) -> list[str]:
        return []

    def foreign_keys_pragma(self, statement: str) -> bool | None:
        return None

    def foreign_keys_off(self) -> str:
        raise HarnessError("this engine has no per-connection foreign key switch")

    def foreign_keys_on(self) -> str:
        raise HarnessError("this engine has no per-connection foreign key switch")

    def foreign_key_check(self) -> str:
        raise HarnessError("this engine has no foreign key check statement")

    def progress_table(self, table: str) -> str:
        raise HarnessError("this engine rolls a failed batch back: it keeps no progress table")

    def create_progress_statements(self, schema: str | None, table: str) -> list[SQL]:
        raise HarnessError("this engine rolls a failed batch back: it keeps no progress table")

    def transactional_statement(self, statement: str) -> bool:
        return True

    def session_statement(self, statement: str) -> bool:
        return False

    def took_effect(self, error: QueryError, statement: str) -> bool:
        return False
