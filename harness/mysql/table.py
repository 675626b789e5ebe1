"""``mysql_table``, ``mysql_schema`` (a database name) and ``mysql_view``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from harness.core.column import ColumnBuilder
from harness.core.errors import SchemaError
from harness.core.table import Extras, Table, table_creator
from harness.core.view import View


class MySqlTable(Table):
    _dialect: ClassVar[str] = "mysql"
    _max_name_length: ClassVar[int | None] = 64


def mysql_table(
    name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
) -> MySqlTable:
    """Declare a MySQL table: ``mysql_table("users", {"id": int_().primary_key()})``."""
    return MySqlTable(name, columns, extras)


def mysql_table_creator(name_of: Callable[[str], str]) -> Callable[..., MySqlTable]:
    """``mysql_table`` with every table named through ``name_of`` (Drizzle's table creator)."""
    return table_creator(mysql_table, name_of)


ALGORITHMS = ("undefined", "merge", "temptable")
SQL_SECURITY = ("definer", "invoker")
CHECK_OPTIONS = ("cascaded", "local")


class MySqlView(View):
    """A MySQL view; ``algorithm``/``sql_security``/``with_check_option`` as Drizzle's
    ``.algorithm()``, ``.sqlSecurity()``, ``.withCheckOption()``."""

    _dialect: ClassVar[str] = "mysql"
    _table_class: ClassVar[type[Table]] = MySqlTable
    _algorithm: str | None = None
    _sql_security: str | None = None
    _check_option: str | None = None

    def algorithm(self, algorithm: str) -> MySqlView:
        self._algorithm = _one_of(self, "algorithm", algorithm, ALGORITHMS)
        return self

    def sql_security(self, security: str) -> MySqlView:
        self._sql_security = _one_of(self, "sql_security", security, SQL_SECURITY)
        return self

    def with_check_option(self, option: str = "cascaded") -> MySqlView:
        self._check_option = _one_of(self, "with_check_option", option, CHECK_OPTIONS)
        return self

    def _query_builder(self) -> Any:
        from harness.mysql.session import open_mock

        return open_mock()


def _one_of(view: MySqlView, option: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise SchemaError(
            f"view {view._name!r}: {option}({value!r}) is not valid; use one of {list(allowed)}"
        )
    return value


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
