"""The SQL text drizzle-kit 1.0 writes for each MySQL statement record, byte for byte.

Shapes worth knowing: ``CREATE TABLE`` ends in ``);\\n``; a one-column primary key is written
on its column (which then drops its ``NOT NULL``), a composite one as an unnamed ``CONSTRAINT
PRIMARY KEY(...)``; unique indexes of a created table are ``CONSTRAINT ... UNIQUE INDEX(...)``
lines; inline foreign keys carry no actions; a ``serial`` column is not given
``AUTO_INCREMENT`` in ``CREATE TABLE`` but is in ``ADD``/``MODIFY``; foreign keys and checks
are dropped with ``DROP CONSTRAINT``, and the index MySQL made for a dropped foreign key
with a ``DROP INDEX`` that has no ``;``; a view body is parenthesised in ``CREATE`` but not
in ``ALTER``.
"""

from __future__ import annotations

from typing import Any

from harness.mysql.v1.diff import Statement


def _column_tail(column: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """(charset+collation, default, on update, generated, not null) clauses."""
    charset = f" CHARACTER SET {column['charSet']}" if column["charSet"] else ""
    charset += f" COLLATE {column['collation']}" if column["collation"] else ""
    default = f" DEFAULT {column['default']}" if column["default"] is not None else ""
    on_update = ""
    if column["onUpdateNow"]:
        fsp = column["onUpdateNowFsp"]
        on_update = " ON UPDATE CURRENT_TIMESTAMP" + (f"({fsp})" if fsp else "")
    generated = ""
    if column["generated"]:
        gen = column["generated"]
        generated = f" GENERATED ALWAYS AS ({gen['as']}) {str(gen['type']).upper()}"
    not_null = " NOT NULL" if column["notNull"] else ""
    return charset, default, on_update, generated, not_null


def create_table(table: dict[str, Any]) -> str:
    pk = table["pk"]
    lines: list[str] = []
    for column in table["columns"]:
        on_column = (
            pk is not None and len(pk["columns"]) == 1 and pk["columns"][0] == column["name"]
        )
        charset, default, on_update, generated, not_null = _column_tail(column)
        auto = " AUTO_INCREMENT" if column["autoIncrement"] and column["type"] != "serial" else ""
        lines.append(
            f"\t`{column['name']}` {column['type']}{charset}{auto}"
            f"{' PRIMARY KEY' if on_column else ''}{generated}"
            f"{'' if on_column else not_null}{default}{on_update}"
        )
    if pk is not None and len(pk["columns"]) > 1:
        lines.append(f"\tCONSTRAINT PRIMARY KEY(`{'`,`'.join(pk['columns'])}`)")
    for unique in (i for i in table["indexes"] if i["isUnique"]):
        lines.append(f"\tCONSTRAINT `{unique['name']}` UNIQUE INDEX({_index_columns(unique)})")
    for fk in table["fks"]:
        lines.append(
            f"\tCONSTRAINT `{fk['name']}` FOREIGN KEY (`{'`,`'.join(fk['columns'])}`) "
            f"REFERENCES `{fk['tableTo']}`(`{'`,`'.join(fk['columnsTo'])}`)"
        )
    for check in table["checks"]:
        lines.append(f"\tCONSTRAINT `{check['name']}` CHECK({check['value']})")
    return f"CREATE TABLE `{table['name']}` (\n" + ",\n".join(lines) + "\n);\n"


def add_column(column: dict[str, Any], pk: bool) -> str:
    charset, default, on_update, generated, not_null = _column_tail(column)
    return (
        f"ALTER TABLE `{column['table']}` ADD `{column['name']}` {column['type']}{charset}"
        f"{' PRIMARY KEY' if pk else ''}{' AUTO_INCREMENT' if column['autoIncrement'] else ''}"
        f"{default}{generated}{not_null}{on_update};"
    )


def alter_column(column: dict[str, Any], pk: bool, was_pk: bool) -> str:
    charset, default, on_update, generated, not_null = _column_tail(column)
    return (
        f"ALTER TABLE `{column['table']}` MODIFY COLUMN `{column['name']}` {column['type']}"
        f"{charset}{' PRIMARY KEY' if pk and not was_pk else ''}"
        f"{' AUTO_INCREMENT' if column['autoIncrement'] else ''}"
        f"{default}{generated}{not_null}{on_update};"
    )


def drop_column(column: dict[str, Any]) -> str:
    return f"ALTER TABLE `{column['table']}` DROP COLUMN `{column['name']}`;"


def _index_columns(index: dict[str, Any]) -> str:
    return ",".join(
        str(c["value"]) if c["isExpression"] else f"`{c['value']}`" for c in index["columns"]
    )


def create_index(index: dict[str, Any]) -> str:
    kind = "UNIQUE INDEX" if index["isUnique"] else "INDEX"
    return f"CREATE {kind} `{index['name']}` ON `{index['table']}` ({_index_columns(index)});"


def create_fk(fk: dict[str, Any]) -> str:
    on_delete = f" ON DELETE {fk['onDelete']}" if fk["onDelete"] != "NO ACTION" else ""
    on_update = f" ON UPDATE {fk['onUpdate']}" if fk["onUpdate"] != "NO ACTION" else ""
    source = ",".join(f"`{c}`" for c in fk["columns"])
    target = ",".join(f"`{c}`" for c in fk["columnsTo"])
    return (
        f"ALTER TABLE `{fk['table']}` ADD CONSTRAINT `{fk['name']}` FOREIGN KEY ({source}) "
        f"REFERENCES `{fk['tableTo']}`({target}){on_delete}{on_update};"
    )


def create_view(view: dict[str, Any], replace: bool) -> str:
    text = "CREATE " + ("OR REPLACE " if replace else "")
    text += f"ALGORITHM = {view['algorithm']} " if view["algorithm"] else ""
    text += f"SQL SECURITY {view['sqlSecurity']} " if view["sqlSecurity"] else ""
    text += f"VIEW `{view['name']}` AS ({view['definition']})"
    text += f" WITH {view['withCheckOption']} CHECK OPTION" if view["withCheckOption"] else ""
    return text + ";"


def alter_view(view: dict[str, Any]) -> str:
    text = f"ALTER ALGORITHM = {view['algorithm']} SQL SECURITY {view['sqlSecurity']} "
    text += f"VIEW `{view['name']}` AS {view['definition']}"
    text += f" WITH {view['withCheckOption']} CHECK OPTION" if view["withCheckOption"] else ""
    return text + ";"


def render_one(statement: Statement) -> list[str]:
    """The SQL of one statement record (a dropped foreign key may take two)."""
    d = statement.data
    kind = statement.type
    if kind == "create_table":
        return [create_table(d["table"])]
    if kind == "drop_table":
        return [f"DROP TABLE `{d['table']}`;"]
    if kind in ("rename_table", "rename_view"):
        return [f"RENAME TABLE `{d['old']}` TO `{d['new']}`;"]
    if kind == "rename_column":
        return [f"ALTER TABLE `{d['table']}` RENAME COLUMN `{d['old']}` TO `{d['new']}`;"]
    if kind == "add_column":
        return [add_column(d["column"], d["pk"])]
    if kind == "drop_column":
        return [drop_column(d["column"])]
    if kind == "alter_column":
        return [alter_column(d["column"], d["pk"], d["was_pk"])]
    if kind == "recreate_column":
        return [drop_column(d["column"]), add_column(d["column"], d["pk"])]
    if kind == "create_index":
        return [create_index(d["index"])]
    if kind == "drop_index":
        return [f"DROP INDEX `{d['index']['name']}` ON `{d['index']['table']}`;"]
    if kind == "create_fk":
        return [create_fk(d["fk"])]
    if kind == "create_pk":
        columns = "`,`".join(d["pk"]["columns"])
        return [f"ALTER TABLE `{d['pk']['table']}` ADD PRIMARY KEY (`{columns}`);"]
    if kind == "drop_pk":
        return [f"ALTER TABLE `{d['pk']['table']}` DROP PRIMARY KEY;"]
    if kind == "create_check":
        check = d["check"]
        return [
            f"ALTER TABLE `{check['table']}` ADD CONSTRAINT `{check['name']}` "
            f"CHECK ({check['value']});"
        ]
    if kind == "drop_constraint":
        out = [f"ALTER TABLE `{d['table']}` DROP CONSTRAINT `{d['name']}`;"]
        if d.get("index"):
            out.append(f"DROP INDEX `{d['name']}` ON `{d['table']}`")
        return out
    if kind == "create_view":
        return [create_view(d["view"], d["replace"])]
    if kind == "drop_view":
        return [f"DROP VIEW `{d['name']}`;"]
    if kind == "alter_view":
        return [alter_view(d["view"])]
    raise ValueError(f"unknown statement type {kind!r}")


def render(statements: list[Statement]) -> list[str]:
    """The SQL of every record, in order."""
    return [text for statement in statements for text in render_one(statement)]


__all__ = ["create_table", "render", "render_one"]
