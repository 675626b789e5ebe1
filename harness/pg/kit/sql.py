"""drizzle-kit's PostgreSQL statement text, one renderer per statement kind.

The differ (``harness.pg.schema_diff``) decides *what* changes as a list of statement records
(dicts with a drizzle-kit statement ``type``); this module only spells them, byte for byte as
drizzle-kit's SQL generator does - including its trailing ``\\n`` on some kinds (CREATE TABLE,
schemas, dropped foreign keys), its lower-case ``drop column`` when a generated column is
rebuilt, and the commented-out hint it writes where it cannot name a primary key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from harness.pg.kit.squash import (
    js,
    unsquash_check,
    unsquash_fk,
    unsquash_identity,
    unsquash_index,
    unsquash_pk,
    unsquash_unique,
)

#: types drizzle-kit writes bare; anything else is double-quoted (and schema-qualified)
NATIVE_TYPES = (
    "uuid",
    "smallint",
    "integer",
    "bigint",
    "boolean",
    "text",
    "varchar",
    "serial",
    "bigserial",
    "decimal",
    "numeric",
    "real",
    "json",
    "jsonb",
    "time",
    "timestamp",
    "date",
    "interval",
    "double precision",
    "char",
    "vector",
    "geometry",
    "halfvec",
    "sparsevec",
    "bit",
)
_ARRAY = re.compile(r"\[\d*(?:\[\d*\])*\]")
BREAKPOINT = "--> statement-breakpoint\n"


def sql_type(schema_prefix: str, type_name: str) -> str:
    """``parseType``: a snapshot type as drizzle-kit writes it in SQL."""
    dims = "".join(_ARRAY.findall(type_name))
    bare = _ARRAY.sub("", type_name)
    if type_name.startswith(NATIVE_TYPES):
        return f"{bare}{dims}"
    return f"{schema_prefix}{_q(bare)}{dims}"


def _q(name: str) -> str:
    """An identifier in double quotes; a quote inside it is doubled (drizzle-kit writes it
    as it is, which only differs for names that contain one - and breaks those)."""
    return '"' + str(name).replace('"', '""') + '"'


def _join(names: list[str]) -> str:
    return ",".join(_q(name) for name in names)


def _name(schema: str | None, name: str) -> str:
    return f"{_q(schema)}.{_q(name)}" if schema else f"{_q(name)}"


def identity_clause(squashed: str, schema: str | None) -> str:
    identity = unsquash_identity(squashed)
    parts = [f"sequence name {_name(schema, identity['name'])}"]
    for key, label in (
        ("increment", "INCREMENT BY"),
        ("minValue", "MINVALUE"),
        ("maxValue", "MAXVALUE"),
        ("startWith", "START WITH"),
        ("cache", "CACHE"),
    ):
        if identity[key]:
            parts.append(f"{label} {identity[key]}")
    if identity["cycle"]:
        parts.append("CYCLE")
    kind = "ALWAYS" if identity["type"] == "always" else "BY DEFAULT"
    return f" GENERATED {kind} AS IDENTITY ({' '.join(parts)})"


def _type_prefix(column: dict[str, Any]) -> str:
    schema = column.get("typeSchema")
    return f"{_q(schema)}." if schema and schema != "public" else ""


def column_definition(column: dict[str, Any], schema: str | None, in_create: bool) -> str:
    """A column inside CREATE TABLE (``in_create``) or after ADD COLUMN."""
    text = f"{_q(column['name'])} {sql_type(_type_prefix(column), column['type'])}"
    if column.get("primaryKey"):
        text += " PRIMARY KEY"
    if "default" in column:
        text += f" DEFAULT {js(column['default'])}"
    generated = column.get("generated")
    if generated:
        text += f" GENERATED ALWAYS AS ({generated['as']}) STORED"
    if column.get("notNull") and not (in_create and column.get("identity")):
        text += " NOT NULL"
    if column.get("identity"):
        text += identity_clause(column["identity"], schema)
    return text


# -- renderers --------------------------------------------------------------------------------
def _create_table(st: dict[str, Any]) -> list[str]:
    schema = st["schema"]
    lines = [column_definition(c, schema, True) for c in st["columns"]]
    if st["compositePKs"]:
        pk = unsquash_pk(st["compositePKs"][0])
        cols = _join(pk["columns"])
        lines.append(f"CONSTRAINT {_q(st['compositePkName'])} PRIMARY KEY({cols})")
    for text in st["uniqueConstraints"]:
        unique = unsquash_unique(text)
        nnd = " NULLS NOT DISTINCT" if unique["nullsNotDistinct"] else ""
        cols = _join(unique["columns"])
        lines.append(f"CONSTRAINT {_q(unique['name'])} UNIQUE{nnd}({cols})")
    for text in st["checkConstraints"]:
        chk = unsquash_check(text)
        lines.append(f"CONSTRAINT {_q(chk['name'])} CHECK ({chk['value']})")
    body = ",\n".join("\t" + line for line in lines)
    out = [f"CREATE TABLE {_name(schema, st['tableName'])} (\n{body}\n);\n"]
    if st.get("policies") or st.get("isRLSEnabled"):
        out.append(f"ALTER TABLE {_name(schema, st['tableName'])} ENABLE ROW LEVEL SECURITY;")
    return out


_ROLE_KEYWORDS = ("current_user", "current_role", "session_user", "public")


def _create_policy(st: dict[str, Any]) -> str:
    policy = st["data"]
    to = ", ".join(r if r in _ROLE_KEYWORDS else _q(r) for r in policy["to"])
    text = (
        f"CREATE POLICY {_q(policy['name'])} ON {_name(st['schema'], st['tableName'])} "
        f"AS {policy['as'].upper()} FOR {policy['for'].upper()} TO {to}"
    )
    if policy.get("using"):
        text += f" USING ({policy['using']})"
    if policy.get("withCheck"):
        text += f" WITH CHECK ({policy['withCheck']})"
    return text + ";"


def _create_role(st: dict[str, Any]) -> str:
    values = st["values"]
    options = ""
    if values["createDb"] or values["createRole"] or not values["inherit"]:
        options = (
            " WITH"
            + (" CREATEDB" if values["createDb"] else "")
            + (" CREATEROLE" if values["createRole"] else "")
            + ("" if values["inherit"] else " NOINHERIT")
        )
    return f"CREATE ROLE {_q(st['name'])}{options};"


def _drop_table(st: dict[str, Any]) -> list[str]:
    """The table's policies first (``DROP POLICY``), then the table."""
    drops = [f"DROP POLICY {_q(name)} ON {_table(st)} CASCADE;" for name in st.get("policies", [])]
    return [*drops, f"DROP TABLE {_table(st)} CASCADE;"]


