"""When drizzle-kit 1.0 treats two spellings of a SQLite column default as the same.

A default that changes only in spelling must not recreate the table, so drizzle-kit 1.0
drops a default change when the two texts are equal up to one pair of parentheses, when an
integer column's two defaults name the same instant (seconds and milliseconds, or a date
string; older snapshots wrote timestamps as quoted ISO strings), or when a blob default is the
same bytes (older snapshots wrote buffers as JSON).  Its comparison of instants is
JavaScript's ``new Date(...)``; here ISO 8601 text is parsed (without an offset it is read as
UTC) and anything else is "Invalid Date", which equals nothing.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import Any

_DIGITS = re.compile(r"^\d+$")
#: JavaScript dates reach 8.64e15 ms either side of the epoch
_MAX_MS = 8.64e15


def defaults_commutative(change: tuple[Any, Any], column_type: str) -> bool:
    """Whether the default change ``(before, after)`` means no change at all."""
    before, after = change
    if before is after or (isinstance(before, str) and before == after):
        return True
    if before == f"({_text(after)})" or after == f"({_text(before)})":
        return True
    if column_type.startswith("integer"):
        if isinstance(before, str) and before and isinstance(after, str) and after:
            return _same_instant(before, after)
        return False
    if column_type.startswith("blob"):
        return bool(_hex(before) == _hex(after))
    return False


def _text(value: Any) -> str:
    return "null" if value is None else str(value)


def _same_instant(before: str, after: str) -> bool:
    a, b = before.strip("'").strip('"'), after.strip("'").strip('"')
    a_number, b_number = bool(_DIGITS.match(a)), bool(_DIGITS.match(b))
    a_ms = _date_ms(float(a)) if a_number else _parse_ms(a)
    b_ms = _date_ms(float(b)) if b_number else _parse_ms(b)
    if a_ms == b_ms and not math.isnan(a_ms):
        return True
    if a_number:
        return _date_ms(float(a) * 1000) == b_ms
    if b_number:
        return a_ms == _date_ms(float(b) * 1000)
    return False


def _date_ms(value: float) -> float:
    """``new Date(number).getTime()``: the number itself, truncated, or NaN out of range."""
    if math.isnan(value) or abs(value) > _MAX_MS:
        return math.nan
    return float(math.trunc(value))


def _parse_ms(text: str) -> float:
    try:
        parsed = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return math.nan
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_dt.timezone.utc)
    return float(round(parsed.timestamp() * 1000))


def _hex(value: Any) -> Any:
    """A legacy ``{"type": "Buffer", "data": [...]}`` default as ``X'..'`` text."""
    if not value:
        return None
    try:
        parsed = json.loads(str(value).strip("'"))
    except ValueError:
        return value
    if isinstance(parsed, dict) and parsed.get("type") == "Buffer":
        data = parsed.get("data")
        if isinstance(data, list):
            return "X'" + bytes(data).hex().upper() + "'"
    return value


__all__ = ["defaults_commutative"]
