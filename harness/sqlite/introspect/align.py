"""Rewrite what SQLite spells differently from the declarations, but means the same, into the
declared spelling, so a push of unchanged declarations plans nothing.

What SQLite changes, and what the catalog cannot say:

* type names: the pragma reports ``INTEGER``/``TEXT``/... in capitals for the standard names;
* defaults: one pair of outer parentheses is dropped (``x'00ff'`` reads back as the
  expression ``(x'00ff')``), a number may read back as an expression (``1e+21``);
* text kept as written but compared as text by the differ (checks, partial-index conditions,
  index expressions, generated expressions): compared here without whitespace, quote style
  and a ``"table".`` qualifier;
* names SQLite does not store: foreign keys and composite primary keys get drizzle-kit's
  introspection names; a declared one with the same content keeps its declared name;
* views: drizzle-kit's push never alters a view's definition (it only creates and drops
  views), so a view present on both sides takes the declared definition and columns.
"""

from __future__ import annotations

import re
from typing import Any

from harness.sqlite.kit.compare import same
from harness.sqlite.kit.squash import squash_fk


def align(live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
    """``live`` (changed in place and returned) in ``declared``'s spelling where equal."""
    for name, table in live["tables"].items():
        target = declared["tables"].get(name)
        if target is None:
            continue
        for column_name, column in table["columns"].items():
            wanted = target["columns"].get(column_name)
            if wanted is not None:
                _align_column(column, wanted)
        _align_indexes(table, target, live, declared)
        _align_names(table, target)
        _align_checks(table, target)
    for name, view in live["views"].items():
        target = declared["views"].get(name)
        if target is not None:
            view["definition"] = target["definition"]
            view["columns"] = target["columns"]
    return live


def _squeeze(text: str, table: str = "") -> str:
    """Text compared loosely: no whitespace, one quote style, no ``table.`` qualifier."""
    text = re.sub(r"\s+", "", text).replace("`", '"').lower()
    if table:
        text = text.replace(f'"{table.lower()}".', "").replace(f"{table.lower()}.", "")
    return text.replace('"', "")


def _unwrap(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return _squeeze(text)


def _align_column(column: dict[str, Any], wanted: dict[str, Any]) -> None:
    if column["type"] != wanted["type"] and _squeeze(column["type"]) == _squeeze(wanted["type"]):
        column["type"] = wanted["type"]
    if (
        "default" in column
        and "default" in wanted
        and _same_default(column["default"], wanted["default"])
    ):
        column["default"] = wanted["default"]
    live_generated, declared_generated = column.get("generated"), wanted.get("generated")
    if (
        live_generated
        and declared_generated
        and live_generated["type"] == declared_generated["type"]
        and _unwrap(live_generated["as"]) == _unwrap(declared_generated["as"])
    ):
        column["generated"] = dict(declared_generated)


def _same_default(live: Any, declared: Any) -> bool:
    if same(live, declared):
        return True
    if isinstance(declared, bool) or isinstance(live, bool):
        return False
    if isinstance(declared, (int, float)) and isinstance(live, str):
        try:
            return float(_unwrap(live)) == declared
        except ValueError:
            return False
    if isinstance(declared, str) and isinstance(live, str):
        return _unwrap(live) == _unwrap(declared)
    return False


def _align_indexes(
    table: dict[str, Any], target: dict[str, Any], live: dict[str, Any], declared: dict[str, Any]
) -> None:
    name = table["name"]
    for index_name, index in table["indexes"].items():
        wanted = target["indexes"].get(index_name)
        if wanted is None or index["isUnique"] != wanted["isUnique"]:
            continue
        if len(index["columns"]) == len(wanted["columns"]) and all(
            _unwrap(a) == _unwrap(b)
            for a, b in zip(index["columns"], wanted["columns"], strict=True)
        ):
            index["columns"] = list(wanted["columns"])
            expressions = declared.get("internal", {}).get("indexes", {}).get(index_name)
            live_internal = live.setdefault("internal", {}).setdefault("indexes", {})
            live_internal.pop(index_name, None)
            if expressions is not None:
                live_internal[index_name] = expressions
        if (
            "where" in index
            and "where" in wanted
            and _squeeze(index["where"], name) == _squeeze(wanted["where"], name)
        ):
            index["where"] = wanted["where"]


def _align_names(table: dict[str, Any], target: dict[str, Any]) -> None:
    """Foreign keys and composite primary keys: the declared name for the same content."""
    by_content = {
        squash_fk({**fk, "name": ""}): key
        for key, fk in target["foreignKeys"].items()
        if key not in table["foreignKeys"]
    }
    renamed: dict[str, Any] = {}
    for key, fk in table["foreignKeys"].items():
        new_key = (
            key
            if key in target["foreignKeys"]
            else by_content.get(squash_fk({**fk, "name": ""}), key)
        )
        renamed[new_key] = {**fk, "name": new_key}
    table["foreignKeys"] = renamed
    pks: dict[str, Any] = {}
    for key, pk in table["compositePrimaryKeys"].items():
        new_key = next(
            (k for k, p in target["compositePrimaryKeys"].items() if p["columns"] == pk["columns"]),
            key,
        )
        pks[new_key] = {**pk, "name": new_key}
    table["compositePrimaryKeys"] = pks


def _align_checks(table: dict[str, Any], target: dict[str, Any]) -> None:
    for name, check in table["checkConstraints"].items():
        wanted = target["checkConstraints"].get(name)
        if wanted is not None and _squeeze(check["value"], table["name"]) == _squeeze(
            wanted["value"], table["name"]
        ):
            check["value"] = wanted["value"]