def _table(st: dict[str, Any]) -> str:
    return _name(st.get("schema"), st["tableName"])


def _alter_column(st: dict[str, Any], action: str) -> str:
    return f"ALTER TABLE {_table(st)} ALTER COLUMN {_q(st['columnName'])} {action};"


def _set_type(st: dict[str, Any]) -> list[str]:
    new, old = st["newDataType"], st["oldDataType"]
    type_text = sql_type(f"{_q(st['typeSchema'])}.", new["name"])
    default = st.get("columnDefault")
    column = st["columnName"]
    out: list[str] = []
    if not new["isEnum"]:
        out.append(_alter_column(st, f"SET DATA TYPE {type_text}"))
        if default:
            out.append(_alter_column(st, f"SET DEFAULT {js(default)}"))
    elif not old["isEnum"]:
        if default:
            out.append(_alter_column(st, f"SET DEFAULT {js(default)}::{type_text}"))
        out.append(_alter_column(st, f"SET DATA TYPE {type_text} USING {_q(column)}::{type_text}"))
    else:
        alter = _alter_column(
            st, f"SET DATA TYPE {type_text} USING {_q(column)}::text::{type_text}"
        )
        if new["name"] != old["name"] and default:
            out += [
                _alter_column(st, "DROP DEFAULT"),
                alter,
                _alter_column(st, f"SET DEFAULT {js(default)}"),
            ]
        else:
            out.append(alter)
    return out


