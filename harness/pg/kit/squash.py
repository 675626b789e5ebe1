"""drizzle-kit's "squashed" snapshot: constraints, indexes and identities flattened to strings.

drizzle-kit diffs snapshots after turning every index, foreign key, key, unique, check,
sequence and identity into one ``;``-separated string, so any change to one of them is a
changed string (drop + create), and it renders statements from those strings split again.
Both halves are kept faithful, including their limits (a check whose SQL contains ``;`` is cut
there on the way back, as drizzle-kit cuts it), because the SQL must come out identical.

Before squashing, both snapshots are brought to the shape drizzle-kit's schema validation
gives them (defaults filled in, view options in the validator's key order): what drizzle-kit
compares is that shape, not the file text.
"""

from __future__ import annotations

import copy
import json
from typing import Any

#: the key order drizzle-kit's validator gives a view's ``with`` options
VIEW_WITH_KEYS = (
    "checkOption",
    "securityBarrier",
    "securityInvoker",
    "fillfactor",
    "toastTupleTarget",
    "parallelWorkers",
    "autovacuumEnabled",
    "vacuumIndexCleanup",
    "vacuumTruncate",
    "autovacuumVacuumThreshold",
    "autovacuumVacuumScaleFactor",
    "autovacuumVacuumCostDelay",
    "autovacuumVacuumCostLimit",
    "autovacuumFreezeMinAge",
    "autovacuumFreezeMaxAge",
    "autovacuumFreezeTableAge",
    "autovacuumMultixactFreezeMinAge",
    "autovacuumMultixactFreezeMaxAge",
    "autovacuumMultixactFreezeTableAge",
    "logAutovacuumMinDuration",
    "userCatalogTable",
)


def js(value: Any) -> str:
    """A value as JavaScript's template literals print it (``true``, ``1``, ``undefined``)."""
    if value is None:
        return "undefined"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def normalized(snapshot: dict[str, Any]) -> dict[str, Any]:
    """A deep copy in the shape drizzle-kit validates snapshots into."""
    out = copy.deepcopy(snapshot)
    for key in ("tables", "enums", "schemas", "views", "sequences", "roles", "policies"):
        out[key] = out.get(key) or {}
    for table in out["tables"].values():
        for key in ("indexes", "foreignKeys", "compositePrimaryKeys"):
            table[key] = table.get(key) or {}
        for key in ("uniqueConstraints", "policies", "checkConstraints"):
            table[key] = table.get(key) or {}
        table["isRLSEnabled"] = bool(table.get("isRLSEnabled", False))
        for index in table["indexes"].values():
            index.setdefault("method", "btree")
            index.setdefault("concurrently", False)
    for view in out["views"].values():
        if "with" in view and view["with"] is not None:
            options = view["with"]
            view["with"] = {k: options[k] for k in VIEW_WITH_KEYS if k in options}
    return out


def squashed(snapshot: dict[str, Any]) -> dict[str, Any]:
    """``squashPgScheme``: a normalized snapshot with its parts flattened to strings."""
    tables = {}
    for key, table in snapshot["tables"].items():
        columns = {}
        for name, column in table["columns"].items():
            entry = {k: v for k, v in column.items() if k != "identity"}
            if column.get("identity"):
                entry["identity"] = squash_identity(column["identity"])
            columns[name] = entry
        tables[key] = {
            "name": table["name"],
            "schema": table["schema"],
            "columns": columns,
            "indexes": {k: squash_index(v) for k, v in table["indexes"].items()},
            "foreignKeys": {k: squash_fk(v) for k, v in table["foreignKeys"].items()},
            "compositePrimaryKeys": {
                k: squash_pk(v) for k, v in table["compositePrimaryKeys"].items()
            },
            "uniqueConstraints": {
                k: squash_unique(v) for k, v in table["uniqueConstraints"].items()
            },
            "policies": {k: json.dumps(v) for k, v in table["policies"].items()},
            "checkConstraints": {
                k: f"{v['name']};{v['value']}" for k, v in table["checkConstraints"].items()
            },
            "isRLSEnabled": table["isRLSEnabled"],
        }
    sequences = {
        key: {"name": s["name"], "schema": s["schema"], "values": squash_sequence(s)}
        for key, s in snapshot["sequences"].items()
    }
    return {
        "version": "7",
        "dialect": "postgresql",
        "tables": tables,
        "enums": snapshot["enums"],
        "schemas": snapshot["schemas"],
        "views": snapshot["views"],
        "policies": {},
        "sequences": sequences,
        "roles": snapshot["roles"],
    }


# -- one kind each ----------------------------------------------------------------------------
def _fields(text: str, count: int) -> list[str]:
    """``text`` split on ``;`` into exactly ``count`` fields (missing ones empty)."""
    parts = text.split(";")
    return [*parts, *[""] * count][:count]


