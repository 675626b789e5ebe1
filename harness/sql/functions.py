"""Aggregate functions.  ``count`` decodes to int; ``avg``/``sum`` to Decimal (exact on every
engine, where Drizzle hands back strings); ``max``/``min`` decode as the column does."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from harness.sql.chunks import SQL, Raw


def _to_int(value: Any) -> Any:
    return None if value is None else int(value)


def _to_decimal(value: Any) -> Any:
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def count(expression: Any = None) -> SQL:
    """``count(*)`` or ``count(<expr>)``."""
    chunks: list[Any] = (
        [Raw("count(*)")]
        if expression is None
        else [
            Raw("count("),
            expression,
            Raw(")"),
        ]
    )
    return SQL(chunks).map_with(_to_int)


def count_distinct(expression: Any) -> SQL:
    return SQL([Raw("count(distinct "), expression, Raw(")")]).map_with(_to_int)


def avg(expression: Any) -> SQL:
    return SQL([Raw("avg("), expression, Raw(")")]).map_with(_to_decimal)


def avg_distinct(expression: Any) -> SQL:
    return SQL([Raw("avg(distinct "), expression, Raw(")")]).map_with(_to_decimal)


def sum(expression: Any) -> SQL:
    return SQL([Raw("sum("), expression, Raw(")")]).map_with(_to_decimal)


def sum_distinct(expression: Any) -> SQL:
    return SQL([Raw("sum(distinct "), expression, Raw(")")]).map_with(_to_decimal)


def _same_as(expression: Any, fn: str) -> SQL:
    out = SQL([Raw(fn + "("), expression, Raw(")")])
    decoder = getattr(expression, "map_from_driver", None)
    if decoder is not None:
        out.map_with(decoder)
    return out


def max(expression: Any) -> SQL:
    return _same_as(expression, "max")


def min(expression: Any) -> SQL:
    return _same_as(expression, "min")