def _add_column(st: dict[str, Any]) -> str:
    definition = column_definition(st["column"], st["schema"], False)
    return f"ALTER TABLE {_table(st)} ADD COLUMN {definition};"


def _rebuild_generated(st: dict[str, Any]) -> list[str]:
    column = {
        "name": st["columnName"],
        "type": st["newDataType"],
        "notNull": st["columnNotNull"],
        "primaryKey": st["columnPk"],
        "generated": st.get("columnGenerated"),
    }
    if st.get("columnDefault") is not None:
        column["default"] = st["columnDefault"]
    return [
        f"ALTER TABLE {_table(st)} drop column {_q(st['columnName'])};",
        _add_column({"tableName": st["tableName"], "schema": st["schema"], "column": column}),
    ]


def _change_identity(st: dict[str, Any]) -> list[str]:
    new, old = unsquash_identity(st["identity"]), unsquash_identity(st["oldIdentity"])
    out = []
    if old["type"] != new["type"]:
        kind = "ALWAYS" if new["type"] == "always" else "BY DEFAULT"
        out.append(_alter_column(st, f"SET GENERATED {kind}"))
    for key, label in (
        ("minValue", "MINVALUE"),
        ("maxValue", "MAXVALUE"),
        ("increment", "INCREMENT BY"),
        ("startWith", "START WITH"),
        ("cache", "CACHE"),
    ):
        if old[key] != new[key]:
            out.append(_alter_column(st, f"SET {label} {js(new[key])}"))
    if old["cycle"] != new["cycle"]:
        out.append(_alter_column(st, "SET CYCLE" if new["cycle"] else "SET NO CYCLE"))
    return out


def _drop_pk(st: dict[str, Any]) -> str:
    schema = st.get("schema") or "public"
    lines = [
        "/* ",
        "    Unfortunately in current drizzle-kit version we can't automatically get name for "
        "primary key.",
        "    We are working on making it available!",
        "",
        "    Meanwhile you can:",
        "        1. Check pk name in your database, by running",
        "            SELECT constraint_name FROM information_schema.table_constraints",
        f"            WHERE table_schema = '{schema}'",
        f"                AND table_name = '{st['tableName']}'",
        "                AND constraint_type = 'PRIMARY KEY';",
        "        2. Uncomment code below and paste pk name manually",
        "        ",
        "    Hope to release this update as soon as possible",
        "*/",
        "",
        f'-- ALTER TABLE "{st["tableName"]}" DROP CONSTRAINT "<constraint_name>";',
    ]
    return "\n".join(lines)


def _create_fk(st: dict[str, Any]) -> str:
    fk = unsquash_fk(st["data"])
    cols_from = ",".join(f"{_q(c)}" for c in fk["columnsFrom"])
    cols_to = ",".join(f"{_q(c)}" for c in fk["columnsTo"])
    on_delete = f" ON DELETE {fk['onDelete']}" if fk["onDelete"] else ""
    on_update = f" ON UPDATE {fk['onUpdate']}" if fk["onUpdate"] else ""
    return (
        f"ALTER TABLE {_name(st['schema'], fk['tableFrom'])} ADD CONSTRAINT {_q(fk['name'])} "
        f"FOREIGN KEY ({cols_from}) REFERENCES {_name(fk['schemaTo'], fk['tableTo'])}"
        f"({cols_to}){on_delete}{on_update};"
    )


def _create_index(st: dict[str, Any]) -> str:
    data = st["data"]
    entries = []
    for c in data["columns"]:
        text = c["expression"] if c["isExpression"] else f"{_q(c['expression'])}"
        if c.get("opclass"):
            text += f" {c['opclass']}"
        elif not c["asc"]:
            text += " DESC"
        if not ((c["asc"] and c.get("nulls") == "last") or c.get("opclass")):
            text += f" NULLS {str(c.get('nulls')).upper()}"
        entries.append(text)
    kind = "UNIQUE INDEX" if data["isUnique"] else "INDEX"
    concurrently = " CONCURRENTLY" if data["concurrently"] else ""
    options = data.get("with") or {}
    with_text = (
        " WITH (" + ",".join(f"{k}={js(v)}" for k, v in options.items()) + ")" if options else ""
    )
    where = f" WHERE {data['where']}" if data.get("where") else ""
    return (
        f"CREATE {kind}{concurrently} {_q(data['name'])} ON {_table(st)} USING {data['method']} "
        f"({','.join(entries)}){with_text}{where};"
    )


