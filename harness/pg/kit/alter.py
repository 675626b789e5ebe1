"""What changed inside a table that exists on both sides, read from the JSON diff.

drizzle-kit reads a table's diff in two steps: which indexes, foreign keys, keys, uniques and
checks were added, deleted or changed (``findAlternationsInTable``), and for every changed
column which of its properties changed and how (``alternationsInColumn``); then it turns the
column changes into ALTER COLUMN statement records (``preparePgAlterColumns``).  Those steps
live here, with drizzle-kit's quirks kept: a type change that only differs by ``" ("`` vs
``"("`` hides every other change of that column, and primary-key changes come first.
"""

from __future__ import annotations

import re
from typing import Any

_ARRAY = re.compile(r"\[\d*(?:\[\d*\])*\]")
_PARTS = ("indexes", "foreignKeys", "compositePrimaryKeys", "uniqueConstraints", "checkConstraints")


def table_alterations(table: dict[str, Any]) -> dict[str, Any]:
    """One altered table's diff (``{"name", "schema", ...json-diff}``) read into added /
    deleted / altered parts and the altered columns."""
    columns = table.get("columns") or {}
    altered = [
        column_alterations({"name": key, **value})
        for key, value in columns.items()
        if "__deleted" not in key and "__added" not in key
    ]
    out: dict[str, Any] = {
        "name": table["name"],
        "schema": table.get("schema") or "",
        "altered": [a for a in altered if a is not None],
    }
    for part in _PARTS:
        diff = table.get(part) or {}
        whole_added = table.get(f"{part}__added") or {}
        whole_deleted = table.get(f"{part}__deleted") or {}
        out[f"added:{part}"] = {
            **{k: v for k, v in whole_added.items()},
            **{k.replace("__added", ""): v for k, v in diff.items() if "__added" in k},
        }
        out[f"deleted:{part}"] = {
            **{k: v for k, v in whole_deleted.items()},
            **{k.replace("__deleted", ""): v for k, v in diff.items() if "__deleted" in k},
        }
        out[f"altered:{part}"] = {
            k: v
            for k, v in diff.items()
            if not k.endswith("__added") and not k.endswith("__deleted")
        }
    return out


def _change(item: dict[str, Any], key: str) -> dict[str, Any] | None:
    if key in item:
        return {"type": "changed", "old": item[key]["__old"], "new": item[key]["__new"]}
    if f"{key}__added" in item:
        return {"type": "added", "value": item[f"{key}__added"]}
    if f"{key}__deleted" in item:
        return {"type": "deleted", "value": item[f"{key}__deleted"]}
    return None


def column_alterations(item: dict[str, Any]) -> dict[str, Any] | None:
    """``alternationsInColumn``: each changed property as changed/added/deleted."""
    if "type" in item:
        old, new = item["type"]["__old"], item["type"]["__new"]
        if old.replace(" (", "(", 1) == new.replace(" (", "(", 1):
            return None
    out: dict[str, Any] = {"name": item["name"]}
    for key in ("type", "default", "identity", "notNull", "primaryKey", "typeSchema"):
        change = _change(item, key)
        if change is not None:
            out[key] = change
    if "generated" in item:
        generated = item["generated"]
        old = {k: v["__old"] for k, v in generated.items() if isinstance(v, dict)}
        new = {k: v["__new"] for k, v in generated.items() if isinstance(v, dict)}
        out["generated"] = {"type": "changed", "old": old, "new": new}
    else:
        change = _change(item, "generated")
        if change is not None:
            out["generated"] = change
    return out


def base_type(type_name: str) -> str:
    return _ARRAY.sub("", type_name)


