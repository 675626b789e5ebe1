"""Readers (and one writer) of PostgreSQL's text output forms, kept apart from the columns.

Why a module of their own: the same value reaches a column in two shapes.  A plain select
gets psycopg's own objects, but relational queries build JSON rows on the server, and inside
them timestamps, times, intervals, points and arrays arrive as PostgreSQL's *text* output
(``2024-01-01T10:00:00.5``, ``3 days 00:00:05``, ``(1,2)``, ``{"a",NULL}``), which Python's
own parsers do not all read.  These functions are pure (text in, value out), are unit-tested
on their own, and are shared by the datetime, geometric and array columns.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

UTC = _dt.timezone.utc

_OFFSET = r"(?P<tz>Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)"
_TIME = r"(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<f>\d+))?)?"
_TIMESTAMP_RE = re.compile(
    rf"^(?P<y>\d{{4,}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{_TIME}\s*{_OFFSET}?)?$"
)
_TIME_RE = re.compile(rf"^{_TIME}\s*{_OFFSET}?$")
#: timestamp and time text without an offset, which ``with time zone`` columns send as UTC
NAIVE_TIMESTAMP_RE = re.compile(rf"^\d{{4,}}-\d{{2}}-\d{{2}}(?:[T ]{_TIME})?$")
NAIVE_TIME_RE = re.compile(rf"^{_TIME}$")


def _parse_offset(text_value: str | None) -> _dt.tzinfo | None:
    if text_value is None:
        return None
    if text_value == "Z":
        return UTC
    sign = -1 if text_value[0] == "-" else 1
    digits = text_value[1:].replace(":", "")
    hours, minutes, seconds = int(digits[:2]), int(digits[2:4] or 0), int(digits[4:6] or 0)
    delta = _dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return UTC if not delta else _dt.timezone(sign * delta)


def _micro(fraction: str | None) -> int:
    # the server prints at most 6 digits (microseconds) and drops trailing zeros
    return int((fraction or "").ljust(6, "0")[:6])


def parse_timestamp(text_value: str) -> _dt.datetime:
    """PostgreSQL's timestamp text (``2024-01-01 10:00:00.12-05``, the JSON form with ``T``,
    any number of fraction digits, ``+05``/``+05:30`` offsets) as a datetime.

    ``datetime.fromisoformat`` of Python 3.10 takes only 3 or 6 fraction digits and
    ``+HH:MM`` offsets, so it cannot read what the server prints.
    """
    match = _TIMESTAMP_RE.match(text_value.strip())
    if match is None:
        raise ValueError(f"cannot read {text_value!r} as a Python datetime")
    g = match.groupdict()
    return _dt.datetime(
        int(g["y"]),
        int(g["m"]),
        int(g["d"]),
        int(g["H"] or 0),
        int(g["M"] or 0),
        int(g["S"] or 0),
        _micro(g["f"]),
        tzinfo=_parse_offset(g["tz"]),
    )


def parse_time(text_value: str) -> _dt.time:
    """PostgreSQL's ``time``/``timetz`` text (``12:00:00.5``, ``12:00:00+05:30``)."""
    match = _TIME_RE.match(text_value.strip())
    if match is None:
        raise ValueError(f"cannot read {text_value!r} as a Python time")
    g = match.groupdict()
    return _dt.time(
        int(g["H"]), int(g["M"]), int(g["S"] or 0), _micro(g["f"]), tzinfo=_parse_offset(g["tz"])
    )


_INTERVAL_UNITS = {
    "year": 365,
    "years": 365,
    "mon": 30,
    "mons": 30,
    "day": 1,
    "days": 1,
}
_INTERVAL_PART_RE = re.compile(
    r"(?P<n>[+-]?\d+) (?P<unit>years?|mons?|days?)|"
    r"(?P<sign>[+-])?(?P<H>\d+):(?P<M>\d{2}):(?P<S>\d{2})(?:\.(?P<f>\d+))?"
)


def parse_interval(text_value: str) -> _dt.timedelta:
    """PostgreSQL's interval text (``1 year 2 mons -3 days -04:05:06.7``) as a timedelta.

    A year counts 365 days and a month 30, as psycopg converts them: a timedelta has no
    calendar units.
    """
    total = _dt.timedelta()
    rest = text_value.strip()
    pos = 0
    while pos < len(rest):
        if rest[pos] == " ":
            pos += 1
            continue
        match = _INTERVAL_PART_RE.match(rest, pos)
        if match is None:
            raise ValueError(f"cannot read {text_value!r} as a Python timedelta")
        g = match.groupdict()
        if g["unit"]:
            total += _dt.timedelta(days=int(g["n"]) * _INTERVAL_UNITS[g["unit"]])
        else:
            clock = _dt.timedelta(
                hours=int(g["H"]),
                minutes=int(g["M"]),
                seconds=int(g["S"]),
                microseconds=_micro(g["f"]),
            )
            total += -clock if g["sign"] == "-" else clock
        pos = match.end()
    return total


def timestamp_text(value: _dt.datetime) -> str:
    """A datetime as PostgreSQL prints it (session time zone UTC): trailing zeros of the
    fraction dropped, ``+00`` for UTC — the text Drizzle's string mode returns."""
    out = value.replace(tzinfo=None, microsecond=0).isoformat(sep=" ")
    if value.microsecond:
        out += f".{value.microsecond:06d}".rstrip("0")
    if value.tzinfo is not None:
        offset = value.utcoffset() or _dt.timedelta()
        sign = "-" if offset < _dt.timedelta() else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        out += f"{sign}{minutes // 60:02d}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    return out


def parse_numbers(text_value: str) -> list[float]:
    """The numbers of a point ``(1,2)`` or line ``{1,2,3}`` in PostgreSQL's text form."""
    return [float(x) for x in text_value.strip().strip("(){}[]").split(",")]


def parse_array(text_value: str) -> list[Any]:
    """PostgreSQL's array text form as nested lists of strings and ``None`` (for NULL).

    Used for arrays psycopg returns as text: enum, point and line arrays.  Handles quoting
    and backslash escapes, unquoted ``NULL``, and a ``[1:2]=`` dimension prefix.
    """
    if text_value.startswith("["):
        text_value = text_value[text_value.index("=") + 1 :]
    pos = 0

    def parse() -> list[Any]:
        nonlocal pos
        if text_value[pos] != "{":
            raise ValueError(f"not a PostgreSQL array: {text_value!r}")
        pos += 1
        out: list[Any] = []
        while pos < len(text_value):
            ch = text_value[pos]
            if ch == "}":
                pos += 1
                return out
            if ch in ", ":
                pos += 1
            elif ch == "{":
                out.append(parse())
            elif ch == '"':
                pos += 1
                buf = []
                while text_value[pos] != '"':
                    if text_value[pos] == "\\":
                        pos += 1
                    buf.append(text_value[pos])
                    pos += 1
                pos += 1
                out.append("".join(buf))
            else:
                end = pos
                while text_value[end] not in ",}":
                    end += 1
                token = text_value[pos:end].strip()
                out.append(None if token.upper() == "NULL" else token)
                pos = end
        raise ValueError(f"unterminated PostgreSQL array: {text_value!r}")

    return parse()
