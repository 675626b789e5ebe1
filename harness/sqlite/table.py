"""``sqlite_table`` and ``sqlite_view``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from harness.core.column import ColumnBuilder
from harness.core.table import Extras, Table, table_creator
from harness.core.view import View


class SQLiteTable(Table):
    _dialect: ClassVar[str] = "sqlite"
    _max_name_length: ClassVar[int | None] = None


def sqlite_table(
    name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
) -> SQLiteTable:
    """Declare a SQLite table: ``sqlite_table("users", {"id": integer().primary_key()})``."""
    return SQLiteTable(name, columns, extras)


def sqlite_table_creator(name_of: Callable[[str], str]) -> Callable[..., SQLiteTable]:
    """``sqlite_table`` with every table named through ``name_of`` (Drizzle's table creator)."""
    return table_creator(sqlite_table, name_of)


class SQLiteView(View):
    _dialect: ClassVar[str] = "sqlite"
    _table_class: ClassVar[type[Table]] = SQLiteTable

    def _query_builder(self) -> Any:
        from harness.sqlite.session import open_mock

        return open_mock()


def sqlite_view(name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> SQLiteView:
    return SQLiteView(name, columns)