def column_statements(
    table: dict[str, Any], json2: dict[str, Any], json1: dict[str, Any]
) -> list[dict[str, Any]]:
    """``preparePgAlterColumns``: ALTER COLUMN records of one altered table, dropped and added
    primary keys first."""
    schema = table["schema"]
    key = f"{schema or 'public'}.{table['name']}"
    current = json2["tables"][key]
    previous = json1["tables"].get(key)
    drop_pk: list[dict[str, Any]] = []
    set_pk: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    for column in table["altered"]:
        name = column["name"]
        table_name = current["name"]
        now = current["columns"][name]
        before = (previous or {"columns": {}})["columns"].get(name, {})
        common = {
            "tableName": table_name,
            "columnName": name,
            "schema": schema,
            "newDataType": now["type"],
            "columnDefault": now.get("default"),
            "columnNotNull": now["notNull"],
            "columnPk": now["primaryKey"],
        }
        composite = current["compositePrimaryKeys"].get(f"{table_name}_{name}")
        change = column.get("type")
        if change is not None:
            new_enum = f"{now.get('typeSchema')}.{base_type(change['new'])}" in json2["enums"]
            old_key = f"{before.get('typeSchema')}.{base_type(change['old'])}"
            out.append(
                {
                    "type": "pg_alter_table_alter_column_set_type",
                    "tableName": table_name,
                    "columnName": name,
                    "typeSchema": now.get("typeSchema"),
                    "newDataType": {"name": change["new"], "isEnum": new_enum},
                    "oldDataType": {"name": change["old"], "isEnum": old_key in json1["enums"]},
                    "schema": schema,
                    "columnDefault": now.get("default"),
                    "columnNotNull": now["notNull"],
                    "columnPk": now["primaryKey"],
                }
            )
        pk = column.get("primaryKey")
        if pk is not None and (
            pk["type"] == "deleted"
            or (pk["type"] == "changed" and not pk["new"] and composite is None)
        ):
            drop_pk.append(
                {
                    "type": "alter_table_alter_column_drop_pk",
                    "tableName": table_name,
                    "columnName": name,
                    "schema": schema,
                }
            )
        default = column.get("default")
        if default is not None:
            if default["type"] == "added":
                out.append(
                    {
                        **common,
                        "type": "alter_table_alter_column_set_default",
                        "newDefaultValue": default["value"],
                    }
                )
            elif default["type"] == "changed":
                out.append(
                    {
                        **common,
                        "type": "alter_table_alter_column_set_default",
                        "newDefaultValue": default["new"],
                        "oldDefaultValue": default["old"],
                    }
                )
            else:
                out.append({**common, "type": "alter_table_alter_column_drop_default"})
        not_null = column.get("notNull")
        if not_null is not None:
            adds = not_null["type"] == "added" or (
                not_null["type"] == "changed" and not_null["new"]
            )
            kind = "set_notnull" if adds else "drop_notnull"
            out.append({**common, "type": f"alter_table_alter_column_{kind}"})
        identity = column.get("identity")
        if identity is not None:
            base = {"tableName": table_name, "columnName": name, "schema": schema}
            if identity["type"] == "added":
                out.append(
                    {
                        **base,
                        "type": "alter_table_alter_column_set_identity",
                        "identity": identity["value"],
                    }
                )
            elif identity["type"] == "changed":
                out.append(
                    {
                        **base,
                        "type": "alter_table_alter_column_change_identity",
                        "identity": identity["new"],
                        "oldIdentity": identity["old"],
                    }
                )
            else:
                out.append({**base, "type": "alter_table_alter_column_drop_identity"})
        generated = column.get("generated")
        if generated is not None:
            kind = {"added": "set", "changed": "alter", "deleted": "drop"}[generated["type"]]
            out.append(
                {
                    **common,
                    "type": f"alter_table_alter_column_{kind}_generated",
                    "columnGenerated": now.get("generated"),
                }
            )
        if pk is not None and (pk["type"] == "added" or (pk["type"] == "changed" and pk["new"])):
            set_pk.append(
                {
                    "type": "alter_table_alter_column_set_pk",
                    "tableName": table_name,
                    "schema": schema,
                    "columnName": name,
                }
            )
    return drop_pk + set_pk + out
