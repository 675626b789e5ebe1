"""A SQLite snapshot written as ``harness.sqlite`` declarations (``harness pull``).

The inverse of ``harness.sqlite.snapshot``: serialising the written module gives back the
snapshot it came from (after the introspector's ``align``), so ``generate`` right after
``pull`` finds nothing to do and the written module recreates the same tables.

What the snapshot cannot tell apart is written in its plain form, as drizzle-kit's
introspection does: ``integer(mode="boolean"|"timestamp")`` are both ``integer``, the json
modes of ``text``/``blob`` are ``text``/``blob``, the modes of ``numeric`` are ``numeric``.
SQLite keeps every unique in ``indexes``: a one-column unique index with the default name
(``<table>_<column>_unique``) becomes ``.unique()``, any other ``unique_index(name)``.
Where the declaration API has no exact form (a type name outside integer/text/real/numeric/
blob, a foreign key to a table that was not pulled, an index on ``rowid``), the closest form
is written with a ``# TODO`` comment naming what was lost, and the loss is listed in
:attr:`WrittenSchema.todos`.  A view's column types are not a loss: SQLite derives them from
the query (an expression has none), and they are written with the closest column.

A default SQLite reads back the same with or without parentheses (``x'00ff'``, ``NULL``,
``CURRENT_TIMESTAMP``) is written bare; an expression keeps its parentheses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from harness.core.codegen import (
    HOISTED,
    VIEW_ATTRIBUTES,
    Module,
    call,
    constraint_actions,
    identifier,
    py_str,
    reference_actions,
)
from harness.core.schema_diff import Edge, WrittenSchema
from harness.core.table import _RESERVED
from harness.sqlite.table import SQLiteTable, SQLiteView

_PACKAGE = "harness.sqlite"
_TEXT = re.compile(r"^text\((\d+)\)$")
#: a parenthesised literal that ``DEFAULT`` takes bare (a blob, NULL, a time keyword, a
#: number the reader did not take for a JSON number, such as ``1e+21``)
_BARE = re.compile(
    r"^\((x'[0-9a-f]*'|null|current_time|current_date|current_timestamp"
    r"|[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)\)$",
    re.IGNORECASE,
)
_PLAIN = ("integer", "text", "real", "numeric", "blob")
#: names the written module imports (or ``relations.py`` and the extras lambda use): a table
#: or view variable never takes one of them
_TAKEN = frozenset(
    {
        "sqlite_table",
        "sqlite_view",
        "integer",
        "text",
        "real",
        "numeric",
        "blob",
        "index",
        "unique_index",
        "primary_key",
        "foreign_key",
        "check",
        "sql",
        "relations",
        "t",
        "r",
    }
)


#: what a table or view object keeps in its own attributes: never a column key
_OWN = _RESERVED | VIEW_ATTRIBUTES


class SQLiteSchemaWriter:
    """``harness.core.parts.SchemaWriter`` for SQLite."""

    def write(self, snapshot: dict[str, Any], casing: str = "camel") -> WrittenSchema:
        module = Module(docstring="Declarations pulled from the database (``harness pull``).")
        tables = snapshot.get("tables", {})
        views = snapshot.get("views", {})
        names = _variable_names([*tables, *views], casing)
        keys = {t: _column_keys(table["columns"], casing) for t, table in tables.items()}
        internal = snapshot.get("internal", {}).get("indexes", {})
        written = WrittenSchema("")
        for table in tables.values():
            writer = _TableWriter(module, table, names, keys, internal, written)
            module.statements.append(writer.write())
        for view in views.values():
            module.statements.append(_view(module, view, names, casing))
        written.source = module.render()
        return written


def _variable_names(entities: list[str], casing: str) -> dict[str, str]:
    taken: set[str] = set(_TAKEN)
    names = {}
    for name in entities:
        variable = identifier(name, casing)
        while variable in taken or HOISTED.match(variable):
            variable += "_"
        taken.add(variable)
        names[name] = variable
    return names


def _column_keys(columns: dict[str, Any], casing: str) -> dict[str, str]:
    """A distinct identifier per column, none shadowing an attribute of the table object."""
    taken: set[str] = set()
    keys = {}
    for name in columns:
        key = identifier(name, casing)
        while key in taken or (
            key.startswith("_")
            and (key in _OWN or hasattr(SQLiteTable, key) or hasattr(SQLiteView, key))
        ):
            key += "_"
        taken.add(key)
        keys[name] = key
    return keys


def _sql(module: Module, text: str) -> str:
    """``sql("...")`` of raw SQL text (braces doubled: ``sql`` reads ``{}`` as a slot)."""
    module.use("harness", "sql")
    return f"sql({module.literal(text.replace('{', '{{').replace('}', '}}'))})"


@dataclass
class _TableWriter:
    module: Module
    table: dict[str, Any]
    names: dict[str, str]
    keys: dict[str, dict[str, str]]
    internal: dict[str, Any]
    written: WrittenSchema
    #: ``# TODO`` lines above a column (by column name) and above the table
    comments: dict[str, list[str]] = field(default_factory=dict)
    table_comments: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    #: the foreign keys written (inline or in the extras), in the database's order
    fks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def own(self) -> dict[str, str]:
        return self.keys[self.table["name"]]

    def todo(self, column: str | None, text: str) -> None:
        """A loss: a ``# TODO`` above the column (or the table) and a line in ``todos``."""
        if column is None:
            self.table_comments.append(text)
        else:
            self.comments.setdefault(column, []).append(text)
        where = f"{self.table['name']}.{column}" if column else self.table["name"]
        self.written.todos.append(f"{where}: {text}")

    def write(self) -> str:
        table = self.table
        name = table["name"]
        self.module.use(_PACKAGE, "sqlite_table")
        composite = list(table["compositePrimaryKeys"].values())
        inline_unique, indexes = self._split_indexes()
        inline_fk, fks = self._split_foreign_keys()
        columns = []
        for column in table["columns"].values():
            text = self._column(column, column["name"] in inline_unique)
            for fk in inline_fk.get(column["name"], []):
                target = self.names[fk["tableTo"]]
                column_key = self.keys[fk["tableTo"]][fk["columnsTo"][0]]
                text += f".references(lambda: {target}.{column_key}{reference_actions(fk)})"
            columns.append((column["name"], text))
        for pk in composite:
            self._primary_key(pk)
        for index in indexes:
            self._index(index)
        for fk in fks:
            self._foreign_key(fk)
        for chk in table["checkConstraints"].values():
            self.module.use(_PACKAGE, "check")
            self.extras.append(f"check({py_str(chk['name'])}, {_sql(self.module, chk['value'])})")
        self._edges()

        pad = " " * 8
        body = "".join(
            "".join(f"{pad}# TODO: {c}\n" for c in self.comments.get(column_name, []))
            + f"{pad}{py_str(self.own[column_name])}: {text},\n"
            for column_name, text in columns
        )
        args = [py_str(name), "{\n" + body + "    }"]
        if self.extras:
            args.append("lambda t: [\n" + "".join(f"{pad}{e},\n" for e in self.extras) + "    ]")
        head = "".join(f"# TODO: {c}\n" for c in self.table_comments)
        return head + f"{self.names[name]} = " + call("sqlite_table", args, 0)

    # -- columns ----------------------------------------------------------------------------
    def _column(self, column: dict[str, Any], unique: bool) -> str:
        name = column["name"]
        key = self.own[name]
        constructor, options = self._type(column)
        self.module.use(_PACKAGE, constructor)
        args = ", ".join(a for a in [py_str(name) if key != name else "", *options] if a)
        text = f"{constructor}({args})"
        not_null = bool(column.get("notNull"))
        if column.get("primaryKey"):
            if column.get("autoincrement") and constructor == "integer":
                text += ".primary_key(auto_increment=True)"
                if not not_null:
                    self.todo(name, "AUTOINCREMENT without NOT NULL: declared NOT NULL")
            elif not_null:
                text += ".primary_key()"
            else:  # a one-column primary_key([...]) marks the column but not NOT NULL
                self.module.use(_PACKAGE, "primary_key")
                self.extras.append(f"primary_key([t.{key}])")
            not_null = False
        if not_null:
            text += ".not_null()"
        generated = column.get("generated")
        if generated:
            expression = str(generated["as"])
            if expression.startswith("(") and expression.endswith(")"):
                expression = expression[1:-1]
            mode = py_str(str(generated.get("type") or "virtual"))
            text += f".generated_always_as({_sql(self.module, expression)}, mode={mode})"
        elif "default" in column:
            text += f".default({_default(self.module, column['default'])})"
        if unique:
            text += ".unique()"
        return text

    def _type(self, column: dict[str, Any]) -> tuple[str, list[str]]:
        sql_type = str(column["type"])
        if sql_type in _PLAIN:
            return sql_type, []
        match = _TEXT.match(sql_type)
        if match:
            return "text", [f"length={match.group(1)}"]
        closest = _affinity(sql_type)
        self.todo(
            column["name"],
            f"type {sql_type or '(none)'} has no harness.sqlite column; declared as "
            f"{closest}() (the same affinity)",
        )
        return closest, []

    # -- indexes ----------------------------------------------------------------------------
    def _split_indexes(self) -> tuple[set[str], list[dict[str, Any]]]:
        """The columns written with ``.unique()`` and the indexes left for the extras."""
        name = self.table["name"]
        inline: set[str] = set()
        rest = []
        for index in self.table["indexes"].values():
            columns = index["columns"]
            if (
                index["isUnique"]
                and len(columns) == 1
                and "where" not in index
                and columns[0] in self.table["columns"]
                and columns[0] not in inline
                and index["name"] == f"{name}_{columns[0]}_unique"
                and not self._expression(index["name"], columns[0])
            ):
                inline.add(columns[0])
            else:
                rest.append(index)
        return inline, rest

    def _expression(self, index: str, column: str) -> bool:
        entry = self.internal.get(index, {}).get("columns", {}).get(column, {})
        return bool(entry.get("isExpression"))

    def _index(self, index: dict[str, Any]) -> None:
        terms = []
        for column in index["columns"]:
            if self._expression(index["name"], column):
                terms.append(_sql(self.module, column))
            elif column in self.own:
                terms.append(f"t.{self.own[column]}")
            else:
                self.todo(
                    None,
                    f"index {index['name']} is on {column}, not a declared column; it is left out",
                )
                return
        function = "unique_index" if index["isUnique"] else "index"
        self.module.use(_PACKAGE, function)
        text = f"{function}({py_str(index['name'])}).on({', '.join(terms)})"
        if index.get("where"):
            text += f".where({_sql(self.module, index['where'])})"
        self.extras.append(text)

    # -- keys -------------------------------------------------------------------------------
    def _primary_key(self, pk: dict[str, Any]) -> None:
        self.module.use(_PACKAGE, "primary_key")
        columns = ", ".join(f"t.{self.own[c]}" for c in pk["columns"])
        default = "_".join([self.table["name"], *pk["columns"], "pk"])
        name = f", name={py_str(pk['name'])}" if pk.get("name", default) != default else ""
        self.extras.append(f"primary_key([{columns}]{name})")

    def _split_foreign_keys(self) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
        """Foreign keys written inline (``.references``) by column, and the rest.

        The table lists inline references first, in column order, then table-level ones, and
        ``CREATE TABLE`` writes them in that order: a key is inline only when the database's
        order stays the same."""
        fks = self.fks = [fk for fk in self.table["foreignKeys"].values() if self._pullable(fk)]
        position = {c: i for i, c in enumerate(self.table["columns"])}
        count = 0  # inline: the longest run of one-column keys, from the first, in column order
        while (
            count < len(fks)
            and len(fks[count]["columnsFrom"]) == 1
            and (
                count == 0
                or position[fks[count]["columnsFrom"][0]]
                >= position[fks[count - 1]["columnsFrom"][0]]
            )
        ):
            count += 1
        inline: dict[str, list[dict[str, Any]]] = {}
        for fk in fks[:count]:
            inline.setdefault(fk["columnsFrom"][0], []).append(fk)
        return inline, fks[count:]

    def _pullable(self, fk: dict[str, Any]) -> bool:
        target = fk["tableTo"]
        if target not in self.keys:
            self.todo(
                None,
                f"foreign key {fk['name']} references {target}, which was not pulled; it is "
                "left out",
            )
            return False
        missing = [c for c in fk["columnsTo"] if c not in self.keys[target]]
        missing += [c for c in fk["columnsFrom"] if c not in self.own]
        if missing:
            self.todo(
                None,
                f"foreign key {fk['name']} is on {', '.join(missing)}, not a declared column; "
                "it is left out",
            )
            return False
        return True

    def _foreign_key(self, fk: dict[str, Any]) -> None:
        self.module.use(_PACKAGE, "foreign_key")
        own_table = fk["tableTo"] == self.table["name"]
        target = "t" if own_table else self.names[fk["tableTo"]]
        columns = ", ".join(f"t.{self.own[c]}" for c in fk["columnsFrom"])
        refs = ", ".join(f"{target}.{self.keys[fk['tableTo']][c]}" for c in fk["columnsTo"])
        self.extras.append(f"foreign_key([{columns}], [{refs}]){constraint_actions(fk)}")

    def _edges(self) -> None:
        for fk in self.fks:
            target_keys = self.keys[fk["tableTo"]]
            self.written.edges.append(
                Edge(
                    self.names[self.table["name"]],
                    tuple(self.own[c] for c in fk["columnsFrom"]),
                    self.names[fk["tableTo"]],
                    tuple(target_keys[c] for c in fk["columnsTo"]),
                )
            )


