"""drizzle-kit 1.0's PostgreSQL statement records spelled as SQL (its ``convertor.ts``).

Each record (``{"type": "add_column", "column": {...}}``) becomes one or more SQL texts, exactly
as drizzle-kit 1.0 writes them - including its spacing quirks (``CREATE TABLE`` ends with a
newline, ``PRIMARY KEY("a","b")`` without a space, ``ADD PRIMARY KEY ("a")`` with one), because
the migration files are compared byte for byte with drizzle-kit's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Statement = dict[str, Any]

_SERIAL = ("serial", "bigserial", "smallserial")
_SERIAL_INT = {"smallserial": "smallint", "serial": "int", "bigserial": "bigint"}


def _qualified(schema: str | None, name: str) -> str:
    return f'"{name}"' if schema in (None, "public") else f'"{schema}"."{name}"'


def is_serial(sql_type: str) -> bool:
    return sql_type.lower() in _SERIAL


def default_sql(column: dict[str, Any]) -> str:
    """``defaultToSQL``: the snapshot default, cast to the enum (or array) type."""
    value = column.get("default")
    if not value:
        return ""
    dims = "[]" if column["dimensions"] > 0 else ""
    if column.get("typeSchema"):
        prefix = f'"{column["typeSchema"]}".' if column["typeSchema"] != "public" else ""
        return f'{value}::{prefix}"{column["type"]}"{dims}'
    return f"{value}::{column['type']}[]" if column["dimensions"] > 0 else str(value)


def _column_type(column: dict[str, Any]) -> str:
    type_schema = column.get("typeSchema")
    prefix = f'"{type_schema}".' if type_schema and type_schema != "public" else ""
    name = f'"{column["type"]}"' if type_schema else column["type"]
    return f"{prefix}{name}{'[]' * column['dimensions']}"


def _identity_clause(schema: str, identity: dict[str, Any]) -> str:
    text = (
        f" GENERATED {'ALWAYS' if identity['type'] == 'always' else 'BY DEFAULT'} AS IDENTITY "
        f"(sequence name {_qualified(schema, identity['name'])}"
    )
    for key, label in (
        ("increment", "INCREMENT BY"),
        ("minValue", "MINVALUE"),
        ("maxValue", "MAXVALUE"),
        ("startWith", "START WITH"),
        ("cache", "CACHE"),
    ):
        if identity.get(key):
            text += f" {label} {identity[key]}"
    if identity.get("cycle"):
        text += " CYCLE"
    return text + ")"


def _create_table(st: Statement) -> list[str]:
    table = st["table"]
    pk = table["pk"]
    lines = []
    for column in table["columns"]:
        is_pk = (
            pk is not None
            and pk["columns"] == [column["name"]]
            and pk["name"] == f"{column['table']}_pkey"
        )
        in_pk = pk is not None and column["name"] in pk["columns"]
        not_null = (
            ""
            if in_pk or is_serial(column["type"])
            else " NOT NULL"
            if column["notNull"] and not column["identity"]
            else ""
        )
        default = f" DEFAULT {default_sql(column)}" if column.get("default") else ""
        unique = next(
            (u for u in table["uniques"] if u["columns"] == [column["name"]]),
            None,
        )
        unique_text = ""
        if unique is not None:
            unique_text = (
                f' CONSTRAINT "{unique["name"]}" UNIQUE' if unique["nameExplicit"] else " UNIQUE"
            )
            if unique["nullsNotDistinct"]:
                unique_text += " NULLS NOT DISTINCT"
        generated = (
            f" GENERATED ALWAYS AS ({column['generated']['as']}) STORED"
            if column.get("generated")
            else ""
        )
        identity = (
            _identity_clause(table["schema"], column["identity"]) if column["identity"] else ""
        )
        lines.append(
            f'\t"{column["name"]}" {_column_type(column)}{" PRIMARY KEY" if is_pk else ""}'
            f"{default}{generated}{not_null}{unique_text}{identity}"
        )
    if pk is not None and (len(pk["columns"]) > 1 or pk["name"] != f"{table['name']}_pkey"):
        lines.append(
            f'\tCONSTRAINT "{pk["name"]}" PRIMARY KEY("' + '","'.join(pk["columns"]) + '")'
        )
    for u in table["uniques"]:
        if len(u["columns"]) > 1:
            nnd = " NULLS NOT DISTINCT" if u["nullsNotDistinct"] else ""
            lines.append(
                f'\tCONSTRAINT "{u["name"]}" UNIQUE{nnd}("' + '","'.join(u["columns"]) + '")'
            )
    for chk in table["checks"]:
        lines.append(f'\tCONSTRAINT "{chk["name"]}" CHECK ({chk["value"]})')
    head = f"CREATE TABLE {_qualified(table['schema'], table['name'])} (\n"
    out = [head + ",\n".join(lines) + "\n);\n"]
    if table["policies"] or table["isRlsEnabled"]:
        out.append(
            f"ALTER TABLE {_qualified(table['schema'], table['name'])} ENABLE ROW LEVEL SECURITY;"
        )
    return out


def _drop_table(st: Statement) -> list[str]:
    table = st["table"]
    key = _qualified(table["schema"], table["name"])
    return [
        *(f'DROP POLICY "{p["name"]}" ON {key};' for p in table["policies"]),
        f"DROP TABLE {key};",
    ]


def add_column_sql(column: dict[str, Any], is_pk: bool, in_composite_pk: bool) -> str:
    key = _qualified(column["schema"], column["table"])
    identity = column.get("identity")
    generated = column.get("generated")
    not_null = (
        " NOT NULL"
        if column["notNull"]
        and not identity
        and not generated
        and not is_serial(column["type"])
        and not in_composite_pk
        else ""
    )
    return (
        f'ALTER TABLE {key} ADD COLUMN "{column["name"]}" {_column_type(column)}'
        f"{' PRIMARY KEY' if is_pk else ''}"
        f"{' DEFAULT ' + default_sql(column) if column.get('default') else ''}"
        f"{' GENERATED ALWAYS AS (' + generated['as'] + ') STORED' if generated else ''}"
        f"{not_null}{_identity_clause(column['schema'], identity) if identity else ''};"
    )


def drop_column_sql(column: dict[str, Any]) -> str:
    return (
        f"ALTER TABLE {_qualified(column['schema'], column['table'])} "
        f'DROP COLUMN "{column["name"]}";'
    )


def _alter_column(st: Statement) -> list[str]:
    diff, column = st["diff"], st["to"]
    is_enum, was_enum = st["isEnum"], st["wasEnum"]
    key = _qualified(column["schema"], column["table"])
    col = f'ALTER TABLE {key} ALTER COLUMN "{column["name"]}"'
    dims = "[]" * column["dimensions"]
    out: list[str] = []
    recreate_default = bool("type" in diff and (is_enum or was_enum) and diff["$left"]["default"])
    if recreate_default:
        out.append(f"{col} DROP DEFAULT;")
    if "type" in diff:
        to_type = diff["type"]["to"]
        type_schema = column.get("typeSchema")
        schema_prefix = f'"{type_schema}".' if type_schema and type_schema != "public" else ""
        if is_enum:
            proxy = "text::" if was_enum else ""
            suffix = f' USING "{column["name"]}"::{proxy}{schema_prefix}"{column["type"]}"{dims}'
        else:
            cast = _SERIAL_INT[column["type"]] if st["toSerial"] else column["type"]
            suffix = f' USING "{column["name"]}"::{cast}{dims}'
        schema_to = (diff.get("typeSchema") or {}).get("to")
        if schema_to and schema_to != "public":
            type_text = f'"{schema_to}"."{to_type}"'
        elif is_enum:
            type_text = f'"{to_type}"'
        elif st["toSerial"]:
            type_text = _SERIAL_INT[to_type]
        else:
            type_text = to_type
        seq = _qualified(column["schema"], f"{column['table']}_{column['name']}_seq")
        if st["wasSerial"]:
            out.append(f"{col} DROP DEFAULT;")
            out.append(f"DROP SEQUENCE {seq};")
        if st["toSerial"]:
            seq_name = f"{column['table']}_{column['name']}_seq"
            if column["schema"] != "public":
                seq_name = f"{column['schema']}.{seq_name}"
            out.append(f"CREATE SEQUENCE {seq};")
            out.append(f"{col} SET DEFAULT nextval('{seq_name}')")
            out.append(
                f'ALTER SEQUENCE {seq} OWNED BY "{column["schema"]}"."{column["table"]}"'
                f'."{column["name"]}";'
            )
        out.append(f"{col} SET DATA TYPE {type_text}{dims}{suffix};")
        if recreate_default and column.get("default"):
            out.append(f"{col} SET DEFAULT {default_sql(column)};")
    if "default" in diff and not recreate_default:
        if diff["default"]["to"]:
            out.append(f"{col} SET DEFAULT {default_sql(diff['$right'])};")
        else:
            out.append(f"{col} DROP DEFAULT;")
    if "generated" in diff and diff["generated"]["to"] is None:
        out.append(f"{col} DROP EXPRESSION;")
    if "identity" in diff:
        old, new = diff["identity"]["from"], diff["identity"]["to"]
        if old is None:
            identity = column["identity"]
            out.append(f"{col} ADD{_identity_clause(column['schema'], identity)};")
            if st["wasSerial"]:
                out.append(
                    f"SELECT setval('{identity['name']}'::regclass, "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {key}), false);"
                )
        elif new is None:
            out.append(f"{col} DROP IDENTITY;")
        else:
            if old["type"] != new["type"]:
                kind = "ALWAYS" if new["type"] == "always" else "BY DEFAULT"
                out.append(f"{col} SET GENERATED {kind};")
            for field, label in (
                ("minValue", "MINVALUE"),
                ("maxValue", "MAXVALUE"),
                ("increment", "INCREMENT BY"),
                ("startWith", "START WITH"),
                ("cache", "CACHE"),
            ):
                if old.get(field) != new.get(field):
                    out.append(f"{col} SET {label} {_js(new.get(field))};")
            if old.get("cycle") != new.get("cycle"):
                out.append(f"{col} SET {'CYCLE' if new.get('cycle') else 'NO CYCLE'};")
    if "notNull" in diff and not (
        diff["notNull"]["to"] and "identity" in diff and diff["identity"]["to"]
    ):
        out.append(f"{col} {'SET NOT NULL' if diff['notNull']['to'] else 'DROP NOT NULL'};")
    return out


def _js(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def create_index_sql(index: dict[str, Any]) -> str:
    parts = []
    for c in index["columns"]:
        expr = c["value"] if c["isExpression"] else f'"{c["value"]}"'
        opclass = c.get("opclass")
        opcl = f" {opclass['name']}" if opclass and not opclass.get("default") else ""
        order = "" if c["asc"] else " DESC"
        if (c["asc"] and not c["nullsFirst"]) or (not c["asc"] and c["nullsFirst"]):
            nulls = ""
        else:
            nulls = " NULLS FIRST" if c["nullsFirst"] else " NULLS LAST"
        parts.append(f"{expr}{opcl}{order}{nulls}")
    unique = "UNIQUE INDEX" if index["isUnique"] else "INDEX"
    concurrently = " CONCURRENTLY" if index["concurrently"] else ""
    with_ = f" WITH ({index['with']})" if index["with"] else ""
    where = f" WHERE {index['where']}" if index["where"] else ""
    using = f" USING {index['method']}" if index["method"] != "btree" else ""
    return (
        f'CREATE {unique}{concurrently} "{index["name"]}" ON '
        f"{_qualified(index['schema'], index['table'])}{using} ({','.join(parts)})"
        f"{with_}{where};"
    )


def drop_index_sql(index: dict[str, Any]) -> str:
    prefix = f'"{index["schema"]}".' if index["schema"] != "public" else ""
    return f'DROP INDEX {prefix}"{index["name"]}";'


def _add_pk(pk: dict[str, Any]) -> str:
    key = _qualified(pk["schema"], pk["table"])
    columns = '","'.join(pk["columns"])
    if not pk["nameExplicit"]:
        return f'ALTER TABLE {key} ADD PRIMARY KEY ("{columns}");'
    return f'ALTER TABLE {key} ADD CONSTRAINT "{pk["name"]}" PRIMARY KEY("{columns}");'


def _drop_constraint(entity: dict[str, Any]) -> str:
    return (
        f"ALTER TABLE {_qualified(entity['schema'], entity['table'])} "
        f'DROP CONSTRAINT "{entity["name"]}";'
    )


def _fk_tail(fk: dict[str, Any], default_is_null: bool) -> str:
    def action(value: Any) -> bool:
        if default_is_null:
            return bool(value) and str(value).lower() != "no action"
        return bool(value != "NO ACTION")

    on_delete = f" ON DELETE {fk['onDelete']}" if action(fk["onDelete"]) else ""
    on_update = f" ON UPDATE {fk['onUpdate']}" if action(fk["onUpdate"]) else ""
    return on_delete + on_update


def create_fk_sql(fk: dict[str, Any]) -> str:
    columns = ",".join(f'"{c}"' for c in fk["columns"])
    columns_to = ",".join(f'"{c}"' for c in fk["columnsTo"])
    return (
        f"ALTER TABLE {_qualified(fk['schema'], fk['table'])} ADD CONSTRAINT "
        f'"{fk["name"]}" FOREIGN KEY ({columns}) REFERENCES '
        f"{_qualified(fk['schemaTo'], fk['tableTo'])}({columns_to}){_fk_tail(fk, True)};"
    )


def _recreate_fk(st: Statement) -> str:
    fk = st["fk"]
    columns = ",".join(f'"{c}"' for c in fk["columns"])
    columns_to = ",".join(f'"{c}"' for c in fk["columnsTo"])
    return (
        f"ALTER TABLE {_qualified(fk['schema'], fk['table'])} DROP CONSTRAINT "
        f'"{fk["name"]}", ADD CONSTRAINT "{fk["name"]}" FOREIGN KEY ({columns}) '
        f"REFERENCES {_qualified(fk['schemaTo'], fk['tableTo'])}({columns_to})"
        f"{_fk_tail(fk, False)};"
    )


def add_unique_sql(u: dict[str, Any]) -> str:
    nnd = " NULLS NOT DISTINCT" if u["nullsNotDistinct"] else ""
    return (
        f"ALTER TABLE {_qualified(u['schema'], u['table'])} ADD CONSTRAINT "
        f'"{u["name"]}" UNIQUE{nnd}("' + '","'.join(u["columns"]) + '");'
    )


def _enum_values(values: list[str]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _create_enum(e: dict[str, Any]) -> str:
    return f"CREATE TYPE {_qualified(e['schema'], e['name'])} AS ENUM{_enum_values(e['values'])};"


def _drop_enum(e: dict[str, Any]) -> str:
    return f"DROP TYPE {_qualified(e['schema'], e['name'])};"


def _alter_enum(st: Statement) -> list[str]:
    key = _qualified(st["to"]["schema"], st["to"]["name"])
    out = []
    for d in st["diff"]:
        if d["type"] != "added":
            continue
        before = f" BEFORE '{d['beforeValue']}'" if d.get("beforeValue") else ""
        out.append(f"ALTER TYPE {key} ADD VALUE '{d['value']}'{before};")
    return out


def _recreate_enum(st: Statement) -> list[str]:
    to = st["to"]
    enum_type = _qualified(to["schema"], to["name"])
    out = []
    for c in st["columns"]:
        col = f'ALTER TABLE {_qualified(c["schema"], c["table"])} ALTER COLUMN "{c["name"]}"'
        out.append(f"{col} SET DATA TYPE text{'[]' * c['dimensions']};")
        if c["default"]["left"]:
            out.append(f"{col} DROP DEFAULT;")
    out.append(_drop_enum(to))
    out.append(_create_enum(to))
    for c in st["columns"]:
        col = f'ALTER TABLE {_qualified(c["schema"], c["table"])} ALTER COLUMN "{c["name"]}"'
        dims = "[]" * c["dimensions"]
        out.append(f'{col} SET DATA TYPE {enum_type}{dims} USING "{c["name"]}"::{enum_type}{dims};')
        if c["default"]["right"]:
            out.append(f"{col} SET DEFAULT {default_sql({**c, 'default': c['default']['right']})};")
    return out


def _sequence_options(s: dict[str, Any]) -> str:
    text = ""
    for key, label in (
        ("incrementBy", "INCREMENT BY"),
        ("minValue", "MINVALUE"),
        ("maxValue", "MAXVALUE"),
        ("startWith", "START WITH"),
        ("cacheSize", "CACHE"),
    ):
        if s.get(key):
            text += f" {label} {s[key]}"
    return text + (" CYCLE" if s.get("cycle") else "")


def _sequence_name(s: dict[str, Any]) -> str:
    """Created and dropped sequences are always schema-qualified (``"public"."s"``)."""
    return f'"{s["schema"]}"."{s["name"]}"' if s.get("schema") else f'"{s["name"]}"'


def _view_name(view: dict[str, Any]) -> str:
    return _qualified(view["schema"], view["name"])


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _create_view(st: Statement) -> str:
    view = st["view"]
    text = ("CREATE MATERIALIZED VIEW " if view["materialized"] else "CREATE VIEW ") + _view_name(
        view
    )
    if view.get("using"):
        text += f' USING "{view["using"]}"'
    if view.get("with"):
        options = [f"{_snake(k)} = {_js(v)}" for k, v in view["with"].items() if v is not None]
        text += " WITH (" + ", ".join(options) + ")"
    if view.get("tablespace"):
        text += f" TABLESPACE {view['tablespace']}"
    text += f" AS ({view['definition']})"
    if view.get("withNoData"):
        text += " WITH NO DATA"
    return text + ";"


def _drop_view(st: Statement) -> str:
    view = st["view"]
    return f"DROP{' MATERIALIZED' if view['materialized'] else ''} VIEW {_view_name(view)};"


def _alter_view(st: Statement) -> list[str]:
    diff, view = st["diff"], st["view"]
    clause = ("MATERIALIZED VIEW " if view["materialized"] else "VIEW ") + _view_name(view)
    old = (diff.get("with") or {}).get("from") or {}
    new = (diff.get("with") or {}).get("to") or {}
    reset = [_snake(k) for k, v in old.items() if v is not None and new.get(k) is None]
    set_ = [f"{_snake(k)} = {_js(v)}" for k, v in new.items() if v is not None and old.get(k) != v]
    out = []
    if set_:
        out.append(f"ALTER {clause} SET ({', '.join(set_)});")
    if reset:
        out.append(f"ALTER {clause} RESET ({', '.join(reset)});")
    if "tablespace" in diff:
        out.append(f'ALTER {clause} SET TABLESPACE "{diff["tablespace"]["to"] or "pg_default"}";')
    if "using" in diff:
        out.append(f'ALTER {clause} SET ACCESS METHOD "{diff["using"]["to"] or "heap"}";')
    return out


def _rename_constraint(st: Statement) -> str:
    return (
        f"ALTER TABLE {_qualified(st['schema'], st['table'])} RENAME CONSTRAINT "
        f'"{st["from"]}" TO "{st["to"]}";'
    )


_CONVERTORS: dict[str, Callable[[Statement], str | list[str]]] = {
    "create_schema": lambda st: f'CREATE SCHEMA "{st["name"]}";\n',
    "drop_schema": lambda st: f'DROP SCHEMA "{st["name"]}";\n',
    "rename_schema": lambda st: (
        f'ALTER SCHEMA "{st["from"]["name"]}" RENAME TO "{st["to"]["name"]}";\n'
    ),
    "create_view": _create_view,
    "drop_view": _drop_view,
    "rename_view": lambda st: (
        f"ALTER{' MATERIALIZED' if st['from']['materialized'] else ''} VIEW "
        f'{_view_name(st["from"])} RENAME TO "{st["to"]["name"]}";'
    ),
    "move_view": lambda st: (
        f"ALTER{' MATERIALIZED' if st['view']['materialized'] else ''} VIEW "
        f'{_qualified(st["fromSchema"], st["view"]["name"])} SET SCHEMA "{st["toSchema"]}";'
    ),
    "alter_view": _alter_view,
    "create_table": _create_table,
    "drop_table": _drop_table,
    "rename_table": lambda st: (
        f'ALTER TABLE {_qualified(st["schema"], st["from"])} RENAME TO "{st["to"]}";'
    ),
    "move_table": lambda st: (
        f'ALTER TABLE {_qualified(st["from"], st["name"])} SET SCHEMA "{st["to"]}";\n'
    ),
    "add_column": lambda st: add_column_sql(st["column"], st["isPK"], st["isCompositePK"]),
    "drop_column": lambda st: drop_column_sql(st["column"]),
    "rename_column": lambda st: (
        f"ALTER TABLE {_qualified(st['from']['schema'], st['from']['table'])} RENAME COLUMN "
        f'"{st["from"]["name"]}" TO "{st["to"]["name"]}";'
    ),
    "recreate_column": lambda st: [
        drop_column_sql(st["diff"]["$right"]),
        add_column_sql(st["diff"]["$right"], st["isPK"], False),
    ],
    "alter_column": _alter_column,
    "create_index": lambda st: create_index_sql(st["index"]),
    "drop_index": lambda st: drop_index_sql(st["index"]),
    "recreate_index": lambda st: [drop_index_sql(st["index"]), create_index_sql(st["index"])],
    "rename_index": lambda st: (
        f'ALTER INDEX {_qualified(st["schema"], st["from"])} RENAME TO "{st["to"]}";'
    ),
    "add_pk": lambda st: _add_pk(st["pk"]),
    "drop_pk": lambda st: _drop_constraint(st["pk"]),
    "alter_pk": lambda st: [
        *([] if st["deleted"] else [_drop_constraint(st["pk"])]),
        _add_pk(st["pk"]),
    ],
    "create_fk": lambda st: create_fk_sql(st["fk"]),
    "recreate_fk": _recreate_fk,
    "drop_fk": lambda st: _drop_constraint(st["fk"]),
    "add_check": lambda st: (
        f"ALTER TABLE {_qualified(st['check']['schema'], st['check']['table'])} ADD CONSTRAINT "
        f'"{st["check"]["name"]}" CHECK ({st["check"]["value"]});'
    ),
    "drop_check": lambda st: _drop_constraint(st["check"]),
    "alter_check": lambda st: (
        f"ALTER TABLE {_qualified(st['diff']['$right']['schema'], st['diff']['$right']['table'])}"
        f' DROP CONSTRAINT "{st["diff"]["$right"]["name"]}", ADD CONSTRAINT '
        f'"{st["diff"]["$right"]["name"]}" CHECK ({st["diff"]["$right"]["value"]});'
    ),
    "add_unique": lambda st: add_unique_sql(st["unique"]),
    "drop_unique": lambda st: _drop_constraint(st["unique"]),
    "alter_unique": lambda st: [
        _drop_constraint(st["diff"]["$left"]),
        add_unique_sql(st["diff"]["$right"]),
    ],
    "rename_constraint": _rename_constraint,
    "create_enum": lambda st: _create_enum(st["enum"]),
    "drop_enum": lambda st: _drop_enum(st["enum"]),
    "rename_enum": lambda st: (
        f'ALTER TYPE {_qualified(st["schema"], st["from"])} RENAME TO "{st["to"]}";'
    ),
    "move_enum": lambda st: (
        f"ALTER TYPE {_qualified(st['from']['schema'], st['from']['name'])} SET SCHEMA "
        f'"{st["to"]["schema"] or "public"}";'
    ),
    "alter_enum": _alter_enum,
    "recreate_enum": _recreate_enum,
    "create_sequence": lambda st: (
        f"CREATE SEQUENCE {_sequence_name(st['sequence'])}{_sequence_options(st['sequence'])};"
    ),
    "drop_sequence": lambda st: f"DROP SEQUENCE {_sequence_name(st['sequence'])};",
    "rename_sequence": lambda st: (
        f"ALTER SEQUENCE {_qualified(st['from']['schema'], st['from']['name'])} RENAME TO "
        f'"{st["to"]["name"]}";'
    ),
    "move_sequence": lambda st: (
        f"ALTER SEQUENCE {_qualified(st['from']['schema'], st['from']['name'])} SET SCHEMA "
        f'"{st["to"]["schema"]}";'
    ),
    "alter_sequence": lambda st: (
        f"ALTER SEQUENCE {_qualified(st['sequence']['schema'], st['sequence']['name'])}"
        f"{_sequence_options(st['sequence'])};"
    ),
    "drop_policy": lambda st: (
        f'DROP POLICY "{st["policy"]["name"]}" ON '
        f"{_qualified(st['policy']['schema'], st['policy']['table'])};"
    ),
    "alter_rls": lambda st: (
        f"ALTER TABLE {_qualified(st['schema'], st['name'])} "
        f"{'ENABLE' if st['isRlsEnabled'] else 'DISABLE'} ROW LEVEL SECURITY;"
    ),
    "drop_role": lambda st: f'DROP ROLE "{st["role"]["name"]}";',
    "revoke_privilege": lambda st: (
        f"REVOKE {st['privilege']['type']} ON "
        f"{_qualified(st['privilege']['schema'], st['privilege']['table'])} FROM "
        f'"{st["privilege"]["grantee"]}";'
    ),
}


def render(statements: list[Statement]) -> list[str]:
    """Every record's SQL, in order (``fromJson``)."""
    out: list[str] = []
    for st in statements:
        convert = _CONVERTORS.get(st["type"])
        if convert is None:
            raise NotImplementedError(
                f"harness generate (drizzle-kit 1.0 layout) cannot write a {st['type']!r} "
                f"statement yet"
            )
        text = convert(st)
        out.extend([text] if isinstance(text, str) else text)
    return out
