"""A live MySQL/MariaDB database read into drizzle-kit's MySQL snapshot (``push``, ``pull``).

The catalog is ``information_schema`` of the current database (``columns``, ``statistics``,
``key_column_usage`` + ``referential_constraints``, ``check_constraints``, ``views``) plus
``SHOW CREATE VIEW`` for a view's algorithm, read the way drizzle-kit's introspection reads it:
single- and multi-column primary keys become ``compositePrimaryKeys`` named
``<table>_<columns>``, unique indexes ``uniqueConstraints``, the index MySQL creates for a
foreign key is left out.  Unlike drizzle-kit, MariaDB's spellings are normalised on the way in
(``int(11)`` -> ``int``, string defaults quoted SQL-style, ``NULL`` defaults dropped, function
defaults in parentheses), so the same catalog reads the same on MySQL 8 and MariaDB.

:meth:`MySqlIntrospector.align` then rewrites what the server spells differently from the
declarations but means the same (``tinyint(1)`` for ``boolean``, ``longtext`` + its
``json_valid`` check for MariaDB's ``json``, ``now()`` vs ``current_timestamp()``, a view's
definition as the server re-wrote it), so a push of unchanged declarations finds nothing to do.
It also leaves out the index MySQL created for a foreign key that has since been dropped (the
server keeps it; it is named after the key, ``..._fk``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from harness.mysql.snapshot import empty_snapshot

if TYPE_CHECKING:
    from harness.core.database import Database

#: MariaDB's and MySQL 5's default display widths, which MySQL 8 no longer reports
_DISPLAY_WIDTH = re.compile(r"^(tinyint|smallint|mediumint|int|bigint)\((\d+)\)")
_DEFAULT_WIDTHS = {"tinyint": "4", "smallint": "6", "mediumint": "9", "int": "11", "bigint": "20"}
_UNSIGNED_WIDTHS = {"tinyint": "3", "smallint": "5", "mediumint": "8", "int": "10", "bigint": "20"}
_NUMBER = re.compile(r"^-?[\d.]+(?:e-?\d+)?$")


def _type(column_type: str) -> str:
    """``int(11)`` -> ``int`` (a default width); ``tinyint(1)`` (boolean) is kept."""
    match = _DISPLAY_WIDTH.match(column_type)
    if match:
        unsigned = column_type[match.end() :].startswith(" unsigned")
        widths = _UNSIGNED_WIDTHS if unsigned else _DEFAULT_WIDTHS
        if widths[match.group(1)] == match.group(2):
            column_type = match.group(1) + column_type[match.end() :]
    if column_type.startswith("decimal(10,0)"):
        column_type = "decimal" + column_type[len("decimal(10,0)") :]
    return column_type


def _default(raw: Any, column_type: str, extra: str) -> Any:
    """``COLUMN_DEFAULT`` as drizzle-kit records defaults (None: no default)."""
    if raw is None or raw == "NULL":
        return None
    text = str(raw)
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:  # MariaDB's literal
        inner = text[1:-1].replace("\\'", "'").replace("''", "'").replace("\\\\", "\\")
        return "'" + inner.replace("'", "''") + "'"
    numeric_type = not any(column_type.startswith(t) for t in ("decimal", "char", "varchar"))
    if _NUMBER.match(text) and numeric_type:
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number
    if "DEFAULT_GENERATED" in extra or not _is_mysql_literal(text, column_type):
        return f"({text})"
    return "'" + text.replace("'", "''") + "'"


def _is_mysql_literal(text: str, column_type: str) -> bool:
    """MySQL 8 reports literal defaults unquoted; MariaDB quotes them (handled above), so an
    unquoted value there is an expression such as ``current_timestamp()``."""
    return not re.match(r"^[a-z_]+\(.*\)$", text, re.IGNORECASE) and text.upper() not in (
        "CURRENT_TIMESTAMP",
        "CURRENT_DATE",
    )


class MySqlIntrospector:
    """``harness.core.parts.Introspector`` for MySQL and MariaDB."""

    def snapshot(
        self,
        db: Database,
        tables: Sequence[str] | None = None,
        migrations_table: str = "__drizzle_migrations",
    ) -> dict[str, Any]:
        """The current database as a snapshot; ``tables`` limits it to those names."""
        wanted = set(tables) if tables is not None else None
        result = empty_snapshot()
        found: dict[str, Any] = {}

        def keep(name: str) -> bool:
            return name != migrations_table and (wanted is None or name in wanted)

        for row in db.execute(
            "select table_name as t, column_name as c, column_type as ct, is_nullable as n, "
            "column_default as d, extra as e, generation_expression as g "
            "from information_schema.columns where table_schema = database() "
            "order by table_name, ordinal_position"
        ):
            if not keep(row["t"]):
                continue
            table = found.setdefault(
                row["t"],
                {
                    "name": row["t"],
                    "columns": {},
                    "indexes": {},
                    "foreignKeys": {},
                    "compositePrimaryKeys": {},
                    "uniqueConstraints": {},
                    "checkConstraint": {},
                },
            )
            extra = str(row["e"] or "")
            column_type = _type(str(row["ct"]))
            column: dict[str, Any] = {
                "name": row["c"],
                "type": column_type,
                "primaryKey": False,
                "notNull": row["n"] == "NO",
                "autoincrement": "auto_increment" in extra.lower(),
            }
            if "on update current_timestamp" in extra.lower():
                column["onUpdate"] = True
            if row["g"]:
                column["generated"] = {
                    "as": str(row["g"]),
                    "type": "virtual" if extra.upper().startswith("VIRTUAL") else "stored",
                }
            else:
                default = _default(row["d"], column_type, extra)
                if default is not None:
                    column["default"] = default
            table["columns"][row["c"]] = column

        pk_columns: dict[str, list[str]] = {}
        unique: dict[tuple[str, str], list[str]] = {}
        plain: dict[tuple[str, str], list[str]] = {}
        for row in db.execute(
            "select table_name as t, index_name as i, non_unique as nu, column_name as c "
            "from information_schema.statistics where table_schema = database() "
            "order by table_name, index_name, seq_in_index"
        ):
            if row["t"] not in found:
                continue
            if row["i"] == "PRIMARY":
                pk_columns.setdefault(row["t"], []).append(row["c"])
            elif int(row["nu"]) == 0:
                unique.setdefault((row["t"], row["i"]), []).append(row["c"])
            else:
                plain.setdefault((row["t"], row["i"]), []).append(row["c"])
        for name, cols in pk_columns.items():
            pk_name = f"{name}_{'_'.join(cols)}"
            found[name]["compositePrimaryKeys"][pk_name] = {"name": pk_name, "columns": cols}

        for row in db.execute(
            "select k.table_name as t, k.constraint_name as n, k.column_name as c, "
            "k.referenced_table_name as rt, k.referenced_column_name as rc, "
            "r.update_rule as u, r.delete_rule as d "
            "from information_schema.key_column_usage k "
            "join information_schema.referential_constraints r "
            "on r.constraint_schema = k.constraint_schema "
            "and r.constraint_name = k.constraint_name and r.table_name = k.table_name "
            "where k.table_schema = database() and k.referenced_table_name is not null "
            "order by k.table_name, k.constraint_name, k.ordinal_position"
        ):
            if row["t"] not in found:
                continue
            fk = found[row["t"]]["foreignKeys"].setdefault(
                row["n"],
                {
                    "name": row["n"],
                    "tableFrom": row["t"],
                    "tableTo": row["rt"],
                    "columnsFrom": [],
                    "columnsTo": [],
                    "onDelete": str(row["d"]).lower(),
                    "onUpdate": str(row["u"]).lower(),
                },
            )
            fk["columnsFrom"].append(row["c"])
            fk["columnsTo"].append(row["rc"])

        for (name, index), cols in sorted(unique.items()):
            found[name]["uniqueConstraints"][index] = {"name": index, "columns": cols}
        for (name, index), cols in sorted(plain.items()):
            if index in found[name]["foreignKeys"]:
                continue  # the index MySQL creates for a foreign key of the same name
            found[name]["indexes"][index] = {"name": index, "columns": cols, "isUnique": False}

        for row in db.execute(
            "select t.table_name as t, c.constraint_name as n, c.check_clause as v "
            "from information_schema.table_constraints t "
            "join information_schema.check_constraints c "
            "on c.constraint_schema = t.constraint_schema "
            "and c.constraint_name = t.constraint_name "
            "where t.table_schema = database() and t.constraint_type = 'CHECK' "
            "order by t.table_name, c.constraint_name"
        ):
            if row["t"] in found:
                found[row["t"]]["checkConstraint"][row["n"]] = {
                    "name": row["n"],
                    "value": str(row["v"]),
                }

        database = str(db.execute("select database() as d")[0]["d"])
        for row in db.execute(
            "select table_name as t, view_definition as d, check_option as c, "
            "security_type as s from information_schema.views where table_schema = database() "
            "order by table_name"
        ):
            columns = found.pop(row["t"], {}).get("columns", {})
            if not keep(row["t"]):
                continue
            created = db.execute(f"show create view {db.dialect.escape_name(row['t'])}")
            text = str(created[0].get("Create View", ""))
            algorithm = re.search(r"ALGORITHM=(\w+)", text)
            view: dict[str, Any] = {
                "columns": columns,
                "name": row["t"],
                "isExisting": False,
                # the server qualifies every name with the database: keep the text portable
                "definition": str(row["d"]).replace(f"`{database}`.", ""),
            }
            if row["c"] and row["c"] != "NONE":
                view["withCheckOption"] = str(row["c"]).lower()
            view["algorithm"] = algorithm.group(1).lower() if algorithm else "undefined"
            view["sqlSecurity"] = str(row["s"]).lower()
            result["views"][row["t"]] = view

        result["tables"] = {name: found[name] for name in sorted(found)}
        return result

    def align(self, live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
        """``live`` with every value the server spells differently from ``declared`` but
        that means the same rewritten in the declared spelling (see the module docstring)."""
        for name, table in live["tables"].items():
            target = declared["tables"].get(name)
            if target is None:
                continue
            for column_name, column in table["columns"].items():
                wanted = target["columns"].get(column_name)
                if wanted is not None:
                    _align_column(column, wanted, table)
            _align_checks(table, target)
            for index in [i for i in table["indexes"] if i not in target["indexes"]]:
                # the index MySQL made for a foreign key stays when the key is dropped;
                # drizzle-kit's foreign keys are named ``..._fk``: leave it to the server
                if index.endswith("_fk") and index not in target["foreignKeys"]:
                    del table["indexes"][index]
        for name, view in live["views"].items():
            target = declared["views"].get(name)
            if target is not None:
                # drizzle-kit's push never alters a view's definition (the server rewrites it)
                view["definition"] = target["definition"]
                view["columns"] = target["columns"]
        return live


def _align_column(column: dict[str, Any], wanted: dict[str, Any], table: dict[str, Any]) -> None:
    if column["type"] != wanted["type"] and _same_type(
        column["type"], wanted["type"], table, column
    ):
        column["type"] = wanted["type"]
        if wanted["type"] == "json":
            table["checkConstraint"].pop(column["name"], None)
    both = column.keys() & wanted.keys()
    if "default" in both and _same_default(column["default"], wanted["default"], wanted["type"]):
        column["default"] = wanted["default"]
    if "generated" in both and _same_expression(column["generated"], wanted["generated"]):
        column["generated"] = {**column["generated"], "as": wanted["generated"]["as"]}
    if wanted["type"] == "serial" and column["type"] == "serial":
        # serial = bigint unsigned not null auto_increment unique: its unique index is implied
        for key in [
            k for k, u in table["uniqueConstraints"].items() if u["columns"] == [column["name"]]
        ]:
            del table["uniqueConstraints"][key]


def _same_expression(live: dict[str, Any], declared: dict[str, Any]) -> bool:
    return _squeeze(str(live["as"])) == _squeeze(str(declared["as"]))


def _same_type(live: str, declared: str, table: dict[str, Any], column: dict[str, Any]) -> bool:
    if declared == "boolean":
        return live == "tinyint(1)"
    if declared == "json":
        check = table["checkConstraint"].get(column["name"], {}).get("value", "")
        return live == "longtext" and "json_valid" in check
    if declared == "serial":
        return live == "bigint unsigned" and column.get("autoincrement") is True
    return _squeeze(live) == _squeeze(declared)


def _same_default(live: Any, declared: Any, declared_type: str) -> bool:
    if declared_type == "boolean" and isinstance(declared, bool):
        return bool(live == (1 if declared else 0))
    if isinstance(declared, str) and isinstance(live, str):
        return _unwrap(live) == _unwrap(declared)
    return bool(live == declared)


_NOW = re.compile(r"\b(now|current_timestamp|localtimestamp|localtime)\s*(\(\s*\))?", re.I)


def _unwrap(text: str) -> str:
    """A default without the parentheses MySQL needs around expressions, with ``now()`` and
    its synonyms spelled one way."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return _NOW.sub("current_timestamp()", text).lower()


def _squeeze(text: str) -> str:
    return re.sub(r"[\s`]", "", text).lower()


def _align_checks(table: dict[str, Any], target: dict[str, Any]) -> None:
    qualifier = f"`{table['name']}`."
    for name, check in table["checkConstraint"].items():
        wanted = target["checkConstraint"].get(name)
        if wanted is None:
            continue
        if _squeeze(check["value"]) == _squeeze(wanted["value"].replace(qualifier, "")):
            check["value"] = wanted["value"]