def _affinity(sql_type: str) -> str:
    """The column whose type has the same affinity (SQLite's rules, section 3.1 of its
    datatype documentation)."""
    lowered = sql_type.lower()
    if "int" in lowered:
        return "integer"
    if any(word in lowered for word in ("char", "clob", "text")):
        return "text"
    if "blob" in lowered or not lowered:
        return "blob"
    if any(word in lowered for word in ("real", "floa", "doub")):
        return "real"
    return "numeric"


def _default(module: Module, value: Any) -> str:
    """A snapshot default as ``.default(...)``'s argument: a Python literal where the
    declaration serialises back to the same text, else ``sql(...)``."""
    if isinstance(value, (bool, int, float)):
        return repr(value)
    text = str(value)
    if len(text) >= 2 and text.startswith("'") and text.endswith("'"):
        inner = text[1:-1]
        if "'" not in inner.replace("''", ""):
            return module.literal(inner.replace("''", "'"))
    if _BARE.match(text):
        # SQLite reads `DEFAULT x'00ff'` and `DEFAULT (x'00ff')` back alike and the reader
        # parenthesises both: a literal is written in the form needing no parentheses
        text = text[1:-1]
    return _sql(module, text)


def _view(module: Module, view: dict[str, Any], names: dict[str, str], casing: str) -> str:
    module.use(_PACKAGE, "sqlite_view")
    keys = _column_keys(view["columns"], casing)
    lines = []
    for column in view["columns"].values():
        name = column["name"]
        sql_type = str(column["type"])
        match = _TEXT.match(sql_type)
        if sql_type in _PLAIN:
            constructor, options = sql_type, ""
        elif match:
            constructor, options = "text", f"length={match.group(1)}"
        else:
            # a view column's type is informative only: SQLite derives it from the query
            constructor, options = _affinity(sql_type), ""
        module.use(_PACKAGE, constructor)
        args = ", ".join(a for a in [py_str(name) if keys[name] != name else "", options] if a)
        text = f"{constructor}({args})"
        if column.get("notNull"):
            text += ".not_null()"
        lines.append(f"        {py_str(keys[name])}: {text},\n")
    columns = "{\n" + "".join(lines) + "    }"
    head = call("sqlite_view", [py_str(view["name"]), columns], 0)
    definition = _sql(module, str(view["definition"]))
    return f"{names[view['name']]} = {head}.as_({definition})"


__all__ = ["SQLiteSchemaWriter"]
