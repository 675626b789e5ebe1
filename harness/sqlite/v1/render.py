"""The SQL text drizzle-kit 1.0 writes for each SQLite statement, byte for byte.

Shapes worth knowing: ``CREATE TABLE`` ends in ``;\\n``; foreign keys are always table
constraints with their name (``CONSTRAINT `fk_...` FOREIGN KEY``), never inline; a one-column
primary key is written on the column (``PRIMARY KEY``) unless it was named; an
``ALTER TABLE ... ADD`` names its reference unquoted (``REFERENCES t(id)``); ``DROP INDEX``
says ``IF EXISTS``; a recreation copies the columns the old and new table share (by name,
generated ones left out), which fixes 0.31's copying of columns the old table lacks.
"""

from __future__ import annotations

from typing import Any

from harness.sqlite.v1.plan import Statement


def _actions(fk: dict[str, Any]) -> str:
    text = ""
    if fk["onUpdate"] and fk["onUpdate"] != "NO ACTION":
        text += f" ON UPDATE {fk['onUpdate']}"
    if fk["onDelete"] and fk["onDelete"] != "NO ACTION":
        text += f" ON DELETE {fk['onDelete']}"
    return text


def create_table(table: dict[str, Any]) -> str:
    name, pk, uniques = table["name"], table["pk"], table["uniques"]
    lines: list[str] = []
    for column in table["columns"]:
        on_column = (
            pk is not None
            and len(pk["columns"]) == 1
            and pk["columns"][0] == column["name"]
            and pk["table"] == column["table"]
        )
        omit_not_null = on_column and column["type"].lower().startswith("int")
        text = f"`{column['name']}` {column['type']}"
        if on_column and not pk["nameExplicit"]:
            text += " PRIMARY KEY"
        if column["autoincrement"]:
            text += " AUTOINCREMENT"
        if column["default"]:
            text += f" DEFAULT {column['default']}"
        generated = column["generated"]
        if generated:
            text += f" GENERATED ALWAYS AS {generated['as']} {generated['type'].upper()}"
        if column["notNull"] and not omit_not_null:
            text += " NOT NULL"
        unique = next(
            (
                u
                for u in uniques
                if len(u["columns"]) == 1
                and u["columns"][0] == column["name"]
                and u["table"] == column["table"]
            ),
            None,
        )
        if unique is not None:
            text += (
                f" CONSTRAINT `{unique['name']}` UNIQUE" if unique["nameExplicit"] else " UNIQUE"
            )
        lines.append(text)
    statement = f"CREATE TABLE `{name}` (\n\t" + ",\n\t".join(lines)
    if pk is not None and (len(pk["columns"]) > 1 or pk["nameExplicit"]):
        columns = ", ".join(f"`{c}`" for c in pk["columns"])
        statement += f",\n\tCONSTRAINT `{pk['name']}` PRIMARY KEY({columns})"
    for fk in table["fks"]:
        source = ",".join(f"`{c}`" for c in fk["columns"])
        target = ",".join(f"`{c}`" for c in fk["columnsTo"])
        statement += (
            f",\n\tCONSTRAINT `{fk['name']}` FOREIGN KEY ({source}) "
            f"REFERENCES `{fk['tableTo']}`({target}){_actions(fk)}"
        )
    for unique in (u for u in uniques if len(u["columns"]) > 1):
        columns = "`,`".join(unique["columns"])
        statement += f",\n\tCONSTRAINT `{unique['name']}` UNIQUE(`{columns}`)"
    for check in table["checks"]:
        statement += f',\n\tCONSTRAINT "{check["name"]}" CHECK({check["value"]})'
    return statement + "\n);\n"


def add_column(column: dict[str, Any], fk: dict[str, Any] | None) -> str:
    text = f"ALTER TABLE `{column['table']}` ADD `{column['name']}` {column['type']}"
    if column["default"] is not None:
        text += f" DEFAULT {column['default']}"
    generated = column["generated"]
    if generated:
        text += f" GENERATED ALWAYS AS {generated['as']} {generated['type'].upper()}"
    if column["notNull"]:
        text += " NOT NULL"
    if fk is not None:
        reference = f" REFERENCES {fk['tableTo']}({','.join(fk['columnsTo'])}){_actions(fk)}"
        if fk["nameExplicit"]:
            reference = f" CONSTRAINT `{fk['name']}`" + reference
        text += reference
    return text + ";"


def drop_column(column: dict[str, Any]) -> str:
    return f"ALTER TABLE `{column['table']}` DROP COLUMN `{column['name']}`;"


def create_index(index: dict[str, Any]) -> str:
    kind = "UNIQUE INDEX" if index["isUnique"] else "INDEX"
    on = ",".join(c["value"] if c["isExpression"] else f"`{c['value']}`" for c in index["columns"])
    where = f" WHERE {index['where']}" if index["where"] else ""
    return f"CREATE {kind} `{index['name']}` ON `{index['table']}` ({on}){where};"


def recreate_table(to: dict[str, Any], from_: dict[str, Any]) -> list[str]:
    """Six statements: foreign keys off, ``__new_<t>``, copy, drop, rename, foreign keys on."""
    name = to["name"]
    new_name = f"__new_{name}"
    kept = {c["name"]: c for c in to["columns"]}
    copied = ", ".join(
        f"`{c['name']}`"
        for c in from_["columns"]
        if not c["generated"] and c["name"] in kept and not kept[c["name"]]["generated"]
    )
    temporary = {
        **to,
        "name": new_name,
        "checks": [{**c, "table": new_name} for c in to["checks"]],
    }
    return [
        "PRAGMA foreign_keys=OFF;",
        create_table(temporary),
        f"INSERT INTO `{new_name}`({copied}) SELECT {copied} FROM `{name}`;",
        f"DROP TABLE `{name}`;",
        f"ALTER TABLE `{new_name}` RENAME TO `{name}`;",
        "PRAGMA foreign_keys=ON;",
    ]


def render(statement: Statement) -> list[str]:
    """The SQL of one statement."""
    d = statement.data
    kind = statement.type
    if kind == "create_table":
        return [create_table(d["table"])]
    if kind == "recreate_table":
        return recreate_table(d["to"], d["from"])
    if kind == "drop_table":
        return [f"DROP TABLE `{d['table']}`;"]
    if kind == "rename_table":
        return [f"ALTER TABLE `{d['from']}` RENAME TO `{d['to']}`;"]
    if kind == "rename_column":
        return [f"ALTER TABLE `{d['table']}` RENAME COLUMN `{d['from']}` TO `{d['to']}`;"]
    if kind == "add_column":
        return [add_column(d["column"], d["fk"])]
    if kind == "drop_column":
        return [drop_column(d["column"])]
    if kind == "recreate_column":
        return [drop_column(d["column"]), add_column(d["column"], d["fk"])]
    if kind == "create_index":
        return [create_index(d["index"])]
    if kind == "drop_index":
        return [f"DROP INDEX IF EXISTS `{d['index']['name']}`;"]
    if kind == "create_view":
        definition = d["view"]["definition"]
        body = "null" if definition is None else definition
        return [f"CREATE VIEW `{d['view']['name']}` AS {body};"]
    if kind == "drop_view":
        return [f"DROP VIEW `{d['view']['name']}`;"]
    raise ValueError(f"unknown statement type {kind!r}")


__all__ = ["add_column", "create_index", "create_table", "recreate_table", "render"]
