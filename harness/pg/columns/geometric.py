"""PostgreSQL's geometric types that Drizzle supports: point and line.

Both are sent as PostgreSQL's own text (``(x,y)``, ``{a,b,c}``), which the server casts from
the column's type, and read from psycopg's text or the JSON rows of relational queries with
``parsers.parse_numbers``.  A ``mode`` picks tuples or dicts on the Python side.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from harness.core.column import ColumnKind
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder
from harness.pg.columns.parsers import parse_numbers

#: ``(x, y)``, or ``{"x": .., "y": ..}`` in mode "xy"
PointValue: TypeAlias = "tuple[float, float] | dict[str, float]"
#: ``(a, b, c)``, or ``{"a": .., "b": .., "c": ..}`` in mode "abc"
LineValue: TypeAlias = "tuple[float, float, float] | dict[str, float]"


class PgPoint(PgColumn[PointValue]):
    """``point``: ``(x, y)`` tuples (``mode="tuple"``) or ``{"x":..,"y":..}`` (``mode="xy"``)."""

    data_type = "point"
    kind = ColumnKind.POINT

    def sql_type(self) -> str:
        return '"point"'

    def map_to_driver(self, value: Any) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, dict):
            return f"({value['x']},{value['y']})"
        x, y = value
        return f"({x},{y})"

    def map_from_driver(self, value: Any) -> PointValue:
        x, y = parse_numbers(value) if isinstance(value, str) else value
        return {"x": x, "y": y} if self.config.get("mode") == "xy" else (x, y)


class PgLine(PgColumn[LineValue]):
    """``line``: ``(a, b, c)`` of ``ax + by + c = 0`` (``mode="tuple"``) or ``{"a","b","c"}``."""

    data_type = "line"
    kind = ColumnKind.LINE

    def sql_type(self) -> str:
        return '"line"'

    def map_to_driver(self, value: Any) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, dict):
            return f"{{{value['a']},{value['b']},{value['c']}}}"
        a, b, c = value
        return f"{{{a},{b},{c}}}"

    def map_from_driver(self, value: Any) -> LineValue:
        a, b, c = parse_numbers(value) if isinstance(value, str) else value
        return {"a": a, "b": b, "c": c} if self.config.get("mode") == "abc" else (a, b, c)


def point(name: str | None = None, mode: Literal["tuple", "xy"] = "tuple") -> PgColumnBuilder:
    """``point``; tuples, or dicts with ``mode="xy"``."""
    return _builder(PgPoint, name, mode=mode)


def line(name: str | None = None, mode: Literal["tuple", "abc"] = "tuple") -> PgColumnBuilder:
    """``line``; tuples, or dicts with ``mode="abc"``."""
    return _builder(PgLine, name, mode=mode)
