"""``mysql_table``, ``mysql_schema`` (a database name) and ``mysql_view``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from harness.core.column import ColumnBuilder
from harness.core.table import Extras, Table
from harness.core.view import View


class MySqlTable(Table):
    _dialect: ClassVar[str] = "mysql"
    _max_name_length: ClassVar[int | None] = 64


def mysql_table(
    name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
) -> MySqlTable:
    """Declare a MySQL table: ``mysql_table("users", {"id": int_().primary_key()})``."""
    return MySqlTable(name, columns, extras)


class MySqlView(View):
    _dialect: ClassVar[str] = "mysql"
    _table_class: ClassVar[type[Table]] = MySqlTable

    def _query_builder(self) -> Any:
        from harness.mysql.session import open_mock

        return open_mock()


def mysql_view(name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> MySqlView:
    return MySqlView(name, columns)


class MySqlSchema:
    """``mysql_schema("other_db")``: tables qualified with another database's name."""

    def __init__(self, name: str) -> None:
        self.schema_name = name

    def table(
        self, name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
    ) -> MySqlTable:
        return MySqlTable(name, columns, extras, schema=self.schema_name)

    def view(self, name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> MySqlView:
        return MySqlView(name, columns, schema=self.schema_name)


def mysql_schema(name: str) -> MySqlSchema:
    return MySqlSchema(name)
