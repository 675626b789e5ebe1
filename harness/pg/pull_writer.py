"""A PostgreSQL snapshot written as ``harness.pg`` declarations (``harness pull``).

The inverse of ``harness.pg.snapshot``: serialising the written module gives back the
snapshot it came from (after the introspector's ``align``), so ``generate`` right after
``pull`` finds nothing to do and the written module recreates the same schema.

Choices, where the declaration API offers more than one form:

* schemas other than ``public`` are ``pg_schema("shop")`` variables, and their tables, views,
  enums and sequences are declared on them; a variable of an object outside ``public`` is
  named after the object and its schema (``ordersInShop``), as drizzle-kit names it;
* a primary key PostgreSQL named ``<table>_pkey`` on one column is ``.primary_key()``, any
  other is ``primary_key([...])`` (with its name unless it is the default one);
* a one-column unique constraint or foreign key with drizzle's default name is written
  inline (``.unique()``, ``.references(lambda: ...)``), any other at table level
  (``unique(...)``, ``foreign_key([...], [...])``, named unless the name is the default);
* a default is a Python value where the declaration serialises back to the same text
  (strings, numbers, booleans, JSON objects and arrays, ``now()``, ``gen_random_uuid()``),
  else ``sql(...)``; identity options are written only where they differ from what an
  identity without options gets;
* a view's columns are written with the closest column type: PostgreSQL derives them from the
  query, so they are not a loss.

Where the declaration API has no exact form (a type it lacks, row level security, an index
operator class or storage option, a descending expression in an index, a view's tablespace
or access method, a foreign key to a table that was not pulled), the closest form is written
with a ``# TODO`` comment naming what was lost, and the loss is listed in
:attr:`WrittenSchema.todos`.
"""

from __future__ import annotations

import json
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
from harness.pg.introspect.sqltext import literal_text
from harness.pg.table import PgTable, PgView