def _enum_values(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _create_enum(st: dict[str, Any]) -> str:
    return f"CREATE TYPE {_name(st['schema'], st['name'])} AS ENUM({_enum_values(st['values'])});"


def _drop_enum_value(st: dict[str, Any]) -> list[str]:
    out = []
    for c in st["columnsWithEnum"]:
        table = _name(c["tableSchema"], c["table"])
        out.append(f"ALTER TABLE {table} ALTER COLUMN {_q(c['column'])} SET DATA TYPE text;")
        if c.get("default"):
            default = js(c["default"])
            out.append(
                f"ALTER TABLE {table} ALTER COLUMN {_q(c['column'])} SET DEFAULT {default}::text;"
            )
    out.append(f"DROP TYPE {_name(st['enumSchema'], st['name'])};")
    out.append(
        _create_enum({"name": st["name"], "schema": st["enumSchema"], "values": st["newValues"]})
    )
    for c in st["columnsWithEnum"]:
        table = _name(c["tableSchema"], c["table"])
        parsed = sql_type(f"{_q(st['enumSchema'])}.", c["columnType"])
        if c.get("default"):
            default = js(c["default"])
            out.append(
                f"ALTER TABLE {table} ALTER COLUMN {_q(c['column'])} "
                f"SET DEFAULT {default}::{parsed};"
            )
        out.append(
            f"ALTER TABLE {table} ALTER COLUMN {_q(c['column'])} SET DATA TYPE {parsed} "
            f"USING {_q(c['column'])}::{parsed};"
        )
    return out


def _sequence_options(values: dict[str, Any]) -> str:
    text = ""
    for key, label in (
        ("increment", "INCREMENT BY"),
        ("minValue", "MINVALUE"),
        ("maxValue", "MAXVALUE"),
        ("startWith", "START WITH"),
        ("cache", "CACHE"),
    ):
        if values.get(key):
            text += f" {label} {values[key]}"
    return text + (" CYCLE" if values.get("cycle") else "")


def _snake(key: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), key)


def _create_view(st: dict[str, Any]) -> str:
    text = ("CREATE MATERIALIZED VIEW " if st["materialized"] else "CREATE VIEW ") + _name(
        st["schema"], st["name"]
    )
    if st.get("using"):
        text += f" USING {_q(st['using'])}"
    if st.get("with"):
        options = ", ".join(
            f"{_snake(k)} = {js(v)}" for k, v in st["with"].items() if v is not None
        )
        text += f" WITH ({options})"
    if st.get("tablespace"):
        text += f" TABLESPACE {st['tablespace']}"
    text += f" AS ({st['definition']})"
    if st.get("withNoData"):
        text += " WITH NO DATA"
    return text + ";"


def _view_kind(st: dict[str, Any]) -> str:
    return "ALTER MATERIALIZED VIEW" if st.get("materialized") else "ALTER VIEW"


def _alter_view_set(st: dict[str, Any]) -> str:
    options = ", ".join(f"{_snake(k)} = {js(v)}" for k, v in st["with"].items())
    return f"{_view_kind(st)} {_q(st['schema'])}.{_q(st['name'])} SET ({options});"


def _alter_view_reset(st: dict[str, Any]) -> str:
    options = ", ".join(_snake(k) for k in st["with"])
    return f"{_view_kind(st)} {_q(st['schema'])}.{_q(st['name'])} RESET ({options});"


def _alter_pk(st: dict[str, Any]) -> str:
    table = _table(st)
    cols = _join(unsquash_pk(st["new"])["columns"])
    return (
        f"ALTER TABLE {table} DROP CONSTRAINT {_q(st['oldConstraintName'])};\n{BREAKPOINT}"
        f"ALTER TABLE {table} ADD CONSTRAINT {_q(st['newConstraintName'])} PRIMARY KEY({cols});"
    )


