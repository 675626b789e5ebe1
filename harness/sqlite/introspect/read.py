"""A live SQLite database read into drizzle-kit's SQLite snapshot (version "6").

What is read, and where from:

* tables and views: ``sqlite_master`` (type ``table``/``view``), in creation order;
* columns: ``pragma_table_xinfo`` (the ``x`` form also lists generated columns: ``hidden`` 2
  is VIRTUAL, 3 STORED); the expression of a generated column, and AUTOINCREMENT, come from
  the ``CREATE TABLE`` text (:mod:`.parse`);
* primary keys: the ``pk`` ordinals; one column marks the column, several make a
  ``compositePrimaryKeys`` entry named ``<table>_<columns>_pk`` (drizzle-kit's introspection
  name; ``align`` adopts a declared custom name for the same columns);
* foreign keys: ``pragma_foreign_key_list`` grouped by ``id``, with their actions, named as
  drizzle-kit's introspection names them (SQLite keeps no constraint name for them);
* indexes: ``pragma_index_list`` + ``pragma_index_xinfo``; an expression term (``cid`` -2) and
  a partial index's ``WHERE`` come from the ``CREATE INDEX`` text.  The indexes SQLite makes
  for inline ``PRIMARY KEY``/``UNIQUE`` clauses (``sqlite_autoindex_*``) are left out, as
  drizzle-kit does: drizzle-kit writes every unique as ``CREATE UNIQUE INDEX``;
* checks: from the ``CREATE TABLE`` text; unnamed ones are named ``<table>_check_<n>``;
* views: the body after ``AS`` in ``sqlite_master.sql``; columns from ``pragma_table_xinfo``.

Left out, as drizzle-kit leaves them out: ``sqlite_*`` tables, Cloudflare D1's ``_cf_*``,
Litestream's ``_litestream_*`` and libSQL's ``libsql_*`` tables, and the migrations table.
Where this differs from drizzle-kit's own reader (``fromDatabase``), it is on purpose: drizzle-kit
shares one check dictionary (and counter) between all tables, finds checks with a regular
expression that stops at the first ``)``, reads index terms with ``pragma_index_info``
(expressions and partial-index conditions are lost) and orders composite-key columns by column
position rather than key position.  Tables named ``__new_*`` (a rebuild that did not finish)
are read like any other table, as drizzle-kit reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from harness.sqlite.introspect.parse import parse_index, parse_table, view_definition
from harness.sqlite.snapshot import empty_snapshot

if TYPE_CHECKING:
    from harness.core.database import Database

#: name prefixes of tables that belong to SQLite or its hosts, never to the schema
_INTERNAL = ("sqlite_", "_cf_", "_litestream_", "libsql_")
_NUMBER = re.compile(r"^-?[\d.]+(?:e-?\d+)?$", re.IGNORECASE)
_TIME_KEYWORDS = ("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP")


def default_value(raw: str | None) -> Any:
    """``pragma_table_xinfo.dflt_value`` as drizzle-kit records defaults (None: none).

    SQLite keeps the default as written minus one pair of outer parentheses, so a literal
    number becomes a JSON number, ``true``/``false`` a boolean, a quoted string stays SQL
    text, and anything else (an expression) gets its parentheses back."""
    if raw is None:
        return None
    if _NUMBER.match(raw):
        try:
            number = float(raw)
        except ValueError:  # "1.2.3": not a number after all
            return f"({raw})"
        if "." not in raw and "e" not in raw.lower():
            return int(raw)
        return int(number) if number.is_integer() else number
    if raw.upper() in _TIME_KEYWORDS:
        return f"({raw})"
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if len(raw) >= 2 and raw.startswith("'") and raw.endswith("'"):
        return raw
    return f"({raw})"


def _ignored(name: str, migrations_table: str) -> bool:
    return name == migrations_table or name.lower().startswith(_INTERNAL)


def read_snapshot(
    db: Database, tables: Sequence[str] | None, migrations_table: str
) -> dict[str, Any]:
    """The database as a version-6 snapshot; ``tables`` (when given) limits the tables."""
    wanted = set(tables) if tables is not None else None
    result = empty_snapshot()
    master = db.execute(
        "select type, name, sql from sqlite_master where type in ('table', 'view') "
        "and sql is not null order by rowid"
    )
    for row in master:
        name, sql = str(row["name"]), str(row["sql"])
        if _ignored(name, migrations_table):
            continue
        if row["type"] == "view":
            result["views"][name] = {
                "columns": _columns(db, name, ""),
                "name": name,
                "isExisting": False,
                "definition": view_definition(sql),
            }
        elif wanted is None or name in wanted:
            result["tables"][name] = _table(db, name, sql, result["internal"])
    return result


def _columns(db: Database, table: str, sql: str) -> dict[str, Any]:
    """The columns of a table or view; the primary-key flag is set by :func:`_table`."""
    text = parse_table(sql)
    columns: dict[str, Any] = {}
    for row in db.execute("select * from pragma_table_xinfo(?) order by cid", [table]):
        if row["hidden"] == 1:  # a virtual table's hidden column, not part of its schema
            continue
        name = str(row["name"])
        declared = text.columns.get(name)
        column: dict[str, Any] = {
            "name": name,
            "type": str(row["type"] or "").lower(),
            "primaryKey": False,
            "notNull": row["notnull"] == 1,
            "autoincrement": bool(declared and declared.autoincrement and row["pk"]),
        }
        if row["hidden"] in (2, 3):
            expression = declared.generated[0] if declared and declared.generated else "()"
            kind = "virtual" if row["hidden"] == 2 else "stored"
            column["generated"] = {"as": expression, "type": kind}
        default = default_value(row["dflt_value"])
        if default is not None:
            column["default"] = default
        columns[name] = column
    return columns


def _table(db: Database, name: str, sql: str, internal: dict[str, Any]) -> dict[str, Any]:
    columns = _columns(db, name, sql)
    pk = sorted(
        (row["pk"], row["name"])
        for row in db.execute("select name, pk from pragma_table_xinfo(?) where pk > 0", [name])
    )
    composite: dict[str, Any] = {}
    if len(pk) == 1:
        columns[pk[0][1]]["primaryKey"] = True
    elif pk:
        names = [str(c) for _, c in pk]
        key = f"{name}_{'_'.join(names)}_pk"
        composite[key] = {"columns": names, "name": key}
    checks: dict[str, Any] = {}
    for number, check in enumerate(parse_table(sql).checks, start=1):
        check_name = check.name or f"{name}_check_{number}"
        checks[check_name] = {"name": check_name, "value": check.value}
    return {
        "name": name,
        "columns": columns,
        "indexes": _indexes(db, name, internal),
        "foreignKeys": _foreign_keys(db, name),
        "compositePrimaryKeys": composite,
        "uniqueConstraints": {},
        "checkConstraints": checks,
    }


def _foreign_keys(db: Database, table: str) -> dict[str, Any]:
    grouped: dict[int, dict[str, Any]] = {}
    for row in db.execute(
        "select * from pragma_foreign_key_list(?) order by id desc, seq", [table]
    ):
        fk = grouped.setdefault(
            int(row["id"]),
            {
                "name": "",
                "tableFrom": table,
                "tableTo": str(row["table"]),
                "columnsFrom": [],
                "columnsTo": [],
                "onDelete": str(row["on_delete"]).lower(),
                "onUpdate": str(row["on_update"]).lower(),
            },
        )
        fk["columnsFrom"].append(str(row["from"]))
        fk["columnsTo"].append(row["to"])
    found: dict[str, Any] = {}
    for fk in grouped.values():
        if any(c is None for c in fk["columnsTo"]):  # REFERENCES parent: its primary key
            fk["columnsTo"] = [
                str(r["name"])
                for r in db.execute(
                    "select name from pragma_table_info(?) where pk > 0 order by pk",
                    [fk["tableTo"]],
                )
            ]
        fk["columnsTo"] = [str(c) for c in fk["columnsTo"]]
        fk["name"] = "_".join([table, *fk["columnsFrom"], fk["tableTo"], *fk["columnsTo"], "fk"])
        found[fk["name"]] = fk
    return found


def _indexes(db: Database, table: str, internal: dict[str, Any]) -> dict[str, Any]:
    """The table's ``CREATE INDEX`` indexes; expression terms are also recorded in the
    snapshot's ``internal`` as drizzle-kit does for declarations."""
    found: dict[str, Any] = {}
    for row in db.execute(
        'select l.name, l."unique" as is_unique, l.origin, m.sql '
        "from pragma_index_list(?) l join sqlite_master m on m.name = l.name "
        "and m.type = 'index' order by l.seq desc",
        [table],
    ):
        if row["origin"] != "c" or row["sql"] is None:
            continue
        index_name = str(row["name"])
        terms, where = parse_index(str(row["sql"]))
        columns: list[str] = []
        for term in db.execute(
            "select seqno, cid, name from pragma_index_xinfo(?) where key = 1 order by seqno",
            [index_name],
        ):
            if term["cid"] == -2:
                expression = terms[term["seqno"]] if term["seqno"] < len(terms) else ""
                entry = internal["indexes"].setdefault(index_name, {"columns": {}})
                entry["columns"][expression] = {"isExpression": True}
                columns.append(expression)
            else:
                columns.append(str(term["name"]) if term["cid"] >= 0 else "rowid")
        index: dict[str, Any] = {
            "name": index_name,
            "columns": columns,
            "isUnique": row["is_unique"] == 1,
        }
        if where is not None:
            index["where"] = where
        found[index_name] = index
    return found
