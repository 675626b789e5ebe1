"""drizzle-harness: Drizzle's ORM core, Kit migrations and seeding for Python.

The public API mirrors Drizzle's with Python spelling (snake_case, ``from_``, ``and_``).
"""

from harness.connect import connect, mock
from harness.core.casing import to_camel_case, to_snake_case
from harness.core.column import Column, ColumnBuilder
from harness.core.constraints import check, foreign_key, index, primary_key, unique, unique_index
from harness.core.database import Database, Transaction, TransactionRollback
from harness.core.errors import (
    ConnectionFailed,
    HarnessError,
    InvalidUrl,
    QueryBuildError,
    QueryError,
    SchemaError,
)
from harness.core.query.select import (
    except_,
    except_all,
    intersect,
    intersect_all,
    union,
    union_all,
)
from harness.core.query.update import UNSET
from harness.core.relations import relations
from harness.core.table import Table, alias, get_table_name
from harness.sql import (
    SQL,
    and_,
    array_contained,
    array_contains,
    array_overlaps,
    asc,
    avg,
    avg_distinct,
    between,
    count,
    count_distinct,
    desc,
    eq,
    exists,
    gt,
    gte,
    ilike,
    in_array,
    is_not_null,
    is_null,
    like,
    lt,
    lte,
    ne,
    not_,
    not_between,
    not_exists,
    not_ilike,
    not_in_array,
    not_like,
    or_,
    sql,
    sum_distinct,
)

# Drizzle's max/min/sum aggregates: importable as ``harness.max`` or ``from harness import max``,
# but kept out of ``from harness import *`` so they never shadow Python's builtins.
from harness.sql import max as max
from harness.sql import min as min
from harness.sql import sum as sum

__all__ = [
    "SQL",
    "UNSET",
    "Column",
    "ColumnBuilder",
    "ConnectionFailed",
    "Database",
    "HarnessError",
    "InvalidUrl",
    "QueryBuildError",
    "QueryError",
    "SchemaError",
    "Table",
    "Transaction",
    "TransactionRollback",
    "alias",
    "and_",
    "array_contained",
    "array_contains",
    "array_overlaps",
    "asc",
    "avg",
    "avg_distinct",
    "between",
    "check",
    "connect",
    "count",
    "count_distinct",
    "desc",
    "eq",
    "except_",
    "except_all",
    "exists",
    "foreign_key",
    "get_table_name",
    "gt",
    "gte",
    "ilike",
    "in_array",
    "index",
    "intersect",
    "intersect_all",
    "is_not_null",
    "is_null",
    "like",
    "lt",
    "lte",
    "mock",
    "ne",
    "not_",
    "not_between",
    "not_exists",
    "not_ilike",
    "not_in_array",
    "not_like",
    "or_",
    "primary_key",
    "relations",
    "sql",
    "sum_distinct",
    "to_camel_case",
    "to_snake_case",
    "union",
    "union_all",
    "unique",
    "unique_index",
]
