"""PostgreSQL arrays: ``<type>.array()``, any element type, any depth.

An array is a column wrapping another column (its ``element``), so it is the one family that
looks at the others; it does so through ``Column.kind`` (which element types take composite
values) rather than by importing their classes.  Values are sent as one array-literal string
that the server types from the column, and read from psycopg's lists or ``parsers.parse_array``.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from harness.core.column import Column, ColumnBuilder, ColumnKind
from harness.pg.columns.base import PgColumn, PgColumnBuilder
from harness.pg.columns.parsers import parse_array


def _innermost(column: Column[Any]) -> Column[Any]:
    while isinstance(column, PgArray):
        column = column.element
    return column


#: element kinds whose single values are lists, tuples or dicts
COMPOSITE_KINDS = frozenset({ColumnKind.JSON, ColumnKind.JSONB, ColumnKind.POINT, ColumnKind.LINE})
_JSON_KINDS = frozenset({ColumnKind.JSON, ColumnKind.JSONB})


def _is_composite(column: Column[Any]) -> bool:
    """Element types whose single values are lists, tuples or dicts (so a list inside the
    array value is one element, not a further dimension)."""
    return column.kind in COMPOSITE_KINDS


def _element_text(value: Any, element: Column[Any]) -> str:
    """One array element in array-literal syntax.

    Numbers and booleans are written bare (as drizzle-kit writes array defaults); everything
    else is double-quoted with ``"`` and ``\\`` backslash-escaped, so commas, braces, spaces,
    quotes and the word NULL inside values survive.
    """
    mapped = element.map_to_driver(value)
    if isinstance(mapped, bool):
        return "true" if mapped else "false"
    if isinstance(mapped, float):
        if math.isnan(mapped):
            return "NaN"
        if math.isinf(mapped):
            return "Infinity" if mapped > 0 else "-Infinity"
        return repr(float(mapped))
    if isinstance(mapped, (int, Decimal)):
        return str(mapped)
    if isinstance(mapped, _dt.timedelta):
        # str(timedelta) is "3 days, 0:00:05"; spell the units out for the server instead
        seconds = mapped.seconds + mapped.microseconds / 1_000_000
        text_value = f"{mapped.days} days {seconds:.6f} seconds"
    else:
        text_value = str(mapped)
    return '"' + text_value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _array_literal(value: Iterable[Any], column: PgArray) -> str:
    """PostgreSQL array text (``{"a",NULL,1}``).

    A nested list is the next dimension: of a nested array type (``integer[][]``), or of a
    multi-dimensional value in a one-level type (PostgreSQL does not enforce the declared
    depth).  For json, point and line elements a list is the element's own value.
    """
    element = column.element
    base = _innermost(element)
    parts = []
    for item in value:
        if item is None:
            parts.append("NULL")
        elif isinstance(item, (list, tuple)) and (
            isinstance(element, PgArray) or not _is_composite(base)
        ):
            parts.append(_array_literal(item, element if isinstance(element, PgArray) else column))
        else:
            parts.append(_element_text(item, base))
    return "{" + ",".join(parts) + "}"


class PgArrayBuilder(PgColumnBuilder):
    """``.array()`` of a builder; the column it builds holds the element column."""

    def __init__(self, base: PgColumnBuilder, size: int | None) -> None:
        super().__init__(base.name, base=base, size=size)
        self.column_class = PgArray


class PgArray(PgColumn[list[Any]]):
    """``<type>[]``: lists both ways, ``None`` elements as SQL NULL.

    Sent as one array literal string, typed by the server from the column (so enum, uuid and
    inet arrays need no casts); read from psycopg's lists, or parsed from the array text for
    element types psycopg does not know (enums, point, line).
    """

    data_type = "array"
    kind = ColumnKind.ARRAY

    def __init__(self, table: Any, key: str, builder: ColumnBuilder) -> None:
        super().__init__(table, key, builder)
        base: PgColumnBuilder = self.config["base"]
        self.element = base.build(table, key)

    def sql_type(self) -> str:
        size = self.config.get("size")
        return f"{self.element.sql_type()}[{'' if size is None else size}]"

    def map_to_driver(self, value: Any) -> str:
        if isinstance(value, str):
            return value  # already an array literal
        return _array_literal(value, self)

    def map_from_driver(self, value: Any) -> list[Any]:
        if isinstance(value, str):
            value = parse_array(value)
        return [self._element_from(v) for v in value]

    def _element_from(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(self.element, PgArray):
            return self.element.map_from_driver(value)
        if isinstance(value, list) and self.element.kind not in _JSON_KINDS:
            return [self._element_from(v) for v in value]  # multi-dimensional value
        return self.element.map_from_driver(value)
