"""One human line per statement record (``harness check``) and per possible data loss.

The lines say the same things the 0.31 differ's lines say (``table users: column bio added``),
so ``harness check`` reads alike whichever layout a folder uses.
"""

from __future__ import annotations

from typing import Any

Statement = dict[str, Any]


def _table(schema: str | None, name: str) -> str:
    return name if schema in (None, "", "public") else f"{schema}.{name}"


def _of(entity: dict[str, Any]) -> str:
    return _table(entity.get("schema"), entity["table"])


_CONSTRAINTS = {
    "unique": ("unique", "unique constraint"),
    "pk": ("pk", "primary key"),
    "fk": ("fk", "foreign key"),
    "check": ("check", "check constraint"),
}


def describe(st: Statement) -> list[str]:
    kind = st["type"]
    if kind in ("create_table", "drop_table"):
        t = st["table"]
        verb = "created" if kind == "create_table" else "dropped"
        return [f"table {_table(t['schema'], t['name'])} {verb}"]
    if kind == "rename_table":
        return [f"table {_table(st['schema'], st['from'])} renamed to {st['to']}"]
    if kind == "move_table":
        return [f"table {st['name']} moved from {st['from']} to {st['to']}"]
    if kind in ("add_column", "drop_column"):
        c = st["column"]
        verb = "added" if kind == "add_column" else "dropped"
        return [f"table {_of(c)}: column {c['name']} {verb}"]
    if kind == "rename_column":
        return [f"table {_of(st['to'])}: column {st['from']['name']} renamed to {st['to']['name']}"]
    if kind == "alter_column":
        what = [
            k
            for k in st["diff"]
            if not k.startswith("$") and k not in ("entityType", "name", "schema", "table")
        ]
        return [f"table {_of(st['to'])}: column {st['to']['name']} {', '.join(what)} changed"]
    if kind == "recreate_column":
        c = st["diff"]["$right"]
        return [f"table {_of(c)}: column {c['name']} recreated as generated"]
    if kind in ("create_schema", "drop_schema"):
        return [f"schema {st['name']} {'created' if kind == 'create_schema' else 'dropped'}"]
    if kind == "rename_schema":
        return [f"schema {st['from']['name']} renamed to {st['to']['name']}"]
    if kind in ("create_enum", "drop_enum"):
        e = st["enum"]
        return [
            f"enum {_table(e['schema'], e['name'])} {'created' if 'create' in kind else 'dropped'}"
        ]
    if kind in ("alter_enum", "recreate_enum"):
        return [f"enum {_table(st['to']['schema'], st['to']['name'])}: values changed"]
    if kind in ("rename_enum", "rename_sequence", "rename_view", "move_enum", "move_sequence"):
        noun = kind.split("_")[1]
        old, new = st["from"], st["to"]
        if isinstance(old, dict):
            return [
                f"{noun} {_table(old['schema'], old['name'])} renamed to "
                f"{_table(new['schema'], new['name'])}"
            ]
        return [f"{noun} {old} renamed to {new}"]
    if kind in ("create_sequence", "drop_sequence", "alter_sequence"):
        s = st["sequence"]
        verb = {"create": "created", "drop": "dropped", "alter": "altered"}[kind.split("_")[0]]
        return [f"sequence {_table(s['schema'], s['name'])} {verb}"]
    if kind in ("create_view", "drop_view", "alter_view", "move_view"):
        v = st["view"]
        verbs = {"create": "created", "drop": "dropped", "alter": "altered", "move": "moved"}
        return [f"view {_table(v['schema'], v['name'])} {verbs[kind.split('_')[0]]}"]
    if kind in ("create_index", "drop_index", "recreate_index"):
        i = st["index"]
        verbs = {"create": "created", "drop": "dropped", "recreate": "recreated"}
        return [f"table {_of(i)}: index {i['name']} {verbs[kind.split('_')[0]]}"]
    if kind == "rename_index":
        return [f"index {st['from']} renamed to {st['to']}"]
    if kind == "rename_constraint":
        return [
            f"table {_table(st['schema'], st['table'])}: constraint {st['from']} renamed "
            f"to {st['to']}"
        ]
    for field, (suffix, label) in _CONSTRAINTS.items():
        if kind.endswith("_" + suffix):
            entity = st.get(field) or st.get("diff", {}).get("$right")
            verb = {"add": "added", "create": "added", "drop": "dropped"}.get(
                kind.split("_")[0], "changed"
            )
            return [f"table {_of(entity)}: {label} {entity['name']} {verb}"]
    return [kind]


def data_loss(st: Statement) -> list[str]:
    kind = st["type"]
    if kind == "drop_table":
        t = st["table"]
        return [f"table {_table(t['schema'], t['name'])} is dropped with its rows"]
    if kind == "drop_column":
        c = st["column"]
        return [f"table {_of(c)}: column {c['name']} is dropped with its values"]
    if kind == "recreate_enum":
        to = st["to"]
        return [
            f"enum {_table(to['schema'], to['name'])}: values are dropped; the enum is "
            f"recreated and its columns cast through text"
        ]
    if kind == "drop_enum":
        e = st["enum"]
        return [f"enum {_table(e['schema'], e['name'])} is dropped"]
    if kind == "drop_sequence":
        s = st["sequence"]
        return [f"sequence {_table(s['schema'], s['name'])} is dropped with its current value"]
    if kind == "alter_column":
        diff, c = st["diff"], st["to"]
        out = []
        if "type" in diff:
            out.append(
                f"table {_of(c)}: column {c['name']} changes type from "
                f"{diff['type']['from']} to {diff['type']['to']}; values may not convert"
            )
        if "notNull" in diff and diff["notNull"]["to"] and not c.get("default"):
            out.append(
                f"table {_of(c)}: column {c['name']} becomes NOT NULL without a default; "
                f"fails if rows hold NULL"
            )
        return out
    if kind == "add_column":
        c = st["column"]
        if (
            c["notNull"]
            and not c.get("default")
            and not c.get("identity")
            and not c.get("generated")
        ):
            return [
                f"table {_of(c)}: column {c['name']} is added NOT NULL without a default; "
                f"fails if the table has rows"
            ]
    if kind == "recreate_column":
        c = st["diff"]["$right"]
        return [f"table {_of(c)}: column {c['name']} is recreated as generated"]
    return []
