"""Snapshot constraints as the ``;``-joined strings drizzle-kit diffs and renders from.

drizzle-kit never compares a snapshot's indexes, foreign keys, composite primary keys or checks
as objects: it first "squashes" each into one string and splits the string again to render
SQL.  Doing the same keeps its quirks (a ``;`` inside a check or partial-index condition cuts
it short, an index expression containing ``,`` splits into two entries), so what is diffed and
written matches drizzle-kit byte for byte.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any


def squash_index(index: dict[str, Any]) -> str:
    unique = "true" if index["isUnique"] else "false"
    return f"{index['name']};{','.join(index['columns'])};{unique};{index.get('where') or ''}"


@dataclass
class Index:
    name: str
    columns: list[str]
    unique: bool
    where: str


def unsquash_index(text: str) -> Index:
    parts = text.split(";")
    where = parts[3] if len(parts) > 3 else ""
    return Index(parts[0], parts[1].split(","), parts[2] == "true", where)


def squash_fk(fk: dict[str, Any]) -> str:
    return ";".join(
        [
            fk["name"],
            fk["tableFrom"],
            ",".join(fk["columnsFrom"]),
            fk["tableTo"],
            ",".join(fk["columnsTo"]),
            fk.get("onUpdate") or "",
            fk.get("onDelete") or "",
        ]
    )


@dataclass
class ForeignKey:
    name: str
    table_from: str
    columns_from: list[str]
    table_to: str
    columns_to: list[str]
    on_update: str
    on_delete: str


def unsquash_fk(text: str) -> ForeignKey:
    name, table_from, cols_from, table_to, cols_to, on_update, on_delete = text.split(";")[:7]
    return ForeignKey(
        name, table_from, cols_from.split(","), table_to, cols_to.split(","), on_update, on_delete
    )


def squash_pk(pk: dict[str, Any]) -> str:
    return ",".join(pk["columns"])


def unsquash_pk(text: str) -> list[str]:
    return text.split(",")


def squash_check(check: dict[str, Any]) -> str:
    return f"{check['name']};{check['value']}"


def unsquash_check(text: str) -> tuple[str, str]:
    parts = text.split(";")
    return parts[0], parts[1] if len(parts) > 1 else ""


def squash_snapshot(snapshot: dict[str, Any]) -> dict[str, Any]:
    """``{"tables": ..., "views": ...}`` with every constraint squashed (a deep copy)."""
    tables: dict[str, Any] = {}
    for key, table in snapshot.get("tables", {}).items():
        tables[key] = {
            "name": table["name"],
            "columns": copy.deepcopy(table["columns"]),
            "indexes": {k: squash_index(v) for k, v in table.get("indexes", {}).items()},
            "foreignKeys": {k: squash_fk(v) for k, v in table.get("foreignKeys", {}).items()},
            "compositePrimaryKeys": {
                k: squash_pk(v) for k, v in table.get("compositePrimaryKeys", {}).items()
            },
            "uniqueConstraints": {
                k: f"{v['name']};{','.join(v['columns'])}"
                for k, v in table.get("uniqueConstraints", {}).items()
            },
            "checkConstraints": {
                k: squash_check(v) for k, v in table.get("checkConstraints", {}).items()
            },
        }
    return {"tables": tables, "views": copy.deepcopy(snapshot.get("views", {}))}