_PACKAGE = "harness.pg"
_ARRAY = re.compile(r"(\[\d*\])+$")
_SIZED = re.compile(r"^(varchar|char)(?:\((\d+)\))?$")
_NUMERIC = re.compile(r"^numeric(?:\((\d+)(?:,\s*(\d+))?\))?$")
_TIMESTAMP = re.compile(r"^(timestamp|time)(?:\s*\((\d)\))?( with time zone)?$")
_INTERVAL = re.compile(
    r"^interval(?: (year to month|day to hour|day to minute|day to second|hour to minute"
    r"|hour to second|minute to second|year|month|day|hour|minute|second))?(?:\((\d)\))?$"
)
#: types written with a constructor of their own name and no options
_PLAIN = {
    "integer": "integer",
    "smallint": "smallint",
    "bigint": "bigint",
    "serial": "serial",
    "smallserial": "smallserial",
    "bigserial": "bigserial",
    "boolean": "boolean",
    "text": "text",
    "json": "json_",
    "jsonb": "jsonb",
    "uuid": "uuid",
    "date": "date",
    "real": "real",
    "double precision": "double_precision",
    "inet": "inet",
    "cidr": "cidr",
    "macaddr": "macaddr",
    "macaddr8": "macaddr8",
    "point": "point",
    "line": "line",
}
_SERIALS = ("serial", "smallserial", "bigserial")
#: constructors whose builder has ``.default_now()``
_NOW_TYPES = ("timestamp", "date", "time")
_IDENTITY_MAX = {"integer": "2147483647", "bigint": "9223372036854775807"}
_BIGINT_MAX = "9223372036854775807"
_BIGINT_MIN = "-9223372036854775808"
#: names the written module imports (or ``relations.py`` and the extras lambda use): a
#: variable never takes one of them
_TAKEN = frozenset(
    {
        *_PLAIN.values(),
        "numeric",
        "varchar",
        "char",
        "timestamp",
        "time",
        "interval",
        "pg_table",
        "pg_schema",
        "pg_enum",
        "pg_view",
        "pg_materialized_view",
        "pg_sequence",
        "index",
        "unique_index",
        "unique",
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


class PgSchemaWriter:
    """``harness.core.parts.SchemaWriter`` for PostgreSQL."""

    def write(self, snapshot: dict[str, Any], casing: str = "camel") -> WrittenSchema:
        return _Writer(snapshot, casing).write()


def _sql(module: Module, text: str) -> str:
    """``sql("...")`` of raw SQL text (braces doubled: ``sql`` reads ``{}`` as a slot)."""
    module.use("harness", "sql")
    return f"sql({module.literal(text.replace('{', '{{').replace('}', '}}'))})"


def _schema_of(entry: dict[str, Any]) -> str:
    return str(entry.get("schema") or "public")


def _key(entry: dict[str, Any]) -> str:
    return f"{_schema_of(entry)}.{entry['name']}"


def _column_keys(
    columns: dict[str, Any], casing: str, owner: type[PgTable | PgView] = PgTable
) -> dict[str, str]:
    """A distinct identifier per column, none shadowing an attribute of the table or view
    object (``_columns``, a view's ``as_``...)."""
    taken: set[str] = set()
    keys = {}
    for name in columns:
        key = identifier(name, casing)
        while key in taken or key in _OWN or hasattr(owner, key):
            key += "_"
        taken.add(key)
        keys[name] = key
    return keys


@dataclass
class _Writer:
    snapshot: dict[str, Any]
    casing: str
    module: Module = field(
        default_factory=lambda: Module(
            docstring="Declarations pulled from the database (``harness pull``)."
        )
    )
    written: WrittenSchema = field(default_factory=lambda: WrittenSchema(""))
    #: variable names: schemas by name, the others by ``schema.name``
    schemas: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    views: dict[str, str] = field(default_factory=dict)
    enums: dict[str, str] = field(default_factory=dict)
    sequences: dict[str, str] = field(default_factory=dict)
    #: column keys by table key, then column name
    keys: dict[str, dict[str, str]] = field(default_factory=dict)
    _taken: set[str] = field(default_factory=lambda: set(_TAKEN))
    #: ``custom_type`` constructors declared for types without one, by type
    custom_types: dict[str, str] = field(default_factory=dict)

    # -- names ------------------------------------------------------------------------------
    def _variable(self, name: str, schema: str, suffix: str = "") -> str:
        base = name if schema == "public" else f"{name}_in_{schema}"
        variable = identifier(base, self.casing)
        if suffix and (variable in self._taken or HOISTED.match(variable)):
            variable = identifier(f"{base}_{suffix}", self.casing)
        while variable in self._taken or HOISTED.match(variable):
            variable += "_"
        self._taken.add(variable)
        return variable

    def _names(self) -> None:
        snap = self.snapshot
        for key, table in snap.get("tables", {}).items():
            self.tables[key] = self._variable(table["name"], _schema_of(table))
            self.keys[key] = _column_keys(table["columns"], self.casing)
        for key, view in snap.get("views", {}).items():
            self.views[key] = self._variable(view["name"], _schema_of(view))
        for key, enum in snap.get("enums", {}).items():
            self.enums[key] = self._variable(enum["name"], _schema_of(enum), "enum")
        for key, sequence in snap.get("sequences", {}).items():
            self.sequences[key] = self._variable(sequence["name"], _schema_of(sequence), "seq")
        for name in snap.get("schemas", {}):
            if name != "public":
                self.schemas[name] = self._variable(name, "public", "schema")

    def _function(self, schema: str, public: str, method: str) -> str:
        """``pg_table`` (imported) in ``public``, ``<schema variable>.table`` elsewhere."""
        if schema == "public":
            self.module.use(_PACKAGE, public)
            return public
        if schema not in self.schemas:  # an object in a schema the snapshot does not list
            self.module.use(_PACKAGE, "pg_schema")
            self.schemas[schema] = self._variable(schema, "public", "schema")
            self._schema_statement(schema)
        return f"{self.schemas[schema]}.{method}"

    def _schema_statement(self, schema: str) -> None:
        self.module.use(_PACKAGE, "pg_schema")
        self.module.statements.append(f"{self.schemas[schema]} = pg_schema({py_str(schema)})")

    def todo(self, where: str, text: str) -> None:
        self.written.todos.append(f"{where}: {text}")

    # -- the module -------------------------------------------------------------------------
    def write(self) -> WrittenSchema:
        self._names()
        for schema in self.schemas:
            self._schema_statement(schema)
        for key, enum in self.snapshot.get("enums", {}).items():
            self._enum(key, enum)
        for key, sequence in self.snapshot.get("sequences", {}).items():
            self._sequence(key, sequence)
        for key, table in self.snapshot.get("tables", {}).items():
            statement = _TableWriter(self, key, table).write()
            if statement:
                self.module.statements.append(statement)
        for key, view in self.snapshot.get("views", {}).items():
            self.module.statements.append(self._view(key, view))
        self.written.source = self.module.render()
        return self.written

    def _enum(self, key: str, enum: dict[str, Any]) -> None:
        function = self._function(_schema_of(enum), "pg_enum", "enum")
        values = ", ".join(py_str(v) for v in enum["values"])
        self.module.statements.append(
            f"{self.enums[key]} = {function}({py_str(enum['name'])}, [{values}])"
        )

    def _sequence(self, key: str, sequence: dict[str, Any]) -> None:
        function = self._function(_schema_of(sequence), "pg_sequence", "sequence")
        increment = str(sequence["increment"])
        negative = _number(increment) < 0
        options: list[str] = []
        if increment != "1":
            options.append(f"increment_by={increment}")
        min_value = str(sequence["minValue"])
        max_value = str(sequence["maxValue"])
        if min_value != (_BIGINT_MIN if negative else "1"):
            options.append(f"min_value={min_value}")
        if max_value != ("-1" if negative else _BIGINT_MAX):
            options.append(f"max_value={max_value}")
        if str(sequence["startWith"]) != (max_value if negative else min_value):
            options.insert(0, f"start_with={sequence['startWith']}")
        if str(sequence["cache"]) != "1":
            options.append(f"cache={sequence['cache']}")
        if sequence.get("cycle"):
            options.append("cycle=True")
        args = ", ".join([py_str(sequence["name"]), *options])
        self.module.statements.append(f"{self.sequences[key]} = {function}({args})")

    # -- columns ----------------------------------------------------------------------------
    def column_type(self, column: dict[str, Any], key: str) -> tuple[str, str, str | None]:
        """``(expression, constructor, loss)``: the column's constructor call with its
        ``.array()`` calls; an unknown type is ``text()`` and ``loss`` says so."""
        name = column["name"]
        sql_type = str(column["type"])
        match = _ARRAY.search(sql_type)
        dims = match.group(0).count("[") if match else 0
        base = sql_type[: match.start()] if match else sql_type
        name_arg = py_str(name) if key != name else ""
        found, options = self._constructor(base, column)
        loss = None
        if found is None and "typeSchema" not in column:
            # a type with no constructor of its own: Drizzle's customType keeps it exactly
            return f"{self._custom_type(base)}({name_arg})" + ".array()" * dims, "custom", None
        if found is None:
            loss = f"type {sql_type} has no harness.pg column; declared as text()"
            found, options, dims = "text", [], 0
        constructor = found
        if constructor.startswith("enum:"):
            call_text = f"{constructor[5:]}({name_arg})"
        else:
            self.module.use(_PACKAGE, constructor)
            call_text = f"{constructor}({', '.join(a for a in [name_arg, *options] if a)})"
        return call_text + ".array()" * dims, constructor, loss

    def _custom_type(self, base: str) -> str:
        """The module-level ``<type> = custom_type("<type>")`` constructor for ``base``."""
        if base not in self.custom_types:
            variable = self._variable(base.strip('"'), "public", "type")
            self.module.use(_PACKAGE, "custom_type")
            self.module.constants.append(f"{variable} = custom_type({py_str(base.strip(chr(34)))})")
            self.custom_types[base] = variable
        return self.custom_types[base]

    def _constructor(self, base: str, column: dict[str, Any]) -> tuple[str | None, list[str]]:
        if "typeSchema" in column:
            enum = self.enums.get(f"{column['typeSchema']}.{base}")
            return (f"enum:{enum}", []) if enum else (None, [])
        if base in _PLAIN:
            return _PLAIN[base], []
        match = _SIZED.match(base)
        if match:
            return match.group(1), [f"length={match.group(2)}"] if match.group(2) else []
        match = _NUMERIC.match(base)
        if match:
            options = []
            if match.group(1):
                options.append(f"precision={match.group(1)}")
            if match.group(2):
                options.append(f"scale={match.group(2)}")
            return "numeric", options
        match = _TIMESTAMP.match(base)
        if match:
            options = []
            if match.group(3):
                options.append("with_timezone=True")
            if match.group(2):
                options.append(f"precision={match.group(2)}")
            return match.group(1), options
        match = _INTERVAL.match(base)
        if match:
            options = []
            if match.group(1):
                options.append(f"fields={py_str(match.group(1))}")
            if match.group(2):
                options.append(f"precision={match.group(2)}")
            return "interval", options
        return None, []

    def default(self, value: Any, constructor: str, sql_type: str) -> str:
        """``.default(...)`` (or its shorthand) of a snapshot default."""
        if isinstance(value, bool):
            return f".default({value})"
        if isinstance(value, (int, float)):
            return f".default({value!r})"
        text = str(value)
        if text == "now()" and constructor in _NOW_TYPES:
            return ".default_now()"
        if text == "gen_random_uuid()" and constructor == "uuid":
            return ".default_random()"
        if not sql_type.endswith("]"):
            if constructor in ("json_", "jsonb"):
                parsed = _json_default(text, "json" if constructor == "json_" else "jsonb")
                if parsed is not None:
                    return f".default({parsed})"
            else:
                literal = literal_text(text)
                if literal is not None:
                    return f".default({self.module.literal(literal)})"
        return f".default({_sql(self.module, text)})"

    # -- views ------------------------------------------------------------------------------
    def _view(self, key: str, view: dict[str, Any]) -> str:
        schema = _schema_of(view)
        materialized = bool(view.get("materialized"))
        if materialized:
            function = self._function(schema, "pg_materialized_view", "materialized_view")
        else:
            function = self._function(schema, "pg_view", "view")
        keys = _column_keys(view["columns"], self.casing, PgView)
        lines = []
        for column in view["columns"].values():
            # a view's column types come from its query: the closest column is no loss
            text, _, _ = self.column_type(column, keys[column["name"]])
            lines.append(f"        {py_str(keys[column['name']])}: {text},\n")
        comments = []
        for option in ("tablespace", "using"):
            if option in view:
                comment = (
                    f"{'materialized view' if materialized else 'view'} {option} "
                    f"{view[option]} has no declaration; it is left out"
                )
                comments.append(f"# TODO: {comment}\n")
                self.todo(view["name"], comment)
        head = call(function, [py_str(view["name"]), "{\n" + "".join(lines) + "    }"], 0)
        chain = []
        if view.get("with"):
            options = ", ".join(f"{_snake(k)}={_py_value(v)}" for k, v in view["with"].items())
            chain.append(f".with_({options})")
        if view.get("withNoData"):
            chain.append(".with_no_data()")
        chain.append(f".as_({_sql(self.module, str(view['definition']))})")
        variable = self.views[key]
        if len(chain) == 1:  # ruff's layout: a single trailing call stays on the closing line
            return "".join(comments) + f"{variable} = {head}{chain[0]}"
        body = ("    " + head.replace("\n", "\n    ") + "\n") + "".join(f"    {c}\n" for c in chain)
        return "".join(comments) + f"{variable} = (\n{body})"


@dataclass
class _TableWriter:
    parent: _Writer
    key: str
    table: dict[str, Any]
    #: ``# TODO`` lines above a column (by column name) and above the table
    comments: dict[str, list[str]] = field(default_factory=dict)
    table_comments: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def module(self) -> Module:
        return self.parent.module

    @property
    def own(self) -> dict[str, str]:
        return self.parent.keys[self.key]

    @property
    def name(self) -> str:
        return str(self.table["name"])

    def todo(self, column: str | None, text: str) -> None:
        if column is None:
            self.table_comments.append(text)
        else:
            self.comments.setdefault(column, []).append(text)
        self.parent.todo(f"{self.name}.{column}" if column else self.name, text)

    def write(self) -> str | None:
        table = self.table
        name = self.name
        if not table["columns"]:
            self.parent.todo(name, "a table without columns has no declaration; it is left out")
            return None
        function = self.parent._function(_schema_of(table), "pg_table", "table")
        inline_unique, uniques = self._split_uniques()
        inline_fk, fks = self._split_foreign_keys()
        columns = []
        for column in table["columns"].values():
            text = self._column(column)
            unique = inline_unique.get(column["name"])
            if unique is not None:
                nnd = unique.get("nullsNotDistinct")
                text += ".unique(nulls_not_distinct=True)" if nnd else ".unique()"
            fk = inline_fk.get(column["name"])
            if fk is not None:
                target = self.parent.tables[_target_key(fk)]
                column_key = self.parent.keys[_target_key(fk)][fk["columnsTo"][0]]
                text += f".references(lambda: {target}.{column_key}{reference_actions(fk)})"
            columns.append((column["name"], text))
        for pk in table["compositePrimaryKeys"].values():
            self._primary_key(pk)
        for unique in uniques:
            self._unique(unique)
        for fk in fks:
            self._foreign_key(fk)
        for index in table["indexes"].values():
            self._index(index)
        for chk in table["checkConstraints"].values():
            self.module.use(_PACKAGE, "check")
            self.extras.append(f"check({py_str(chk['name'])}, {_sql(self.module, chk['value'])})")
        for policy in (table.get("policies") or {}).values():
            self._policy(policy)
        self._edges([*inline_fk.values(), *fks])

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
        # a table with policies gets row level security from them; without, it is declared
        rls = ".enable_rls()" if table.get("isRLSEnabled") and not table.get("policies") else ""
        return head + f"{self.parent.tables[self.key]} = " + call(function, args, 0) + rls

    def _policy(self, policy: dict[str, Any]) -> None:
        """``pg_policy(...)`` with the options that differ from the defaults."""
        self.module.use(_PACKAGE, "pg_policy")
        args = [py_str(policy["name"])]
        if str(policy.get("as", "PERMISSIVE")).upper() != "PERMISSIVE":
            args.append(f"as_={py_str(str(policy['as']).lower())}")
        if str(policy.get("for", "ALL")).upper() != "ALL":
            args.append(f"for_={py_str(str(policy['for']).lower())}")
        roles = list(policy.get("to") or ["public"])
        if roles != ["public"]:
            names = ", ".join(py_str(r) for r in roles)
            args.append(f"to={py_str(roles[0])}" if len(roles) == 1 else f"to=[{names}]")
        for key, option in (("using", "using"), ("withCheck", "with_check")):
            if policy.get(key):
                args.append(f"{option}={_sql(self.module, str(policy[key]))}")
        self.extras.append(f"pg_policy({', '.join(args)})")

    # -- columns ----------------------------------------------------------------------------
    def _column(self, column: dict[str, Any]) -> str:
        name = column["name"]
        text, constructor, loss = self.parent.column_type(column, self.own[name])
        if loss:
            self.todo(name, loss)
        implied_not_null = constructor in _SERIALS or "identity" in column
        if column.get("primaryKey"):
            text += ".primary_key()"
            implied_not_null = True
        if column.get("notNull") and not implied_not_null:
            text += ".not_null()"
        generated = column.get("generated")
        if generated:
            text += f".generated_always_as({_sql(self.module, str(generated['as']))})"
        elif "default" in column:
            text += self.parent.default(column["default"], constructor, str(column["type"]))
        identity = column.get("identity")
        if identity:
            text += self._identity(identity, column)
        return text

    def _identity(self, identity: dict[str, Any], column: dict[str, Any]) -> str:
        """``.generated_..._as_identity(...)`` with the options that differ from the ones
        an identity without options gets (``harness.pg.snapshot``'s rules)."""
        options: list[str] = []
        if identity["name"] != f"{self.name}_{column['name']}_seq":
            options.append(f"name={py_str(identity['name'])}")
        increment = str(identity["increment"])
        negative = _number(increment) < 0
        if increment != "1":
            options.append(f"increment_by={increment}")
        min_value, max_value = str(identity["minValue"]), str(identity["maxValue"])
        if min_value != ("-32768" if negative else "1"):
            options.append(f"min_value={min_value}")
        type_max = _IDENTITY_MAX.get(str(column["type"]), "32767")
        if max_value != ("-1" if negative else type_max):
            options.append(f"max_value={max_value}")
        if str(identity["startWith"]) != (max_value if negative else min_value):
            options.append(f"start_with={identity['startWith']}")
        if str(identity["cache"]) != "1":
            options.append(f"cache={identity['cache']}")
        if identity.get("cycle"):
            options.append("cycle=True")
        kind = "always" if identity["type"] == "always" else "by_default"
        return f".generated_{kind}_as_identity({', '.join(options)})"

    # -- keys -------------------------------------------------------------------------------
    def _columns(self, names: list[str]) -> str:
        return ", ".join(f"t.{self.own[c]}" for c in names)

    def _primary_key(self, pk: dict[str, Any]) -> None:
        self.module.use(_PACKAGE, "primary_key")
        default = "_".join([self.name, *pk["columns"], "pk"])
        name = f", name={py_str(pk['name'])}" if pk["name"] != default else ""
        self.extras.append(f"primary_key([{self._columns(pk['columns'])}]{name})")

    def _split_uniques(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        inline: dict[str, dict[str, Any]] = {}
        rest = []
        for unique in self.table["uniqueConstraints"].values():
            columns = unique["columns"]
            if (
                len(columns) == 1
                and columns[0] not in inline
                and unique["name"] == f"{self.name}_{columns[0]}_unique"
            ):
                inline[columns[0]] = unique
            else:
                rest.append(unique)
        return inline, rest

    def _unique(self, unique: dict[str, Any]) -> None:
        self.module.use(_PACKAGE, "unique")
        default = "_".join([self.name, *unique["columns"], "unique"])
        name = py_str(unique["name"]) if unique["name"] != default else ""
        text = f"unique({name}).on({self._columns(unique['columns'])})"
        if unique.get("nullsNotDistinct"):
            text += ".nulls_not_distinct()"
        self.extras.append(text)

    def _split_foreign_keys(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        """Foreign keys written inline (``.references``) by column, and the rest."""
        inline: dict[str, dict[str, Any]] = {}
        rest = []
        for fk in self.table["foreignKeys"].values():
            if not self._pullable(fk):
                continue
            source, target = fk["columnsFrom"], fk["columnsTo"]
            default = f"{self.name}_{source[0]}_{fk['tableTo']}_{target[0]}_fk"
            if len(source) == 1 and source[0] not in inline and fk["name"] == default:
                inline[source[0]] = fk
            else:
                rest.append(fk)
        return inline, rest

    def _pullable(self, fk: dict[str, Any]) -> bool:
        target = _target_key(fk)
        if target not in self.parent.tables:
            self.todo(
                None,
                f"foreign key {fk['name']} references {target}, which was not pulled; it is "
                "left out",
            )
            return False
        missing = [c for c in fk["columnsTo"] if c not in self.parent.keys[target]]
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
        target_key = _target_key(fk)
        target = "t" if target_key == self.key else self.parent.tables[target_key]
        refs = ", ".join(f"{target}.{self.parent.keys[target_key][c]}" for c in fk["columnsTo"])
        default = "_".join([self.name, *fk["columnsFrom"], fk["tableTo"], *fk["columnsTo"], "fk"])
        name = f", name={py_str(fk['name'])}" if fk["name"] != default else ""
        columns = self._columns(fk["columnsFrom"])
        actions = constraint_actions(fk)
        self.extras.append(f"foreign_key([{columns}], [{refs}]{name}){actions}")

    def _edges(self, fks: list[dict[str, Any]]) -> None:
        for fk in fks:
            target = _target_key(fk)
            self.parent.written.edges.append(
                Edge(
                    self.parent.tables[self.key],
                    tuple(self.own[c] for c in fk["columnsFrom"]),
                    self.parent.tables[target],
                    tuple(self.parent.keys[target][c] for c in fk["columnsTo"]),
                )
            )

    # -- indexes ----------------------------------------------------------------------------
    def _index(self, index: dict[str, Any]) -> None:
        terms = []
        for column in index["columns"]:
            expression = str(column["expression"])
            if column.get("opclass"):
                self.todo(
                    None,
                    f"index {index['name']}: operator class {column['opclass']} on "
                    f"{expression} has no declaration; the default class is used",
                )
            if column["isExpression"]:
                if not column.get("asc", True) or column.get("nulls") == "first":
                    self.todo(
                        None,
                        f"index {index['name']}: the expression {expression} cannot be declared "
                        "descending or nulls first; it is declared ascending, nulls last",
                    )
                terms.append(_sql(self.module, expression))
                continue
            if expression not in self.own:
                self.todo(
                    None,
                    f"index {index['name']} is on {expression}, not a declared column; it is "
                    "left out",
                )
                return
            term = f"t.{self.own[expression]}"
            asc, nulls = column.get("asc", True), column.get("nulls", "last")
            if not asc:
                term += ".desc()" + (".nulls_first()" if nulls == "first" else "")
            elif nulls == "first":
                term += ".asc().nulls_first()"
            terms.append(term)
        function = "unique_index" if index.get("isUnique") else "index"
        self.module.use(_PACKAGE, function)
        text = f"{function}({py_str(index['name'])})"
        method = index.get("method") or "btree"
        if method != "btree":
            text += f".using({py_str(method)}, {', '.join(terms)})"
        else:
            text += f".on({', '.join(terms)})"
        if index.get("where"):
            text += f".where({_sql(self.module, str(index['where']))})"
        if index.get("concurrently"):
            text += ".concurrently()"
        if index.get("with"):
            options = ", ".join(f"{k}={v}" for k, v in index["with"].items())
            self.todo(
                None, f"index {index['name']}: storage options ({options}) have no declaration"
            )
        self.extras.append(text)


def _target_key(fk: dict[str, Any]) -> str:
    return f"{fk.get('schemaTo') or 'public'}.{fk['tableTo']}"


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _json_default(text: str, type_name: str) -> str | None:
    """A JSON object or array default (``'{"a":1}'::jsonb``) as a Python literal, when the
    declaration serialises it back: not a scalar (a string would be taken as SQL text), no
    single quote (written unescaped)."""
    suffix = f"::{type_name}"
    if not text.endswith(suffix):
        return None
    literal = literal_text(text[: -len(suffix)])
    if literal is None or "'" in literal:
        return None
    try:
        value = json.loads(literal)
    except ValueError:
        return None
    return _py_value(value) if isinstance(value, (dict, list)) else None


def _py_value(value: Any) -> str:
    """A JSON value (or a view option) as Python source."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(str(k))}: {_py_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_py_value(v) for v in value) + "]"
    if isinstance(value, str):
        return py_str(value)
    return repr(value)


def _snake(name: str) -> str:
    """A view option's snapshot key (``checkOption``) as the ``with_`` keyword."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


__all__ = ["PgSchemaWriter"]
