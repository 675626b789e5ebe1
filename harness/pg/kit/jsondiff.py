"""The structural JSON diff drizzle-kit's differ is built on (the ``json-diff`` npm package).

drizzle-kit does not compare snapshots field by field: it diffs whole JSON trees and reads the
result's markers (``key__added``, ``key__deleted``, ``{"__old", "__new"}``, array opcodes), so
*which* change it sees - and in what order statements come out - follows this library's rules:
keys deleted from the old object first (old order), then keys added (new order), then changed
keys (old order); scalars compare strictly by JSON type (``1`` is not ``true``); arrays are
matched with difflib's ``SequenceMatcher``, which Python ships under the same name.
"""

from __future__ import annotations

import copy
import difflib
import json
from typing import Any


def json_type(value: Any) -> str:
    """``extendedTypeOf``: the JSON kind of a value (bool is not a number here)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "other"


def diff(old: Any, new: Any) -> Any:
    """The json-diff result for ``old`` -> ``new``; None when they are equal."""
    equal, result = _diff(old, new)
    return None if equal else result


def _diff(old: Any, new: Any) -> tuple[bool, Any]:
    kind = json_type(old)
    if kind == json_type(new):
        if kind == "object":
            return _object_diff(old, new)
        if kind == "array":
            return _array_diff(old, new)
    if kind == json_type(new) and old == new:
        return True, None
    return False, {"__old": old, "__new": new}


def _object_diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, Any]:
    result: dict[str, Any] = {}
    for key, value in old.items():
        if key not in new:
            result[f"{key}__deleted"] = value
    for key, value in new.items():
        if key not in old:
            result[f"{key}__added"] = value
    for key, value in old.items():
        if key in new:
            equal, change = _diff(value, new[key])
            if not equal:
                result[key] = change
    return (not result), (result or None)


def _scalar_key(value: Any) -> Any:
    # arrays of objects do not occur in PostgreSQL snapshots once squashed; compare by text
    if isinstance(value, (dict, list)):
        return "\0" + json.dumps(value, sort_keys=False)
    if isinstance(value, bool):
        return ("bool", value)
    return value


def _array_diff(old: list[Any], new: list[Any]) -> tuple[bool, Any]:
    seq1 = [_scalar_key(v) for v in old]
    seq2 = [_scalar_key(v) for v in new]
    result: list[list[Any]] = []
    equal = True
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, seq1, seq2).get_opcodes():
        if op == "equal":
            result.extend([" "] for _ in range(i1, i2))
            continue
        equal = False
        if op in ("delete", "replace"):
            result.extend(["-", old[i]] for i in range(i1, i2))
        if op in ("insert", "replace"):
            result.extend(["+", new[j]] for j in range(j1, j2))
    return equal, (None if equal else result)


def added_and_deleted(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """drizzle-kit's ``diffSchemasOrTables``: the values whose keys appeared / disappeared,
    in json-diff's order (deleted by old order, added by new order)."""
    result = copy.deepcopy(diff(old, new) or {})
    added = [v for k, v in result.items() if k.endswith("__added")]
    deleted = [v for k, v in result.items() if k.endswith("__deleted")]
    return added, deleted


def array_changes(source: list[Any], changes: list[list[Any]]) -> list[dict[str, Any]]:
    """drizzle-kit's reading of an array diff (enum values): each entry ``same``, ``removed`` or
    ``added`` with ``before``, the nearest unchanged value after it ('' at the end).

    Like drizzle-kit, the value of an unchanged entry is taken by counting unchanged entries
    only, so it can name the wrong value after a removal; kept for identical statements."""
    sequence: list[dict[str, Any]] = []
    source_index = 0
    for item in changes:
        if len(item) == 1:
            value = source[source_index] if source_index < len(source) else None
            sequence.append({"type": "same", "value": value})
            source_index += 1
        elif item[0] == "-":
            sequence.append({"type": "removed", "value": item[1]})
        else:
            sequence.append({"type": "added", "value": item[1], "before": ""})
    following: Any = None
    for entry in reversed(sequence):
        if entry["type"] == "same":
            following = entry["value"]
        if entry["type"] == "added" and following:
            entry["before"] = following
    return sequence


__all__ = ["added_and_deleted", "array_changes", "diff", "json_type"]
