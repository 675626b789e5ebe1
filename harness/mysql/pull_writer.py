"""A MySQL snapshot written as ``harness.mysql`` declarations (``harness pull``).

The inverse of ``harness.mysql.snapshot``: serialising the written module gives back the
snapshot it came from (after the introspector's ``align``), so ``generate`` right after
``pull`` finds nothing to do.  Where the declaration API has no exact form (a type it lacks),
the closest one is written with a ``# TODO`` comment naming what was lost, and the loss is
listed in :attr:`WrittenSchema.todos`.
"""

from __future__ import annotations

import re
from typing import Any

from harness.core.codegen import (
    Module,
    call,
    constraint_actions,
    identifier,
    mapping,
    py_str,
    reference_actions,
)
from harness.core.schema_diff import Edge, WrittenSchema

_INT = re.compile(r"^(tinyint|smallint|mediumint|int|bigint)( unsigned)?$")
_SIZED = re.compile(r"^(varchar|char|binary|varbinary)\((\d+)\)$")
_NUMERIC = re.compile(r"^(decimal|float|double|real)(?:\((\d+)(?:,(\d+))?\))?$")
_TIME = re.compile(r"^(datetime|timestamp|time)(?:\((\d)\))?$")
_NOW = re.compile(r"^\(?(now|current_timestamp)(\(\))?\)?$", re.I)
_CONSTRUCTOR = {"int": "int_", "float": "float_", "json": "json_"}


class MySqlSchemaWriter:
    """``harness.core.parts.SchemaWriter`` for MySQL and MariaDB."""

    def write(self, snapshot: dict[str, Any], casing: str = "camel") -> WrittenSchema:
        module = Module(docstring="Declarations pulled from the database (``harness pull``).")
        todos: list[str] = []
        names = _variable_names(snapshot, casing)
        keys = {
            t: {c: identifier(c, casing) for c in table["columns"]}
            for t, table in snapshot["tables"].items()
        }
        edges: list[Edge] = []
        for table in snapshot["tables"].values():
            module.statements.append(_table(module, table, names, keys, casing, todos, edges))
        for view in snapshot.get("views", {}).values():
            module.statements.append(_view(module, view, names, casing, todos))
        return WrittenSchema(module.render(), edges, todos)


def _variable_names(snapshot: dict[str, Any], casing: str) -> dict[str, str]:
    taken: set[str] = set()
    names = {}
    for name in list(snapshot["tables"]) + list(snapshot.get("views", {})):
        variable = identifier(name, casing)
        while variable in taken:
            variable += "_"
        taken.add(variable)
        names[name] = variable
    return names


