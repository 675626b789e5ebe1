"""SQLite: column builders, ``sqlite_table``, views, the dialect."""

from harness.core.constraints import (
    check,
    foreign_key,
    index,
    primary_key,
    unique,
    unique_index,
    unique_key_name,
)
from harness.core.table import alias
from harness.sqlite.columns import blob, int_, integer, numeric, real, text
from harness.sqlite.database import SQLiteDatabase
from harness.sqlite.dialect import SQLiteDialect
from harness.sqlite.table import (
    SQLiteTable,
    SQLiteView,
    sqlite_table,
    sqlite_table_creator,
    sqlite_view,
)

__all__ = [
    "SQLiteDatabase",
    "SQLiteDialect",
    "SQLiteTable",
    "SQLiteView",
    "alias",
    "blob",
    "check",
    "foreign_key",
    "index",
    "int_",
    "integer",
    "numeric",
    "primary_key",
    "real",
    "sqlite_table",
    "sqlite_table_creator",
    "sqlite_view",
    "text",
    "unique",
    "unique_index",
    "unique_key_name",
]