def _unique(st: dict[str, Any]) -> str:
    unique = unsquash_unique(st["data"])
    nnd = " NULLS NOT DISTINCT" if unique["nullsNotDistinct"] else ""
    cols = _join(unique["columns"])
    return f"ALTER TABLE {_table(st)} ADD CONSTRAINT {_q(unique['name'])} UNIQUE{nnd}({cols});"


Renderer = Callable[[dict[str, Any]], "str | list[str]"]

RENDERERS: dict[str, Renderer] = {
    "create_schema": lambda st: f"CREATE SCHEMA {_q(st['name'])};\n",
    "rename_schema": lambda st: f"ALTER SCHEMA {_q(st['from'])} RENAME TO {_q(st['to'])};\n",
    "drop_schema": lambda st: f"DROP SCHEMA {_q(st['name'])};\n",
    "create_type_enum": _create_enum,
    "drop_type_enum": lambda st: f"DROP TYPE {_name(st['schema'], st['name'])};",
    "move_type_enum": lambda st: (
        f"ALTER TYPE {_name(st['schemaFrom'], st['name'])} SET SCHEMA {_q(st['schemaTo'])};"
    ),
    "rename_type_enum": lambda st: (
        f"ALTER TYPE {_name(st['schema'], st['nameFrom'])} RENAME TO {_q(st['nameTo'])};"
    ),
    "alter_type_add_value": lambda st: (
        f"ALTER TYPE {_name(st['schema'], st['name'])} ADD VALUE '{st['value']}'"
        + (f" BEFORE '{st['before']}'" if st["before"] else "")
        + ";"
    ),
    "alter_type_drop_value": _drop_enum_value,
    "create_sequence": lambda st: (
        f"CREATE SEQUENCE {_name(st['schema'], st['name'])}{_sequence_options(st['values'])};"
    ),
    "alter_sequence": lambda st: (
        f"ALTER SEQUENCE {_name(st['schema'], st['name'])}{_sequence_options(st['values'])};"
    ),
    "drop_sequence": lambda st: f"DROP SEQUENCE {_name(st['schema'], st['name'])};",
    "rename_sequence": lambda st: (
        f"ALTER SEQUENCE {_name(st['schema'], st['nameFrom'])} RENAME TO {_q(st['nameTo'])};"
    ),
    "move_sequence": lambda st: (
        f"ALTER SEQUENCE {_name(st['schemaFrom'], st['name'])} SET SCHEMA "
        + (f"{_q(st['schemaTo'])}" if st["schemaTo"] else "public")
        + ";"
    ),
    "create_table": _create_table,
    "drop_table": _drop_table,
    "create_role": _create_role,
    "enable_rls": lambda st: f"ALTER TABLE {_table(st)} ENABLE ROW LEVEL SECURITY;",
    "disable_rls": lambda st: f"ALTER TABLE {_table(st)} DISABLE ROW LEVEL SECURITY;",
    "create_policy": _create_policy,
    "rename_table": lambda st: (
        f"ALTER TABLE {_name(st['fromSchema'], st['tableNameFrom'])} "
        f"RENAME TO {_q(st['tableNameTo'])};"
    ),
    "alter_table_set_schema": lambda st: (
        f"ALTER TABLE {_q(st['schemaFrom'])}.{_q(st['tableName'])} "
        f"SET SCHEMA {_q(st['schemaTo'])};\n"
    ),
    "alter_table_rename_column": lambda st: (
        f"ALTER TABLE {_table(st)} RENAME COLUMN {_q(st['oldColumnName'])} "
        f"TO {_q(st['newColumnName'])};"
    ),
    "alter_table_add_column": _add_column,
    "alter_table_drop_column": lambda st: (
        f"ALTER TABLE {_table(st)} DROP COLUMN {_q(st['columnName'])};"
    ),
    "pg_alter_table_alter_column_set_type": _set_type,
    "alter_table_alter_column_set_default": lambda st: _alter_column(
        st, f"SET DEFAULT {js(st['newDefaultValue'])}"
    ),
    "alter_table_alter_column_drop_default": lambda st: _alter_column(st, "DROP DEFAULT"),
    "alter_table_alter_column_set_notnull": lambda st: _alter_column(st, "SET NOT NULL"),
    "alter_table_alter_column_drop_notnull": lambda st: _alter_column(st, "DROP NOT NULL"),
    "alter_table_alter_column_set_identity": lambda st: (
        f"ALTER TABLE {_table(st)} ALTER COLUMN {_q(st['columnName'])} ADD"
        f"{identity_clause(st['identity'], st['schema'])};"
    ),
    "alter_table_alter_column_drop_identity": lambda st: _alter_column(st, "DROP IDENTITY"),
    "alter_table_alter_column_change_identity": _change_identity,
    "alter_table_alter_column_set_generated": _rebuild_generated,
    "alter_table_alter_column_alter_generated": _rebuild_generated,
    "alter_table_alter_column_drop_generated": lambda st: _alter_column(st, "DROP EXPRESSION"),
    "alter_table_alter_column_set_pk": lambda st: (
        f"ALTER TABLE {_table(st)} ADD PRIMARY KEY ({_q(st['columnName'])});"
    ),
    "alter_table_alter_column_drop_pk": _drop_pk,
    "create_composite_pk": lambda st: (
        f"ALTER TABLE {_table(st)} ADD CONSTRAINT {_q(st['constraintName'])} PRIMARY KEY("
        + _join(unsquash_pk(st["data"])["columns"])
        + ");"
    ),
    "delete_composite_pk": lambda st: (
        f"ALTER TABLE {_table(st)} DROP CONSTRAINT {_q(st['constraintName'])};"
    ),
    "alter_composite_pk": _alter_pk,
    "create_unique_constraint": _unique,
    "delete_unique_constraint": lambda st: (
        f"ALTER TABLE {_table(st)} DROP CONSTRAINT {_q(unsquash_unique(st['data'])['name'])};"
    ),
    "create_check_constraint": lambda st: (
        f"ALTER TABLE {_table(st)} ADD CONSTRAINT {_q(unsquash_check(st['data'])['name'])} "
        f"CHECK ({unsquash_check(st['data'])['value']});"
    ),
    "delete_check_constraint": lambda st: (
        f"ALTER TABLE {_table(st)} DROP CONSTRAINT {_q(st['constraintName'])};"
    ),
    "create_reference": _create_fk,
    "delete_reference": lambda st: (
        f"ALTER TABLE {_table(st)} DROP CONSTRAINT {_q(unsquash_fk(st['data'])['name'])};\n"
    ),
    "create_index_pg": _create_index,
    "drop_index": lambda st: (
        f"DROP INDEX {_name(st['schema'], unsquash_index(st['data'])['name'])};"
    ),
    "create_view": _create_view,
    "drop_view": lambda st: (
        f"DROP{' MATERIALIZED' if st.get('materialized') else ''} VIEW "
        f"{_name(st.get('schema'), st['name'])};"
    ),
    "rename_view": lambda st: (
        f"{_view_kind(st)} {_q(st['schema'])}.{_q(st['nameFrom'])} RENAME TO {_q(st['nameTo'])};"
    ),
    "alter_view_alter_schema": lambda st: (
        f"{_view_kind(st)} {_q(st['fromSchema'])}.{_q(st['name'])} SET SCHEMA {_q(st['toSchema'])};"
    ),
    "alter_view_add_with_option": _alter_view_set,
    "alter_view_drop_with_option": _alter_view_reset,
    "alter_view_alter_tablespace": lambda st: (
        f"ALTER MATERIALIZED VIEW {_q(st['schema'])}.{_q(st['name'])} "
        f"SET TABLESPACE {st['toTablespace']};"
    ),
    "alter_view_alter_using": lambda st: (
        f"ALTER MATERIALIZED VIEW {_q(st['schema'])}.{_q(st['name'])} "
        f"SET ACCESS METHOD {_q(st['toUsing'])};"
    ),
}


def render(statements: list[dict[str, Any]]) -> list[str]:
    """The SQL of each statement record, in order, duplicates dropped (as drizzle-kit)."""
    out: list[str] = []
    for st in statements:
        rendered = RENDERERS[st["type"]](st)
        for text in [rendered] if isinstance(rendered, str) else rendered:
            if text and text not in out:
                out.append(text)
    return out
