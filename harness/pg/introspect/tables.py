"""Catalog rows grouped into snapshot tables and views.

Constraints are read as drizzle-kit records them: a single-column primary key under
PostgreSQL's own name for a column-level key (``<table>_pkey``) marks the column
``primaryKey``; any other primary key is a ``compositePrimaryKeys`` entry under its name.
Indexes that back a constraint (primary key, unique, exclusion) are not indexes of the
snapshot.  A foreign key names ``schemaTo`` only outside ``public``, as the serializer does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from harness.pg.introspect.catalog import Catalog
from harness.pg.introspect.columns import column_entry
from harness.pg.introspect.sqltext import unwrap

_ACTIONS = {
    "a": "no action",
    "r": "restrict",
    "n": "set null",
    "c": "cascade",
    "d": "set default",
}
#: PostgreSQL's identifier limit (NAMEDATALEN - 1)
_MAX_NAME = 63


def default_pkey_name(table: str) -> str:
    """The name PostgreSQL gives a column-level PRIMARY KEY: ``<table>_pkey``, the table
    part cut so the whole fits in an identifier."""
    room = _MAX_NAME - len("_pkey")
    encoded = table.encode()
    if len(encoded) > room:
        table = encoded[:room].decode(errors="ignore")
    return f"{table}_pkey"


def _empty_table(name: str, schema: str, rls: bool) -> dict[str, Any]:
    return {
        "name": name,
        "schema": "" if schema == "public" else schema,
        "columns": {},
        "indexes": {},
        "foreignKeys": {},
        "compositePrimaryKeys": {},
        "uniqueConstraints": {},
        "policies": {},
        "checkConstraints": {},
        "isRLSEnabled": rls,
    }


def policy_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One policy as the snapshot holds it; ``using``/``withCheck`` in the server's words."""
    entry: dict[str, Any] = {
        "name": row["name"],
        "as": str(row["permissive"]).upper(),
        "for": str(row["cmd"]).upper(),
        "to": sorted(row["roles"] or ["public"]),
    }
    if row["qual"] is not None:
        entry["using"] = row["qual"]
    if row["with_check"] is not None:
        entry["withCheck"] = row["with_check"]
    return entry


def owned_sequences(catalog: Catalog) -> dict[tuple[int, int], dict[str, Any]]:
    """Sequences owned by a column (serial ``a``, identity ``i``), keyed ``(rel, attnum)``."""
    return {
        (int(row["owner_rel"]), int(row["owner_num"])): row
        for row in catalog.sequences
        if row["owner_rel"] is not None and row["owner_num"]
    }


def build_tables(
    catalog: Catalog, relations: dict[int, dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    """The snapshot table of each table oid in ``relations``."""
    owned = owned_sequences(catalog)
    tables = {
        oid: _empty_table(rel["name"], rel["schema"], bool(rel["rls"]))
        for oid, rel in relations.items()
    }
    for row in catalog.policies:
        table = tables.get(int(row["rel"]))
        if table is not None:
            table["policies"][row["name"]] = policy_entry(row)
    for row in catalog.columns:
        table = tables.get(int(row["rel"]))
        if table is None:
            continue
        schema = relations[int(row["rel"])]["schema"]
        column = column_entry(row, schema, owned.get((int(row["rel"]), int(row["num"]))))
        table["columns"][column["name"]] = column
    for row in catalog.constraints:
        table = tables.get(int(row["rel"]))
        if table is not None:
            _add_constraint(table, row)
    _add_indexes(catalog, tables)
    return tables


def _add_constraint(table: dict[str, Any], row: dict[str, Any]) -> None:
    name, kind, columns = str(row["name"]), row["kind"], list(row["columns"] or [])
    if kind == "p":
        column_level = len(columns) == 1 and name == default_pkey_name(table["name"])
        if column_level and columns[0] in table["columns"]:
            table["columns"][columns[0]]["primaryKey"] = True
            return
        table["compositePrimaryKeys"][name] = {"name": name, "columns": columns}
    elif kind == "u":
        table["uniqueConstraints"][name] = {
            "name": name,
            "nullsNotDistinct": "NULLS NOT DISTINCT" in str(row["definition"]).upper(),
            "columns": columns,
        }
    elif kind == "f":
        fk: dict[str, Any] = {
            "name": name,
            "tableFrom": table["name"],
            "tableTo": str(row["foreign_table"]),
        }
        if row["foreign_schema"] != "public":
            fk["schemaTo"] = str(row["foreign_schema"])
        fk["columnsFrom"] = columns
        fk["columnsTo"] = list(row["foreign_columns"] or [])
        fk["onDelete"] = _ACTIONS.get(str(row["on_delete"]), "no action")
        fk["onUpdate"] = _ACTIONS.get(str(row["on_update"]), "no action")
        table["foreignKeys"][name] = fk
    elif kind == "c":
        table["checkConstraints"][name] = {"name": name, "value": check_value(row["definition"])}


def check_value(definition: Any) -> str:
    """``CHECK ((amount > 0)) NOT VALID`` -> ``amount > 0``."""
    text = re.sub(r"\s+NOT VALID$", "", str(definition).strip())
    text = re.sub(r"\s+NO INHERIT$", "", text)
    if text.upper().startswith("CHECK"):
        text = text[len("CHECK") :].strip()
    return unwrap(text)


def _options(values: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values or []:
        key, _, value = str(item).partition("=")
        out[key] = value
    return out


def _add_indexes(catalog: Catalog, tables: dict[int, dict[str, Any]]) -> None:
    grouped: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in catalog.index_keys:
        if int(row["rel"]) in tables:
            grouped[(int(row["rel"]), str(row["name"]))].append(row)
    for (rel, name), rows in grouped.items():
        first = rows[0]
        columns = []
        for row in rows:
            option = int(row["option"] or 0)
            column: dict[str, Any]
            if row["column_name"] is not None:
                column = {"expression": str(row["column_name"]), "isExpression": False}
            else:
                column = {"expression": str(row["expression"]), "isExpression": True}
            column["asc"] = not option & 1
            column["nulls"] = "first" if option & 2 else "last"
            if row["opclass"] is not None and not row["opclass_default"]:
                column["opclass"] = str(row["opclass"])
            columns.append(column)
        entry: dict[str, Any] = {"name": name, "columns": columns, "isUnique": first["is_unique"]}
        if first["where"] is not None:
            entry["where"] = str(first["where"])
        entry["concurrently"] = False
        entry["method"] = str(first["method"])
        entry["with"] = _options(first["options"])
        tables[rel]["indexes"][name] = entry


def build_view(rel: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """A snapshot view: its definition as ``pg_get_viewdef`` prints it on one line, its
    ``reloptions`` as camel-cased ``with`` options with JSON values."""
    definition = re.sub(r"\s+", " ", str(rel["definition"] or "")).strip()
    definition = definition.removesuffix(";").strip()
    view: dict[str, Any] = {
        "columns": columns,
        "definition": definition,
        "name": rel["name"],
        "schema": rel["schema"],
        "isExisting": False,
    }
    options = {_camel(k): _option_value(v) for k, v in _options(rel["options"]).items()}
    if options:
        view["with"] = options
    materialized = rel["kind"] == "m"
    if rel["tablespace"] is not None:
        view["tablespace"] = str(rel["tablespace"])
    if materialized and rel["access_method"] not in (None, "heap"):
        view["using"] = str(rel["access_method"])
    view["materialized"] = materialized
    return view


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _option_value(value: str) -> Any:
    if value in ("true", "false"):
        return value == "true"
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in value else number
