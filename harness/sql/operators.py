"""Comparison, logical and ordering operators, rendered exactly as Drizzle renders them.

Right-hand plain values become parameters encoded by the left operand when it is a column, so
``eq(users.created_at, some_datetime)`` sends what the column's type expects.
"""

from __future__ import annotations

from typing import Any

from harness.sql.chunks import SQL, Chunk, Param, Placeholder, Raw, given


def bind(value: Any, left: Any) -> Any:
    """Wrap a plain value as a parameter encoded by ``left`` (when ``left`` can encode)."""
    encoder = left if hasattr(left, "map_to_driver") else None
    if isinstance(value, Placeholder):
        return Param(value, encoder)  # filled at execution, encoded by the column then
    if isinstance(value, Chunk) or hasattr(value, "get_sql"):
        return value
    return Param(value, encoder)


def _binary(left: Any, op: str, right: Any) -> SQL:
    return SQL([left, Raw(op), bind(right, left)])


def eq(left: Any, right: Any) -> SQL:
    return _binary(left, " = ", right)


def ne(left: Any, right: Any) -> SQL:
    return _binary(left, " <> ", right)


def gt(left: Any, right: Any) -> SQL:
    return _binary(left, " > ", right)


def gte(left: Any, right: Any) -> SQL:
    return _binary(left, " >= ", right)


def lt(left: Any, right: Any) -> SQL:
    return _binary(left, " < ", right)


def lte(left: Any, right: Any) -> SQL:
    return _binary(left, " <= ", right)


def _combine(conditions: tuple[Any, ...], joiner: str) -> SQL | None:
    kept = [c for c in conditions if given(c)]  # None and a false ``.if_()`` are dropped
    if not kept:
        return None
    if len(kept) == 1:
        return SQL([kept[0]])
    chunks: list[Any] = [Raw("(")]
    sep = Raw(joiner)
    for i, condition in enumerate(kept):
        if i:
            chunks.append(sep)
        chunks.append(condition)
    chunks.append(Raw(")"))
    return SQL(chunks)


def and_(*conditions: Any) -> SQL | None:
    """All conditions; ``None`` ones are dropped, so optional filters compose (Drizzle's and)."""
    return _combine(conditions, " and ")


def or_(*conditions: Any) -> SQL | None:
    """Any condition; ``None`` ones are dropped."""
    return _combine(conditions, " or ")


def not_(condition: Any) -> SQL:
    return SQL([Raw("not "), condition])


def is_null(value: Any) -> SQL:
    return SQL([value, Raw(" is null")])


def is_not_null(value: Any) -> SQL:
    return SQL([value, Raw(" is not null")])


def _in(column: Any, values: Any, op: str, empty: str) -> SQL:
    if isinstance(values, (list, tuple, set, frozenset)):
        if not values:
            return SQL([Raw(empty)])
        return SQL([column, Raw(op), [bind(v, column) for v in values]])
    return SQL([column, Raw(op), values])


def in_array(column: Any, values: Any) -> SQL:
    """``col in (...)``; an empty list renders ``false`` (as Drizzle does), a subquery works too."""
    return _in(column, values, " in ", "false")


def not_in_array(column: Any, values: Any) -> SQL:
    """``col not in (...)``; an empty list renders ``true``."""
    return _in(column, values, " not in ", "true")


def exists(subquery: Any) -> SQL:
    return SQL([Raw("exists "), subquery])


def not_exists(subquery: Any) -> SQL:
    return SQL([Raw("not exists "), subquery])


def between(column: Any, low: Any, high: Any) -> SQL:
    return SQL([column, Raw(" between "), bind(low, column), Raw(" and "), bind(high, column)])


def not_between(column: Any, low: Any, high: Any) -> SQL:
    return SQL([column, Raw(" not between "), bind(low, column), Raw(" and "), bind(high, column)])


def like(column: Any, pattern: Any) -> SQL:
    return SQL([column, Raw(" like "), pattern])


def not_like(column: Any, pattern: Any) -> SQL:
    return SQL([column, Raw(" not like "), pattern])


def ilike(column: Any, pattern: Any) -> SQL:
    """Case-insensitive LIKE (PostgreSQL)."""
    return SQL([column, Raw(" ilike "), pattern])


def not_ilike(column: Any, pattern: Any) -> SQL:
    return SQL([column, Raw(" not ilike "), pattern])


def array_contains(column: Any, values: Any) -> SQL:
    """PostgreSQL ``@>``: the array column holds every given value."""
    return SQL([column, Raw(" @> "), bind(values, column)])


def array_contained(column: Any, values: Any) -> SQL:
    """PostgreSQL ``<@``: every element of the column is among the given values."""
    return SQL([column, Raw(" <@ "), bind(values, column)])


def array_overlaps(column: Any, values: Any) -> SQL:
    """PostgreSQL ``&&``: the column shares at least one element with the given values."""
    return SQL([column, Raw(" && "), bind(values, column)])


def asc(column: Any) -> SQL:
    return SQL([column, Raw(" asc")])


def desc(column: Any) -> SQL:
    return SQL([column, Raw(" desc")])
