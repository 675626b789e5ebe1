"""Types for schemas declared once for every dialect (``table = pg_table`` or ``mysql_table``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from harness import ColumnBuilder, Table
from harness.core.table import Extras
from harness.core.view import View

# a column type with its options bound: ``lambda: varchar(length=40)``, ``integer``
Builder = Callable[[], ColumnBuilder]


class TableFn(Protocol):
    """``pg_table``, ``mysql_table`` or ``sqlite_table``."""

    def __call__(
        self, name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None, /
    ) -> Table: ...


class ViewFn(Protocol):
    """``pg_view``, ``mysql_view`` or ``sqlite_view``."""

    def __call__(
        self, name: str, columns: Mapping[str, ColumnBuilder] | None = None, /
    ) -> View: ...
