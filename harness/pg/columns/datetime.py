"""PostgreSQL's dates and times: timestamp, date, time, interval (with and without time zone).

Their own module because they share one policy that is easy to get subtly wrong: naive values
mean UTC for ``with time zone`` types whatever the session's ``TimeZone``, values come back
UTC-aware (or naive for types without a zone), and the text forms relational queries return
are read by ``parsers`` rather than by ``fromisoformat``, which on Python 3.10 cannot read
what the server prints.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from harness.core.column import ColumnKind
from harness.core.errors import SchemaError
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder
from harness.pg.columns.parsers import (
    NAIVE_TIME_RE,
    NAIVE_TIMESTAMP_RE,
    UTC,
    parse_interval,
    parse_time,
    parse_timestamp,
    timestamp_text,
)
from harness.sql.chunks import SQL, Raw


class _DateTimeBuilder(PgColumnBuilder):
    def default_now(self) -> _DateTimeBuilder:
        """``default now()``."""
        return self.default(SQL([Raw("now()")]))


def _precision(p: int | None, what: str) -> int | None:
    """Checked when declared: the server would only warn and round a precision above 6."""
    if p is not None and (isinstance(p, bool) or not isinstance(p, int) or not 0 <= p <= 6):
        raise SchemaError(f"{what}(precision={p!r}): PostgreSQL allows 0 to 6 fraction digits")
    return p


class PgTimestamp(PgColumn[_dt.datetime | str]):
    """``timestamp [(p)] [with time zone]``; ``mode="date"`` -> datetime, ``"string"`` -> str.

    Naive values (datetimes, and ISO strings without an offset) mean UTC for ``with time zone``
    columns, whatever the session's ``TimeZone``; aware datetimes written to a plain
    ``timestamp`` column are converted to UTC first.  Values read back are UTC-aware for
    ``with time zone`` columns and naive otherwise; string mode prints them as PostgreSQL does
    in a UTC session (``2024-01-01 10:00:00.5+00``).
    """

    data_type = "date"
    kind = ColumnKind.TIMESTAMP

    def sql_type(self) -> str:
        p = self.config.get("precision")
        # drizzle-orm writes "timestamp (3)" in date mode and "timestamp(3)" in string mode
        space = "" if self.config.get("mode") == "string" else " "
        precision = "" if p is None else f"{space}({p})"
        tz = " with time zone" if self.config.get("with_timezone") else ""
        return f"timestamp{precision}{tz}"

    def map_to_driver(self, value: Any) -> Any:
        with_tz = bool(self.config.get("with_timezone"))
        if isinstance(value, _dt.datetime):
            if with_tz:
                return value if value.tzinfo else value.replace(tzinfo=UTC)
            if value.tzinfo is not None:
                return value.astimezone(UTC).replace(tzinfo=None)
        elif with_tz and isinstance(value, str) and NAIVE_TIMESTAMP_RE.match(value.strip()):
            stripped = value.strip()
            return stripped + ("+00" if len(stripped) > 10 else " 00:00:00+00")
        return value

    def map_from_driver(self, value: Any) -> _dt.datetime | str:
        if isinstance(value, str):
            value = parse_timestamp(value)
        if isinstance(value, _dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC)
        if self.config.get("mode") == "string" and isinstance(value, _dt.datetime):
            return timestamp_text(value)
        decoded: _dt.datetime = value
        return decoded


class PgDate(PgColumn[_dt.date | str]):
    """``date``: ``datetime.date`` (``mode="date"``) or ISO ``"YYYY-MM-DD"`` (``"string"``)."""

    data_type = "date"
    kind = ColumnKind.DATE

    def sql_type(self) -> str:
        return "date"

    def map_to_driver(self, value: Any) -> Any:
        # a datetime would be compared as a timestamp (matching only midnight): keep its date
        if isinstance(value, _dt.datetime):
            return (value.astimezone(UTC) if value.tzinfo else value).date()
        return value

    def map_from_driver(self, value: Any) -> _dt.date | str:
        day: _dt.date = _dt.date.fromisoformat(value) if isinstance(value, str) else value
        return day.isoformat() if self.config.get("mode") == "string" else day


class PgTime(PgColumn[_dt.time]):
    """``time [(p)] [with time zone]``: ``datetime.time`` both ways, strings accepted.

    ``time with time zone`` keeps the offset it was given; a naive value means UTC (not the
    session's zone, which the server would otherwise attach).
    """

    data_type = "time"
    kind = ColumnKind.TIME

    def sql_type(self) -> str:
        p = self.config.get("precision")
        tz = " with time zone" if self.config.get("with_timezone") else ""
        return f"time{'' if p is None else f'({p})'}{tz}"

    def map_to_driver(self, value: Any) -> Any:
        if self.config.get("with_timezone"):
            if isinstance(value, _dt.time) and value.tzinfo is None:
                return value.replace(tzinfo=UTC)
            if isinstance(value, str) and NAIVE_TIME_RE.match(value.strip()):
                return value.strip() + "+00"
        return value

    def map_from_driver(self, value: Any) -> _dt.time:
        return parse_time(value) if isinstance(value, str) else value


INTERVAL_FIELDS = frozenset(
    {
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "year to month",
        "day to hour",
        "day to minute",
        "day to second",
        "hour to minute",
        "hour to second",
        "minute to second",
    }
)


class PgInterval(PgColumn[_dt.timedelta]):
    """``interval [fields] [(p)]``; Python ``timedelta`` both ways (strings accepted)."""

    data_type = "interval"
    kind = ColumnKind.INTERVAL

    def sql_type(self) -> str:
        fields = self.config.get("fields")
        p = self.config.get("precision")
        # drizzle-orm omits a precision of 0, which would change the type's meaning: kept here
        return f"interval{' ' + fields if fields else ''}{'' if p is None else f'({p})'}"

    def map_from_driver(self, value: Any) -> _dt.timedelta:
        return parse_interval(value) if isinstance(value, str) else value


def timestamp(
    name: str | None = None,
    with_timezone: bool = False,
    precision: int | None = None,
    mode: Literal["date", "string"] = "date",
) -> _DateTimeBuilder:
    """``timestamp``; ``with_timezone=True`` for ``timestamptz``; ``.default_now()``."""
    b = _DateTimeBuilder(
        name,
        with_timezone=with_timezone,
        precision=_precision(precision, "timestamp"),
        mode=mode,
    )
    b.column_class = PgTimestamp
    return b


def date(name: str | None = None, mode: Literal["date", "string"] = "date") -> _DateTimeBuilder:
    """``date``; ``mode="string"`` for ISO strings."""
    b = _DateTimeBuilder(name, mode=mode)
    b.column_class = PgDate
    return b


def time(
    name: str | None = None, with_timezone: bool = False, precision: int | None = None
) -> _DateTimeBuilder:
    """``time``; ``with_timezone=True`` for ``timetz``."""
    b = _DateTimeBuilder(name, with_timezone=with_timezone, precision=_precision(precision, "time"))
    b.column_class = PgTime
    return b


def interval(
    name: str | None = None, fields: str | None = None, precision: int | None = None
) -> PgColumnBuilder:
    """``interval``; ``fields`` restricts it (``"day to second"``), ``precision`` the seconds."""
    if fields is not None and fields.lower() not in INTERVAL_FIELDS:
        raise SchemaError(f"interval(fields={fields!r}): use one of {sorted(INTERVAL_FIELDS)}")
    return _builder(
        PgInterval,
        name,
        fields=fields.lower() if fields else None,
        precision=_precision(precision, "interval"),
    )