def squash_index(index: dict[str, Any]) -> str:
    columns = ",,".join(
        f"{c['expression']}--{js(c['isExpression'])}--{js(c['asc'])}--{js(c.get('nulls'))}"
        f"--{c.get('opclass') or ''}"
        for c in index["columns"]
    )
    options = json.dumps(index["with"], separators=(",", ":")) if "with" in index else "undefined"
    return (
        f"{index['name']};{columns};{js(index['isUnique'])};{js(index['concurrently'])};"
        f"{index['method']};{js(index.get('where'))};{options}"
    )


def unsquash_index(text: str) -> dict[str, Any]:
    parts = text.split(";")
    name, columns_text, unique, concurrently, method, where = parts[:6]
    options = parts[6] if len(parts) > 6 else "undefined"
    columns = []
    for item in columns_text.split(",,"):
        expression, is_expression, asc, nulls, opclass = [*item.split("--"), "", "", "", "", ""][:5]
        columns.append(
            {
                "expression": expression,
                "isExpression": is_expression == "true",
                "asc": asc == "true",
                "nulls": nulls,
                "opclass": None if opclass in ("", "undefined") else opclass,
            }
        )
    return {
        "name": name,
        "columns": columns,
        "isUnique": unique == "true",
        "concurrently": concurrently == "true",
        "method": method,
        "where": None if where == "undefined" else where,
        "with": {} if options in ("", "undefined") else json.loads(options),
    }


def squash_fk(fk: dict[str, Any]) -> str:
    return (
        f"{fk['name']};{fk['tableFrom']};{','.join(fk['columnsFrom'])};{fk['tableTo']};"
        f"{','.join(fk['columnsTo'])};{fk.get('onUpdate') or ''};{fk.get('onDelete') or ''};"
        f"{fk.get('schemaTo') or 'public'}"
    )


def unsquash_fk(text: str) -> dict[str, Any]:
    name, table_from, cols_from, table_to, cols_to, on_update, on_delete, schema_to = _fields(
        text, 8
    )
    return {
        "name": name,
        "tableFrom": table_from,
        "columnsFrom": cols_from.split(","),
        "schemaTo": schema_to,
        "tableTo": table_to,
        "columnsTo": cols_to.split(","),
        "onUpdate": on_update,
        "onDelete": on_delete,
    }


def squash_pk(pk: dict[str, Any]) -> str:
    return f"{','.join(pk['columns'])};{pk['name']}"


def unsquash_pk(text: str) -> dict[str, Any]:
    columns, name = _fields(text, 2)
    return {"name": name, "columns": columns.split(",")}


def squash_unique(unique: dict[str, Any]) -> str:
    return f"{unique['name']};{','.join(unique['columns'])};{js(unique['nullsNotDistinct'])}"


def unsquash_unique(text: str) -> dict[str, Any]:
    name, columns, nnd = _fields(text, 3)
    return {"name": name, "columns": columns.split(","), "nullsNotDistinct": nnd == "true"}


def unsquash_check(text: str) -> dict[str, str]:
    name, value = _fields(text, 2)
    return {"name": name, "value": value}


def squash_sequence(seq: dict[str, Any]) -> str:
    cycle = "" if seq.get("cycle") is None else js(seq["cycle"])
    return (
        f"{js(seq.get('minValue'))};{js(seq.get('maxValue'))};{js(seq.get('increment'))};"
        f"{js(seq.get('startWith'))};{js(seq.get('cache'))};{cycle}"
    )


def unsquash_sequence(text: str) -> dict[str, Any]:
    parts = _fields(text, 6)
    values: dict[str, Any] = {}
    for key, part in zip(
        ("minValue", "maxValue", "increment", "startWith", "cache"), parts[:5], strict=True
    ):
        values[key] = None if part == "undefined" else part
    values["cycle"] = parts[5] == "true"
    return values


def squash_identity(identity: dict[str, Any]) -> str:
    cycle = "" if identity.get("cycle") is None else js(identity["cycle"])
    return (
        f"{identity['name']};{identity['type']};{js(identity.get('minValue'))};"
        f"{js(identity.get('maxValue'))};{js(identity.get('increment'))};"
        f"{js(identity.get('startWith'))};{js(identity.get('cache'))};{cycle}"
    )


def unsquash_identity(text: str) -> dict[str, Any]:
    parts = _fields(text, 8)
    values: dict[str, Any] = {"name": parts[0], "type": parts[1]}
    keys = ("minValue", "maxValue", "increment", "startWith", "cache")
    for key, part in zip(keys, parts[2:7], strict=True):
        values[key] = None if part == "undefined" else part
    values["cycle"] = parts[7] == "true"
    return values
