"""Column defaults as drizzle-kit 1.0 stores them in a snapshot (``default``: SQL text).

drizzle-kit 1.0 turns every default into the SQL text it will write after ``DEFAULT`` (its
``grammar.ts`` type table): numbers and booleans bare, strings quoted with ``'`` and ``\\``
doubled, numerics quoted, JSON quoted without the 0.31 ``::json`` cast, timestamps in its own
layout, arrays as PostgreSQL array literals.  An ``sql(...)`` default is its text with trailing
casts removed.  The snapshot is compared as text, so each spelling is kept exactly.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from decimal import Decimal
from typing import Any

from harness.core.column import Column
from harness.core.ddl import Casing, render_inline
from harness.pg.columns import PgArray, PgEnumColumn, PgJson
from harness.pg.columns.datetime import PgDate, PgTimestamp
from harness.pg.columns.numeric import PgBoolean, PgNumeric
from harness.pg.quoting import PgQuoting
from harness.sql.chunks import SQL

_QUOTING = PgQuoting()
_CAST_SUFFIX = re.compile(
    r"(::[\"\w.\s]+(?:\([^)]*\))?(?:\swith(?:out)?\stime\szone)?(?:\[\])?)+$", re.IGNORECASE
)
_TZ_SUFFIX = re.compile(r"(?:[+-]\d{2}(?::?\d{2})?|Z)$")


def trim_cast(text: str) -> str:
    """``trimDefaultValueSuffix``: ``'a'::text`` -> ``'a'`` (and a trailing ``[]``)."""
    text = text[:-2] if text.endswith("[]") else text
    return _CAST_SUFFIX.sub("", text)


def js_number(value: int | float | Decimal) -> str:
    """``String(n)`` of a JavaScript number."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    return str(value)


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def default_text(column: Column, casing: Casing = None) -> str | None:
    """The snapshot's ``default`` of a column (None: no default in the database)."""
    if not column.has_default or column.default is None or column.generated is not None:
        return None
    value = column.default
    if isinstance(value, SQL):
        return trim_cast(render_inline(value, _QUOTING, casing, bare_columns=True))
    if isinstance(column, PgArray):
        return _array(column, value)
    return _scalar(column, value)


def _scalar(column: Column, value: Any) -> str:
    if isinstance(column, PgJson):
        return (
            "'"
            + json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("'", "''")
            + "'"
        )
    if isinstance(column, PgEnumColumn):
        return "'" + str(value).replace("'", "''") + "'"
    if isinstance(column, PgNumeric):
        return f"'{value}'"
    if isinstance(column, PgBoolean) or isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return js_number(value)
    if isinstance(column, PgTimestamp):
        return _timestamp(column, value)
    if isinstance(column, PgDate) and isinstance(value, _dt.date):
        return f"'{value.isoformat()}'"
    if isinstance(value, str):
        return _quote(value)
    mapped = column.map_to_driver(value)
    if isinstance(mapped, (int, float)) and not isinstance(mapped, bool):
        return js_number(mapped)
    return "'" + str(mapped) + "'"


def _timestamp(column: Column, value: Any) -> str:
    zoned = bool(column.config.get("with_timezone"))
    if isinstance(value, str):
        return f"'{value}'" if not zoned or _TZ_SUFFIX.search(value) else f"'{value}+00'"
    if isinstance(value, _dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
        utc = moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        text = utc.isoformat(sep=" ", timespec="milliseconds")
        return f"'{text}+00'" if zoned else f"'{text}'"
    return "'" + str(value) + "'"


def _array(column: PgArray, value: Any) -> str:
    if not _flat(value):
        return "'{}'"
    element = column.element
    while isinstance(element, PgArray):
        element = element.element

    def item(v: Any) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, bool):
            return "t" if v else "f"
        if isinstance(v, (int, float, Decimal)):
            return js_number(v)
        text = str(v)
        escaped = text.replace("'", "''").replace("\\", "\\\\").replace('"', '\\"')
        if any(c in text for c in '\\",') or not text:
            return f'"{escaped}"'
        return escaped

    def render(v: Any) -> str:
        if isinstance(v, (list, tuple)):
            return "{" + ",".join(render(x) for x in v) + "}"
        return item(v)

    return "'" + render(value) + "'"


def _flat(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in _flat(v)]
    return [value]