def _table(
    module: Module,
    table: dict[str, Any],
    names: dict[str, str],
    keys: dict[str, dict[str, str]],
    casing: str,
    todos: list[str],
    edges: list[Edge],
) -> str:
    name = table["name"]
    var = names[name]
    own = keys[name]
    module.use("harness.mysql", "mysql_table")
    checks = dict(table["checkConstraint"])
    pks = list(table["compositePrimaryKeys"].values())
    single_pk = pks[0]["columns"][0] if pks and len(pks[0]["columns"]) == 1 else None
    uniques = dict(table["uniqueConstraints"])
    inline_unique = {
        u["columns"][0]
        for u in uniques.values()
        if len(u["columns"]) == 1 and u["name"] == f"{name}_{u['columns'][0]}_unique"
    }
    fks = list(table["foreignKeys"].values())
    inline_fk = {
        fk["columnsFrom"][0]: fk
        for fk in fks
        if len(fk["columnsFrom"]) == 1
        and fk["name"] == f"{name}_{fk['columnsFrom'][0]}_{fk['tableTo']}_{fk['columnsTo'][0]}_fk"
        and fk["tableTo"] in names
    }
    columns = []
    for column in table["columns"].values():
        primary = column["name"] == single_pk
        text, comment = _column(module, table, column, own[column["name"]], checks, todos, primary)
        if column["name"] == single_pk:
            text += ".primary_key()"
        if column["name"] in inline_unique:
            text += ".unique()"
        fk = inline_fk.get(column["name"])
        if fk is not None:
            target = names[fk["tableTo"]]
            column_key = keys[fk["tableTo"]].get(fk["columnsTo"][0], fk["columnsTo"][0])
            text += f".references(lambda: {target}.{column_key}{reference_actions(fk)})"
        entry = (py_str(own[column["name"]]), text)
        columns.append((entry, comment))
    extras = []
    if pks and single_pk is None:
        module.use("harness.mysql", "primary_key")
        cols = ", ".join(f"t.{own[c]}" for c in pks[0]["columns"])
        extras.append(f"primary_key([{cols}])")
    for unique in uniques.values():
        if len(unique["columns"]) == 1 and unique["columns"][0] in inline_unique:
            continue
        module.use("harness.mysql", "unique")
        cols = ", ".join(f"t.{own[c]}" for c in unique["columns"])
        extras.append(f"unique({py_str(unique['name'])}).on({cols})")
    for index in table["indexes"].values():
        module.use("harness.mysql", "index")
        cols = ", ".join(f"t.{own[c]}" for c in index["columns"])
        extras.append(f"index({py_str(index['name'])}).on({cols})")
    for fk in fks:
        if fk["columnsFrom"][0] in inline_fk and inline_fk[fk["columnsFrom"][0]] is fk:
            continue
        if fk["tableTo"] not in names:
            todos.append(
                f"{name}: foreign key {fk['name']} references {fk['tableTo']}, which was not "
                "pulled (tables_filter); it is left out"
            )
            continue
        module.use("harness.mysql", "foreign_key")
        target = names[fk["tableTo"]]
        cols = ", ".join(f"t.{own[c]}" for c in fk["columnsFrom"])
        refs = ", ".join(f"{target}.{keys[fk['tableTo']][c]}" for c in fk["columnsTo"])
        extras.append(
            f"foreign_key([{cols}], [{refs}], name={py_str(fk['name'])}){constraint_actions(fk)}"
        )
    for check in checks.values():
        module.use("harness.mysql", "check")
        module.use("harness", "sql")
        extras.append(f"check({py_str(check['name'])}, sql({module.literal(check['value'])}))")
    for fk in fks:
        edges.append(
            Edge(
                var,
                tuple(own[c] for c in fk["columnsFrom"]),
                names.get(fk["tableTo"], fk["tableTo"]),
                tuple(keys.get(fk["tableTo"], {}).get(c, c) for c in fk["columnsTo"]),
            )
        )
    pad = " " * 8
    body = "".join(
        (f"{pad}# TODO: {comment}\n" if comment else "") + f"{pad}{k}: {v},\n"
        for (k, v), comment in columns
    )
    args = [py_str(name), "{\n" + body + "    }"]
    if extras:
        args.append("lambda t: [\n" + "".join(f"{pad}{e},\n" for e in extras) + "    ]")
    return f"{var} = " + call("mysql_table", args, 0)


def _column(
    module: Module,
    table: dict[str, Any],
    column: dict[str, Any],
    key: str,
    checks: dict[str, Any],
    todos: list[str],
    primary: bool = False,
) -> tuple[str, str | None]:
    """The column's builder expression and, when something was lost, a TODO comment."""
    sql_type = str(column["type"])
    name_arg = py_str(column["name"]) if key != column["name"] else ""
    constructor, options, comment = _type(sql_type, column, checks)
    if comment:
        todos.append(f"{table['name']}.{column['name']}: {comment}")
    args = ", ".join(a for a in [name_arg, *options] if a)
    module.use("harness.mysql", _CONSTRUCTOR.get(constructor, constructor))
    text = f"{_CONSTRUCTOR.get(constructor, constructor)}({args})"
    if column.get("autoincrement") and constructor != "serial":
        text += ".autoincrement()"
    generated = column.get("generated")
    if generated:
        module.use("harness", "sql")
        mode = py_str(str(generated["type"]))
        text += f".generated_always_as(sql({module.literal(generated['as'])}), mode={mode})"
    if column.get("notNull") and constructor != "serial" and not primary:
        text += ".not_null()"
    if "default" in column and not generated:
        text += _default(module, column["default"], constructor)
    if column.get("onUpdate"):
        text += ".on_update_now()"
    return text, comment


