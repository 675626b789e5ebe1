"""A MySQL column default as drizzle-kit 1.0 records it: always SQL text, chosen by type.

0.31 kept numbers and booleans as JSON values; 1.0 writes every default as the text it
puts after ``DEFAULT`` (``"0"``, ``"true"``, ``"'x'"``), so a snapshot compares as strings
and the SQL is the snapshot's text verbatim.  The spelling per type follows drizzle-kit 1.0's
MySQL grammar: text, blob, binary and json literals are wrapped in parentheses (MySQL only
accepts them as expressions), decimals too, ``varbinary`` becomes a hex literal, and a
``sql(...)`` default is parenthesised unless it already starts with ``(``.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

from harness.core.column import Column
from harness.core.ddl import render_inline
from harness.mysql.quoting import MySqlQuoting
from harness.sql.chunks import SQL
from harness.sqlite.kit.render import js_string

_QUOTING = MySqlQuoting()


def _is(sql_type: str, *names: str) -> bool:
    """drizzle-kit's ``/^(?:name)(?:[\\s(].*)?$/i`` type test."""
    return any(re.match(rf"^(?:{n})(?:[\s(].*)?$", sql_type, re.IGNORECASE) for n in names)


def _bare(sql_type: str, *names: str) -> bool:
    """drizzle-kit's ``/^\\s*name\\s*$/i`` type test (types that take no parameters)."""
    return any(re.match(rf"^\s*{n}\s*$", sql_type, re.IGNORECASE) for n in names)


def _escaped(value: Any) -> str:
    """A string literal's body: backslashes and single quotes doubled."""
    return str(value).replace("\\", "\\\\").replace("'", "''")


def _text(value: Any) -> str:
    """What JavaScript's ``String(value)`` prints for a default value."""
    return js_string(value)


def _json(value: Any) -> str:
    """Compact JSON with the single quotes inside strings doubled."""

    def doubled(item: Any) -> Any:
        if isinstance(item, str):
            return item.replace("'", "''")
        if isinstance(item, dict):
            return {k: doubled(v) for k, v in item.items()}
        if isinstance(item, (list, tuple)):
            return [doubled(v) for v in item]
        if isinstance(item, float) and item.is_integer():
            return int(item)
        return item

    return json.dumps(doubled(value), separators=(",", ":"), ensure_ascii=False)


def _instant(value: Any) -> str:
    """A timestamp/datetime default: a date as UTC ``YYYY-MM-DD HH:MM:SS.mmm``."""
    if isinstance(value, _dt.datetime):
        moment = value if value.tzinfo is None else value.astimezone(_dt.timezone.utc)
        return "'" + moment.replace(tzinfo=None).isoformat(sep=" ", timespec="milliseconds") + "'"
    return f"'{_text(value)}'"


def default_text(column: Column[Any]) -> str | None:
    """The column's ``default`` field (``None`` when it has none)."""
    if not column.has_default or column.default is None:
        return None
    value = column.default
    if isinstance(value, SQL):
        text = render_inline(value, _QUOTING, None, bare_columns=True)
        return text if text.startswith("(") else f"({text})"
    sql_type = column.sql_type().lower()
    if sql_type in ("tinyint(1)", "boolean"):
        return _text(value)
    if _is(sql_type, "tinyint", "smallint", "mediumint", "int", "bigint"):
        return _text(value)
    if _is(sql_type, "serial"):
        return ""
    if _is(sql_type, "numeric", "decimal"):
        return f"({_text(value)})"
    if _is(sql_type, "real", "double", "double precision", "float", "year"):
        return _text(value)
    if _is(sql_type, "char", "character", "varchar", "nvarchar", "character varying", "enum"):
        return f"'{_escaped(value)}'"
    if _bare(sql_type, "tinytext", "mediumtext", "text", "longtext") or _is(sql_type, "binary"):
        return f"('{_escaped(value)}')"
    if _is(sql_type, "varbinary"):
        data = bytes(value) if isinstance(value, (bytes, bytearray)) else str(value).encode()
        return f"(0x{data.hex()})"
    if _bare(sql_type, "json"):
        return f"('{_json(value)}')"
    if _is(sql_type, "timestamp", "datetime"):
        return _instant(value)
    if _bare(sql_type, "date"):
        if isinstance(value, _dt.datetime):
            return f"'{value.astimezone(_dt.timezone.utc).date().isoformat()}'"
        if isinstance(value, _dt.date):
            return f"'{value.isoformat()}'"
        return f"'{_text(value)}'"
    if _is(sql_type, "time"):
        return f"'{_text(value)}'"
    if _bare(sql_type, "tinyblob", "mediumblob", "longblob", "blob"):
        if isinstance(value, (bytes, bytearray)):
            return f"(0x{bytes(value).hex()})"
        return f"('{_escaped(value if isinstance(value, str) else _json(value))}')"
    return _text(column.map_to_driver(value))


__all__ = ["default_text"]
