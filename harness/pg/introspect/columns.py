"""One catalog column as a snapshot column: its type, default, identity and generation.

Types and defaults are spelled the way drizzle-kit's introspection spells them, so a snapshot
read from a database looks like one drizzle-kit would write: ``format_type`` with
``character varying`` -> ``varchar``, ``without time zone`` dropped, ``numeric(p, s)`` with a
space, one ``[]`` per array dimension; enums by bare name with ``typeSchema``; an integer
column whose default draws from the sequence it owns is a ``serial`` without default; defaults
lose their trailing cast (``'guest'::roles`` -> ``'guest'``), numbers and booleans become JSON
values, JSON literals are re-printed compactly with their cast.
"""

from __future__ import annotations

import json
from typing import Any

from harness.pg.introspect.sqltext import is_number, literal_text, strip_trailing_cast

_SERIALS = {"integer": "serial", "bigint": "bigserial", "smallint": "smallserial"}
_NUMERIC_TYPES = ("integer", "smallint", "bigint", "double precision", "real")


def column_type(row: dict[str, Any]) -> tuple[str, str | None]:
    """``(type, typeSchema)``: the type as drizzle-kit spells it; ``typeSchema`` for enums."""
    dims = max(int(row["dims"] or 0), 1)
    if row["typtype"] == "e":
        return str(row["typname"]), str(row["type_schema"])
    if row["elem_typtype"] == "e":
        return str(row["elem_typname"]) + "[]" * dims, str(row["elem_schema"])
    text = str(row["type"])
    if row["elem_typtype"] is not None:  # an array: format_type prints one "[]"
        text += "[]" * (dims - 1)
    if text.startswith("numeric("):
        text = text.replace(",", ", ", 1)
    text = text.replace("character varying", "varchar", 1).replace(" without time zone", "")
    text = text.replace("character", "char", 1)
    if text.startswith('"') and '"' in text[1:]:
        text = text.replace('"', "")
    return text, None


def serial_type(row: dict[str, Any], base_type: str, owns_sequence: bool) -> str | None:
    """``serial``/``bigserial``/``smallserial`` when the column is one: an integer column
    whose default is ``nextval`` of a sequence the column owns."""
    default = row["default"]
    if not owns_sequence or base_type not in _SERIALS or not default:
        return None
    return _SERIALS[base_type] if str(default).startswith("nextval(") else None


def default_value(raw: str, type_text: str) -> Any:
    """A ``pg_get_expr`` default as a snapshot default (see the module docstring)."""
    base = type_text.split("[")[0]
    is_array = type_text.endswith("]")
    text = raw.strip()
    if is_array:  # kept with its cast, as drizzle-kit's serializer records array defaults
        return text
    text = strip_trailing_cast(text)
    if base in _NUMERIC_TYPES:
        value = literal_text(text)
        number = value.strip() if value is not None else text.strip("() ")
        if is_number(number):
            parsed = float(number)
            is_integral = parsed.is_integer() and "." not in number and "e" not in number.lower()
            return int(number) if is_integral else parsed
        return text
    if base.startswith("numeric"):
        return text if "'" in text else f"'{text}'"
    if base in ("json", "jsonb"):
        value = literal_text(text)
        if value is not None:
            try:
                parsed = json.loads(value)
            except ValueError:
                return raw
            compact = json.dumps(parsed, separators=(",", ":"), ensure_ascii=False)
            return "'" + compact.replace("'", "''") + f"'::{base}"
        return text
    if base == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def identity_entry(kind: str, sequence: dict[str, Any], table_schema: str) -> dict[str, Any]:
    """An identity column's options, read from its sequence, as strings (drizzle-kit's)."""
    return {
        "type": "always" if kind == "a" else "byDefault",
        "name": str(sequence["name"]),
        "schema": table_schema,
        "increment": str(sequence["increment"]),
        "startWith": str(sequence["start"]),
        "minValue": str(sequence["min"]),
        "maxValue": str(sequence["max"]),
        "cache": str(sequence["cache"]),
        "cycle": bool(sequence["cycle"]),
    }


def column_entry(
    row: dict[str, Any],
    table_schema: str,
    owned: dict[str, Any] | None,
) -> dict[str, Any]:
    """A snapshot column; ``owned`` is the sequence the column owns (serial or identity)."""
    type_text, type_schema = column_type(row)
    serial = serial_type(row, type_text, owned is not None and owned["owner_kind"] == "a")
    entry: dict[str, Any] = {"name": str(row["name"]), "type": serial or type_text}
    if type_schema is not None:
        entry["typeSchema"] = type_schema
    entry["primaryKey"] = False
    entry["notNull"] = bool(row["not_null"])
    if row["generated"] == "s" and row["default"] is not None:
        entry["generated"] = {"as": str(row["default"]), "type": "stored"}
    if row["identity"] in ("a", "d") and owned is not None and owned["owner_kind"] == "i":
        entry["identity"] = identity_entry(str(row["identity"]), owned, table_schema)
    has_default = row["default"] is not None and not row["generated"] and not row["identity"]
    if has_default and serial is None:
        entry["default"] = default_value(str(row["default"]), type_text)
    return entry