def _type(
    sql_type: str, column: dict[str, Any], checks: dict[str, Any]
) -> tuple[str, list[str], str | None]:
    if sql_type == "tinyint(1)":
        return "boolean", [], None
    if sql_type == "serial":
        return "serial", [], None
    match = _INT.match(sql_type)
    if match:
        options = ['mode="number"'] if match.group(1) == "bigint" else []
        if match.group(2):
            options.append("unsigned=True")
        return match.group(1), options, None
    match = _SIZED.match(sql_type)
    if match:
        return match.group(1), [f"length={match.group(2)}"], None
    match = _NUMERIC.match(sql_type)
    if match:
        options = []
        if match.group(2):
            options.append(f"precision={match.group(2)}")
        if match.group(3):
            options.append(f"scale={match.group(3)}")
        return match.group(1), options, None
    match = _TIME.match(sql_type)
    if match:
        return match.group(1), [f"fsp={match.group(2)}"] if match.group(2) else [], None
    if sql_type in ("text", "tinytext", "mediumtext", "longtext"):
        check = checks.get(column["name"])
        if sql_type == "longtext" and check and "json_valid" in str(check["value"]):
            del checks[column["name"]]  # MariaDB's json: longtext + json_valid(column)
            return "json", [], None
        return sql_type, [], None
    if sql_type in ("json", "date", "year"):
        return sql_type, [], None
    if sql_type.startswith("enum("):
        values = re.findall(r"'((?:[^']|'')*)'", sql_type)
        listed = ", ".join(py_str(v.replace("''", "'")) for v in values)
        return "mysql_enum", [f"[{listed}]"], None
    return "text", [], f"type {sql_type} has no harness.mysql column; declared as text()"


def _default(module: Module, value: Any, constructor: str) -> str:
    if isinstance(value, bool) or (constructor == "boolean" and value in (0, 1)):
        return f".default({bool(value)})"
    if isinstance(value, (int, float)):
        return f".default({value!r})"
    text = str(value)
    if _NOW.match(text) and constructor in ("timestamp", "datetime"):
        return ".default_now()"
    inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    if inner.startswith("'") and inner.endswith("'") and "'" not in inner[1:-1].replace("''", ""):
        return f".default({py_str(inner[1:-1].replace(chr(39) * 2, chr(39)))})"
    module.use("harness", "sql")
    return f".default(sql({module.literal(text)}))"


def _view(
    module: Module,
    view: dict[str, Any],
    names: dict[str, str],
    casing: str,
    todos: list[str],
) -> str:
    module.use("harness.mysql", "mysql_view")
    module.use("harness", "sql")
    columns = []
    for column in view["columns"].values():
        key = identifier(column["name"], casing)
        text, _ = _column(module, {"name": view["name"]}, column, key, {}, todos)
        columns.append((py_str(key), text))
    head = call("mysql_view", [py_str(view["name"]), mapping(columns, 4)], 0)
    chain = []
    if view.get("algorithm") and view["algorithm"] != "undefined":
        chain.append(f".algorithm({py_str(view['algorithm'])})")
    if view.get("sqlSecurity") and view["sqlSecurity"] != "definer":
        chain.append(f".sql_security({py_str(view['sqlSecurity'])})")
    if view.get("withCheckOption"):
        chain.append(f".with_check_option({py_str(view['withCheckOption'])})")
    chain.append(f".as_(sql({module.literal(str(view['definition']))}))")
    variable = names[view["name"]]
    if len(chain) == 1:  # ruff's layout: a single trailing call stays on the closing line
        return f"{variable} = {head}{chain[0]}"
    body = ("    " + head.replace("\n", "\n    ") + "\n") + "".join(f"    {c}\n" for c in chain)
    return f"{variable} = (\n{body})"
