"""The human side of a MySQL 1.0 plan: one line per statement, one per way it may lose data.

``harness check`` and ``generate`` print these; they name what a statement record does in
the words the other dialects' 1.0 differs use, so every layout reads the same.
"""

from __future__ import annotations

from harness.mysql.v1.diff import Statement


def describe(statement: Statement) -> list[str]:
    """What one statement record changes."""
    d = statement.data
    kind = statement.type
    if kind == "create_table":
        return [f"table {d['table']['name']} created"]
    if kind == "drop_table":
        return [f"table {d['table']} dropped"]
    if kind == "rename_table":
        return [f"table {d['old']} renamed to {d['new']}"]
    if kind == "rename_view":
        return [f"view {d['old']} renamed to {d['new']}"]
    if kind == "rename_column":
        return [f"table {d['table']}: column {d['old']} renamed to {d['new']}"]
    if kind in ("add_column", "drop_column", "alter_column", "recreate_column"):
        verb = {
            "add_column": "added",
            "drop_column": "dropped",
            "alter_column": "changed",
            "recreate_column": "dropped and added again",
        }[kind]
        return [f"table {d['column']['table']}: column {d['column']['name']} {verb}"]
    if kind in ("create_index", "drop_index"):
        verb = "created" if kind == "create_index" else "dropped"
        return [f"table {d['index']['table']}: index {d['index']['name']} {verb}"]
    if kind == "create_fk":
        return [f"table {d['fk']['table']}: foreign key {d['fk']['name']} added"]
    if kind in ("create_pk", "drop_pk"):
        verb = "added" if kind == "create_pk" else "dropped"
        return [f"table {d['pk']['table']}: primary key {verb}"]
    if kind == "create_check":
        return [f"table {d['check']['table']}: check {d['check']['name']} added"]
    if kind == "drop_constraint":
        return [f"table {d['table']}: constraint {d['name']} dropped"]
    if kind == "create_view":
        return [f"view {d['view']['name']} {'changed' if d['replace'] else 'created'}"]
    if kind == "alter_view":
        return [f"view {d['view']['name']} options changed"]
    if kind == "drop_view":
        return [f"view {d['name']} dropped"]
    return [kind]


def data_loss(statement: Statement) -> list[str]:
    """How one statement record may destroy data or fail on existing rows."""
    d = statement.data
    kind = statement.type
    if kind == "drop_table":
        return [f"table {d['table']} dropped with its rows"]
    if kind == "drop_column":
        column = d["column"]
        return [f"table {column['table']}: column {column['name']} dropped with its values"]
    if kind == "recreate_column":
        column = d["column"]
        return [
            f"table {column['table']}: column {column['name']} dropped and added again "
            "(its values are recomputed or lost)"
        ]
    if kind == "add_column":
        column = d["column"]
        if column["notNull"] and column["default"] is None and not column["generated"]:
            return [
                f"table {column['table']}: column {column['name']} added NOT NULL without a "
                "default (fails if the table has rows)"
            ]
    if kind == "alter_column":
        column, changes = d["column"], d["diff"]
        where = f"table {column['table']}: column {column['name']}"
        out = []
        if "type" in changes:
            before, after = changes["type"]["from"], changes["type"]["to"]
            out.append(f"{where} type {before} -> {after} (values may be truncated or rejected)")
        if "notNull" in changes and column["notNull"] and column["default"] is None:
            out.append(f"{where} set NOT NULL without a default (fails if a row holds null)")
        return out
    return []


__all__ = ["data_loss", "describe"]
