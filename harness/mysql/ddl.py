"""MySQL DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

Order: tables (primary key and unique indexes as table constraints), foreign keys as
``ALTER TABLE ... ADD CONSTRAINT``, plain indexes, views.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from typing import Any

from harness.core.column import Column, ColumnKind
from harness.core.ddl import (
    Casing,
    entities_from,
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.table import Table
from harness.mysql.columns import MySqlColumn, MySqlJson
from harness.mysql.quoting import MySqlQuoting
from harness.mysql.table import MySqlView
from harness.sql.chunks import SQL

_QUOTING = MySqlQuoting()


def q(name: str) -> str:
    return _QUOTING.escape_name(name)


#: types whose literal defaults MySQL only accepts as expressions: drizzle-kit writes ``('x')``
_EXPRESSION_DEFAULT_TYPES = frozenset({"text", "blob"})


def default_sql(column: Column, casing: Casing) -> str:
    value = column.default
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, casing, bare_columns=True)
    if isinstance(column, MySqlJson):
        return "('" + json.dumps(value, separators=(",", ":")).replace("'", "''") + "')"
    literal = _literal_default(value)
    return f"({literal})" if column.sql_type() in _EXPRESSION_DEFAULT_TYPES else literal


def _literal_default(value: Any) -> str:
    if isinstance(value, str):
        return _QUOTING.escape_string(value)
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        return "'" + value.isoformat(sep=" ", timespec="milliseconds") + "'"
    if isinstance(value, _dt.date):
        return "'" + value.isoformat() + "'"
    if isinstance(value, (int, float)):
        return str(value)
    return _QUOTING.escape_string(str(value))


def column_sql(column: Column, casing: Casing) -> str:
    parts = [f"{q(column.db_name(casing))} {column.sql_type()}"]
    # ``serial`` already means auto_increment; drizzle-kit repeats it, which MariaDB rejects
    if column.autoincrement and column.kind is not ColumnKind.SERIAL:
        parts.append(" AUTO_INCREMENT")
    if column.generated is not None:
        rendered = generated_expression(column, _QUOTING, casing)
        parts.append(
            f" GENERATED ALWAYS AS ({rendered}) {(column.generated.mode or 'virtual').upper()}"
        )
    if column.not_null:
        parts.append(" NOT NULL")
    if column.has_default and column.default is not None and column.generated is None:
        parts.append(f" DEFAULT {default_sql(column, casing)}")
    if column.config.get("on_update_now"):
        parts.append(" ON UPDATE CURRENT_TIMESTAMP")
    return "".join(parts)


def create_table(table: Table, casing: Casing) -> str:
    lines = [f"\t{column_sql(c, casing)}" for c in table._columns.values()]
    single = [c for c in table._columns.values() if c.primary]
    if single:
        name = f"{table._name}_{single[0].db_name(casing)}"
        lines.append(f"\tCONSTRAINT {q(name)} PRIMARY KEY({q(single[0].db_name(casing))})")
    for pk in table._primary_keys[:1]:
        cols = "`,`".join(c.db_name(casing) for c in pk.columns)
        lines.append(f"\tCONSTRAINT {q(pk.constraint_name(table, casing))} PRIMARY KEY(`{cols}`)")
    for column in table._columns.values():
        if column.is_unique:
            name = column.unique_name or f"{table._name}_{column.db_name(casing)}_unique"
            lines.append(f"\tCONSTRAINT {q(name)} UNIQUE({q(column.db_name(casing))})")
    for uc in table._unique_constraints:
        cols = ",".join(q(c.db_name(casing)) for c in uc.columns)
        lines.append(f"\tCONSTRAINT {q(uc.constraint_name(table, casing))} UNIQUE({cols})")
    for idx in table._indexes:
        if idx.unique:
            name = q(idx.index_name(table, casing))
            lines.append(f"\tCONSTRAINT {name} UNIQUE({_index_columns(idx, casing)})")
    for chk in table._checks:
        expr = render_inline(chk.condition, _QUOTING, casing, bare_columns=False)
        lines.append(f"\tCONSTRAINT {q(chk.name)} CHECK({expr})")
    return f"CREATE TABLE {q(table._name)} (\n" + ",\n".join(lines) + "\n);"


def _index_columns(idx: Any, casing: Casing) -> str:
    parts = []
    for entry in idx.columns:
        target, _, _ = index_parts(entry)
        if isinstance(target, Column):
            parts.append(q(target.db_name(casing)))
        else:
            parts.append(render_inline(target, _QUOTING, casing, bare_columns=True))
    return ",".join(parts)


def foreign_keys(table: Table, casing: Casing) -> list[str]:
    out = []
    for fk in table._foreign_keys:
        cols = ",".join(q(c.db_name(casing)) for c in fk.columns)
        refs = ",".join(q(c.db_name(casing)) for c in fk.foreign_columns)
        out.append(
            f"ALTER TABLE {q(table._name)} ADD CONSTRAINT {q(fk.constraint_name(casing))} "
            f"FOREIGN KEY ({cols}) REFERENCES {q(fk.foreign_table._original_name)}({refs}) "
            f"ON DELETE {fk.on_delete_ or 'no action'} ON UPDATE {fk.on_update_ or 'no action'};"
        )
    return out


def indexes(table: Table, casing: Casing) -> list[str]:
    return [
        f"CREATE INDEX {q(idx.index_name(table, casing))} ON {q(table._name)} "
        f"({_index_columns(idx, casing)});"
        for idx in table._indexes
        if not idx.unique
    ]


def create_view(view: MySqlView, casing: Casing) -> str:
    """drizzle-kit's layout: options on their own lines between CREATE and VIEW."""
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    text = render_inline(body, _QUOTING, casing, bare_columns=False)
    options = ""
    if view._algorithm:
        options += f"ALGORITHM = {view._algorithm}\n"
    if view._sql_security:
        options += f"SQL SECURITY {view._sql_security}\n"
    check = f"\nWITH {view._check_option} CHECK OPTION" if view._check_option else ""
    return f"CREATE {options}VIEW {q(view._name)} AS ({text}){check};"


def create_statements(entities: list[Any], casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty MySQL/MariaDB database."""
    entities = entities_from(entities)
    tables = tables_of(entities)
    for t in tables:
        if not isinstance(next(iter(t._columns.values())), MySqlColumn):
            raise TypeError(f"table {t._name!r} is not a MySQL table (mysql_table)")
    out = [create_table(t, casing) for t in tables]
    for t in tables:
        out.extend(foreign_keys(t, casing))
    for t in tables:
        out.extend(indexes(t, casing))
    out.extend(create_view(v, casing) for v in views_of(entities) if isinstance(v, MySqlView))
    return out


class MySqlDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
