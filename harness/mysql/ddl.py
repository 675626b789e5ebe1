"""MySQL DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

The statements are ``generate``'s own: the declarations' snapshot diffed against the empty one
(``harness.mysql.schema_diff``), so ``create_schema`` and the first generated migration cannot
drift apart.  Order: tables (primary key, unique indexes and checks as table constraints),
foreign keys as ``ALTER TABLE ... ADD CONSTRAINT``, plain indexes, views.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.ddl import Casing, entities_from, tables_of
from harness.core.schema_diff import Renames
from harness.mysql.columns import MySqlColumn
from harness.mysql.schema_diff import MySqlSchemaDiff


def create_statements(entities: Any, casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty MySQL/MariaDB database."""
    found = entities_from(entities)
    for t in tables_of(found):
        if not isinstance(next(iter(t._columns.values())), MySqlColumn):
            raise TypeError(f"table {t._name!r} is not a MySQL table (mysql_table)")
    differ = MySqlSchemaDiff()
    diff = differ.diff(differ.empty_snapshot(), differ.snapshot(found, casing), Renames())
    return [statement.strip() for statement in diff.statements]


class MySqlDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
