"""``align``: the live snapshot in the declared spelling wherever both mean the same.

Two kinds of rewrite, each only between a live and a declared entry of the same name:

* spellings - the server prints what it was given in its own words: ``varchar`` as
  ``character varying``, ``numeric(5)`` as ``numeric(5,0)``, ``char`` as ``char(1)``, a
  default ``'{"a","b"}'`` as ``'{a,b}'::text[]``, ``'x'`` as ``'x'::text``, a timestamp
  literal with the session's zone.  When the two read the same after
  :func:`~harness.pg.introspect.sqltext.canonical` (or the type rules here), the declared
  text is taken.
* what drizzle-kit's push leaves alone - it never alters a view's definition, a check's
  expression or a generated column's expression, and compares indexes without their
  expressions, ``where`` and operator classes (PostgreSQL re-prints all of these, so a
  text comparison would rebuild them on every push).  Those are taken from the declarations
  as they are; changing one of them needs a rename or a drop, as with drizzle-kit.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from harness.pg.introspect.sqltext import canonical, literal_text, split_literals
from harness.pg.introspect.tables import default_pkey_name

_TYPE_WORDS = [
    (r"\bcharacter varying\b", "varchar"),
    (r"\bcharacter\b", "char"),
    (r"\bbpchar\b", "char"),
    (r"\bdecimal\b", "numeric"),
    (r"\bint4\b|\bint\b", "integer"),
    (r"\bint8\b", "bigint"),
    (r"\bint2\b", "smallint"),
    (r"\bfloat8\b", "double precision"),
    (r"\bfloat4\b", "real"),
    (r"\bbool\b", "boolean"),
    (r"\btimestamptz\b", "timestamp with time zone"),
    (r"\btimetz\b", "time with time zone"),
    (r"\bvarbit\b", "bit varying"),
    (r" without time zone", ""),
]


def canonical_type(text: str) -> str:
    """A type without spelling differences: aliases, spaces, array sizes, default
    lengths (``char`` = ``char(1)``, ``numeric(5)`` = ``numeric(5,0)``)."""
    out = text.lower().replace('"', "")
    for pattern, replacement in _TYPE_WORDS:
        out = re.sub(pattern, replacement, out)
    out = re.sub(r"\[\d*\]", "[]", out)
    out = re.sub(r"\s*\(\s*", "(", out)
    out = re.sub(r"\s*,\s*", ",", out)
    out = re.sub(r"\s*\)", ")", out)
    out = re.sub(r"^(char|bit)(?=$|\[)", r"\1(1)", out)
    out = re.sub(r"^numeric\((\d+),0\)", r"numeric(\1)", out)
    return out.strip()


def align_snapshot(live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
    for key, table in live["tables"].items():
        target = declared["tables"].get(key)
        if target is not None:
            _align_table(table, target)
            _align_policies(table, target)
    for key, view in live["views"].items():
        target = declared["views"].get(key)
        if target is not None:
            _align_view(view, target)
    for key, sequence in live["sequences"].items():
        target = declared["sequences"].get(key)
        if target is not None:
            _align_numbers(sequence, target)
    return live


def _align_table(table: dict[str, Any], target: dict[str, Any]) -> None:
    _align_primary_key(table, target)
    keyed = _key_columns(target)
    for name, column in table["columns"].items():
        wanted = target["columns"].get(name)
        if wanted is not None:
            _align_column(column, wanted)
            if name in keyed and name in _key_columns(table) and not wanted["notNull"]:
                # a primary key makes its columns NOT NULL; declaring it again is optional
                column["notNull"] = False
    for name, check in table["checkConstraints"].items():
        wanted = target["checkConstraints"].get(name)
        if wanted is not None:
            check["value"] = wanted["value"]
    for name, index in table["indexes"].items():
        wanted = target["indexes"].get(name)
        if wanted is not None:
            _align_index(index, wanted)


def _align_primary_key(table: dict[str, Any], target: dict[str, Any]) -> None:
    """A one-column primary key is the column's ``primaryKey`` when PostgreSQL named it
    ``<table>_pkey``, a named key otherwise; a column-level key has no name in the snapshot
    (its constraint keeps the old table's name after a rename), so either reading matches a
    declaration of the other kind on the same column."""
    columns = table["columns"]
    for name, key in list(table["compositePrimaryKeys"].items()):
        only = key["columns"][0] if len(key["columns"]) == 1 else None
        wanted = target["columns"].get(only) if only else None
        if (
            wanted is not None
            and wanted["primaryKey"]
            and name not in target["compositePrimaryKeys"]
        ):
            del table["compositePrimaryKeys"][name]
            columns[only]["primaryKey"] = True
    for name, key in target["compositePrimaryKeys"].items():
        if len(key["columns"]) != 1 or name in table["compositePrimaryKeys"]:
            continue
        column = columns.get(key["columns"][0])
        if (
            column is not None
            and column["primaryKey"]
            and not table["compositePrimaryKeys"]
            and name == default_pkey_name(table["name"])
        ):
            column["primaryKey"] = False
            table["compositePrimaryKeys"][name] = {"name": name, "columns": key["columns"]}


def _key_columns(table: dict[str, Any]) -> set[str]:
    names = {name for name, column in table["columns"].items() if column.get("primaryKey")}
    for key in table["compositePrimaryKeys"].values():
        names.update(key["columns"])
    return names


def _align_column(column: dict[str, Any], wanted: dict[str, Any]) -> None:
    if column["type"] != wanted["type"] and canonical_type(column["type"]) == canonical_type(
        wanted["type"]
    ):
        column["type"] = wanted["type"]
    both_default = "default" in column and "default" in wanted
    if both_default and same_default(column["default"], wanted["default"]):
        column["default"] = wanted["default"]
    if "generated" in column and "generated" in wanted:
        column["generated"] = dict(wanted["generated"])
    if "identity" in column and "identity" in wanted:
        _align_numbers(column["identity"], wanted["identity"])


def _align_numbers(live: dict[str, Any], wanted: dict[str, Any]) -> None:
    """Sequence options (strings) that are the same number in another spelling."""
    for key in ("increment", "startWith", "minValue", "maxValue", "cache"):
        a, b = live.get(key), wanted.get(key)
        if a is not None and b is not None and a != b and _same_number(str(a), str(b)):
            live[key] = b


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _align_index(index: dict[str, Any], wanted: dict[str, Any]) -> None:
    if "where" in index and wanted.get("where") is not None:
        index["where"] = wanted["where"]
    if len(index["columns"]) == len(wanted["columns"]):
        for column, target in zip(index["columns"], wanted["columns"], strict=True):
            if column["isExpression"] and target["isExpression"]:
                column["expression"] = target["expression"]
            if "opclass" in column and column["opclass"] == target.get("opclass"):
                continue
            if "opclass" in column and not target.get("opclass"):
                del column["opclass"]
    if index.get("with") and wanted.get("with") is not None:
        same = {str(k): str(v) for k, v in index["with"].items()} == {
            str(k): str(v) for k, v in wanted["with"].items()
        }
        if same:
            index["with"] = wanted["with"]


def _align_view(view: dict[str, Any], wanted: dict[str, Any]) -> None:
    view["definition"] = wanted.get("definition")
    view["columns"] = wanted["columns"]
    if "withNoData" in wanted:
        view["withNoData"] = wanted["withNoData"]
    if view.get("with") and wanted.get("with"):
        for key, value in view["with"].items():
            declared = wanted["with"].get(key)
            if declared is not None and str(declared).lower() == str(value).lower():
                view["with"][key] = declared
    for key, default in (("tablespace", "pg_default"), ("using", "heap")):
        if key in wanted and key not in view and wanted[key] == default:
            view[key] = wanted[key]
    if "isExisting" in wanted:
        view["isExisting"] = wanted["isExisting"]


# -- defaults ---------------------------------------------------------------------------------
def same_default(live: Any, declared: Any) -> bool:
    """Whether two snapshot defaults mean the same value or expression."""
    if live == declared:
        return True
    if isinstance(declared, bool) or isinstance(live, bool):
        return str(live).lower() == str(declared).lower()
    return _default_key(live) == _default_key(declared)


def _default_key(value: Any) -> str:
    if isinstance(value, (int, float)):
        return canonical(repr(value) if isinstance(value, float) else str(value))
    text = str(value)
    plain = literal_text(_without_cast(text))
    if plain is not None:
        moment = _timestamp(plain)
        if moment is not None:
            return moment
        array = _pg_array(plain)
        if array is not None:
            return array
    return canonical(text)


def _without_cast(text: str) -> str:
    pieces = split_literals(text.strip())
    if len(pieces) == 2 and pieces[0][0] and pieces[1][1].startswith("::"):
        return pieces[0][1]
    return text.strip()


_MOMENT = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?$"
)


def _timestamp(text: str) -> str | None:
    """A date/time literal as one UTC (or zone-less) spelling."""
    match = _MOMENT.match(text.strip())
    if match is None:
        return None
    day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    moment = _dt.datetime.fromisoformat(day).replace(
        hour=int(hour or 0), minute=int(minute or 0), second=int(second or 0), microsecond=micro
    )
    if zone is not None:
        if zone == "Z":
            offset = _dt.timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        moment = (moment - offset).replace(tzinfo=None)
        return "moment-utc:" + moment.isoformat()
    return "moment:" + moment.isoformat()


def _pg_array(text: str) -> str | None:
    """``{a,"b c"}`` as its elements (nesting flattened with markers), or None."""
    text = text.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    items: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\" and i + 1 < len(text):
                current.append(text[i + 1])
                i += 2
                continue
            if char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = True
        elif char in "{},":
            if current:
                items.append("".join(current).strip())
                current = []
            if char != ",":
                items.append(char)
        else:
            current.append(char)
        i += 1
    return "array:" + "\x1f".join(items)


def _align_policies(table: dict[str, Any], target: dict[str, Any]) -> None:
    """As drizzle-kit's push, a policy's ``using``/``withCheck`` are not compared (the server
    re-prints them): a live policy of a declared name takes the declared texts."""
    declared = target.get("policies") or {}
    for name, policy in (table.get("policies") or {}).items():
        other = declared.get(name)
        if other is None:
            continue
        for key in ("using", "withCheck"):
            policy.pop(key, None)
            if key in other:
                policy[key] = other[key]
