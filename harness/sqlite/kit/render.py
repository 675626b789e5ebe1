"""The SQL text drizzle-kit writes for each SQLite statement, byte for byte.

Note the shapes: ``CREATE TABLE`` ends in ``;\\n`` (so the migration file has a newline before
each breakpoint after it), every other statement in ``;``; defaults and generated expressions
are written as the snapshot holds them; a recreation is six statements.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from harness.sqlite.kit.squash import ForeignKey, unsquash_check, unsquash_fk, unsquash_index
from harness.sqlite.kit.statements import Statement


def js_string(value: Any) -> str:
    """A JSON scalar as JavaScript's template literals print it (``true``, ``1.5``, ``5``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        return _js_number(value)
    return str(value)


def _js_number(value: float) -> str:
    """JavaScript's Number-to-string: shortest round-trip digits, exponent outside
    [1e-6, 1e21)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    _, digit_tuple, exp = Decimal(repr(abs(value))).as_tuple()
    digits = "".join(str(x) for x in digit_tuple)
    assert isinstance(exp, int)
    while len(digits) > 1 and digits.endswith("0"):
        digits, exp = digits[:-1], exp + 1
    k = len(digits)
    n = exp + k
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        text = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return ("-" if value < 0 else "") + text


def column_definition(column: dict[str, Any], with_autoincrement: bool = True) -> str:
    """`` `name` type PRIMARY KEY AUTOINCREMENT DEFAULT ... GENERATED ... NOT NULL``."""
    text = f"`{column['name']}` {column['type']}"
    if column.get("primaryKey"):
        text += " PRIMARY KEY"
    if with_autoincrement and column.get("autoincrement"):
        text += " AUTOINCREMENT"
    if "default" in column:
        text += f" DEFAULT {js_string(column['default'])}"
    generated = column.get("generated")
    if generated:
        text += f" GENERATED ALWAYS AS {generated['as']} {generated['type'].upper()}"
    if column.get("notNull"):
        text += " NOT NULL"
    return text


def create_table(
    name: str,
    columns: list[dict[str, Any]],
    fks: list[ForeignKey],
    pks: list[list[str]],
    checks: list[str],
) -> str:
    text = f"CREATE TABLE `{name}` (\n"
    text += ",\n".join("\t" + column_definition(c) for c in columns)
    for pk in pks:
        text += ",\n\tPRIMARY KEY(" + ", ".join(f"`{c}`" for c in pk) + ")"
    for fk in fks:
        source = ",".join(f"`{c}`" for c in fk.columns_from)
        target = ",".join(f"`{c}`" for c in fk.columns_to)
        text += f",\n\tFOREIGN KEY ({source}) REFERENCES `{fk.table_to}`({target})"
        if fk.on_update:
            text += f" ON UPDATE {fk.on_update}"
        if fk.on_delete:
            text += f" ON DELETE {fk.on_delete}"
    for check in checks:
        check_name, value = unsquash_check(check)
        text += f',\n\tCONSTRAINT "{check_name}" CHECK({value})'
    return text + "\n);\n"


def create_index(table: str, squashed: str, internal: dict[str, Any] | None) -> str:
    index = unsquash_index(squashed)
    expressions: dict[str, Any] = {}
    if internal and internal.get("indexes"):
        expressions = (internal["indexes"].get(index.name) or {}).get("columns") or {}
    parts = []
    for column in index.columns:
        is_expression = (expressions.get(column) or {}).get("isExpression")
        parts.append(column if is_expression else f"`{column}`")
    kind = "UNIQUE INDEX" if index.unique else "INDEX"
    where = f" WHERE {index.where}" if index.where else ""
    return f"CREATE {kind} `{index.name}` ON `{table}` ({','.join(parts)}){where};"


def add_column(table: str, column: dict[str, Any], reference: ForeignKey | None) -> str:
    text = f"ALTER TABLE `{table}` ADD " + column_definition(column, with_autoincrement=False)
    if reference is not None:
        text += f" REFERENCES {reference.table_to}({','.join(reference.columns_to)})"
        # deliberate difference: drizzle-kit 0.31 drops the actions here, so the column never
        # gets its ON DELETE/ON UPDATE (drizzle-team/drizzle-orm#5619, fixed in 1.0 beta);
        # the default, "no action", stays unwritten as drizzle-kit writes it
        for clause, action in (
            ("ON UPDATE", reference.on_update),
            ("ON DELETE", reference.on_delete),
        ):
            if action and action != "no action":
                text += f" {clause} {action}"
    return text + ";"


def drop_column(table: str, column: str) -> str:
    return f"ALTER TABLE `{table}` DROP COLUMN `{column}`;"


def recreate_table(st: Statement) -> list[str]:
    """The recreation: copy into ``__new_<t>``, drop, rename, with foreign keys off.

    ``copied`` maps each column of the new table that has data in the old one to its name in
    the old table at that point; columns the old table lacks are left to their defaults."""
    name = st.table
    assert name is not None
    new_name = f"__new_{name}"
    checks = []
    for check in st.data["checks"]:
        checks.append(
            check.replace(f'"{name}".', f'"{new_name}".')
            .replace(f"`{name}`.", f"`{new_name}`.")
            .replace(f"{name}.", f"{new_name}.")
            .replace(f"'{name}'.", f"'{new_name}'.")
        )
    copied: dict[str, str] = st.data["copied"]
    into = ", ".join(f'"{c}"' for c in copied)
    select = ", ".join(f'"{old}"' for old in copied.values())
    return [
        "PRAGMA foreign_keys=OFF;",
        create_table(new_name, st.data["columns"], st.data["fks"], st.data["pks"], checks),
        f"INSERT INTO `{new_name}`({into}) SELECT {select} FROM `{name}`;",
        f"DROP TABLE `{name}`;",
        f"ALTER TABLE `{new_name}` RENAME TO `{name}`;",
        "PRAGMA foreign_keys=ON;",
    ]


def render(st: Statement) -> list[str]:
    """The SQL of one combined statement (none for types SQLite has no SQL for)."""
    t, d = st.table, st.data
    if st.type == "create_table":
        assert t is not None
        return [create_table(t, d["columns"], d["fks"], d["pks"], d["checks"])]
    if st.type == "recreate_table":
        return recreate_table(st)
    if st.type == "create_index":
        assert t is not None
        return [create_index(t, d["index"], d["internal"])]
    if st.type == "drop_index":
        return [f"DROP INDEX `{unsquash_index(d['index']).name}`;"]
    if st.type == "drop_table":
        return [f"DROP TABLE `{t}`;"]
    if st.type == "rename_table":
        return [f"ALTER TABLE `{d['from']}` RENAME TO `{t}`;"]
    if st.type == "rename_column":
        return [f'ALTER TABLE `{t}` RENAME COLUMN "{d["old"]}" TO "{d["new"]}";']
    if st.type == "drop_column":
        assert t is not None
        return [drop_column(t, d["column"])]
    if st.type == "add_column":
        assert t is not None
        reference = unsquash_fk(d["reference"]) if d["reference"] else None
        return [add_column(t, d["column"], reference)]
    if st.type in ("set_generated", "alter_generated", "drop_generated"):
        assert t is not None
        return [drop_column(t, d["column"]), add_column(t, d["current"], None)]
    if st.type == "create_view":
        return [f"CREATE VIEW `{d['name']}` AS {d['definition']};"]
    if st.type == "drop_view":
        return [f"DROP VIEW `{d['name']}`;"]
    return []
