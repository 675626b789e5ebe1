"""PostgreSQL DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

The statements are ``generate``'s own first migration (``harness.pg.schema_diff``); this
module keeps the pieces the snapshot serialiser shares (enum collection, default literals).
Order: schemas, enums, sequences, tables (columns, composite PK, unique constraints, checks),
foreign keys as ``ALTER TABLE ... ADD CONSTRAINT``, indexes (``USING btree``), views.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.ddl import (
    Casing,
    entities_from,
    render_inline,
    tables_of,
)
from harness.core.table import Table
from harness.pg.columns import PgArray, PgColumn, PgEnum, PgJson
from harness.pg.quoting import PgQuoting
from harness.sql.chunks import SQL

_QUOTING = PgQuoting()
_INT_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}


def q(name: str) -> str:
    return _QUOTING.escape_name(name)


def enums_of(entities: list[Any], tables: list[Table]) -> list[PgEnum]:
    found: dict[int, PgEnum] = {}
    for e in entities:
        if isinstance(e, PgEnum):
            found[id(e)] = e
    for t in tables:
        for c in t._columns.values():
            enum = c.config.get("pg_enum") or (
                c.element.config.get("pg_enum") if isinstance(c, PgArray) else None
            )
            if isinstance(enum, PgEnum):
                found.setdefault(id(enum), enum)
    # drizzle-kit writes enums sorted by schema and name (checked against drizzle-kit 0.31.11)
    return sorted(found.values(), key=lambda e: (e.schema or "public", e.enum_name))


def default_sql(column: Column, casing: Casing) -> str:
    """A column default as drizzle-kit's PostgreSQL serializer writes it."""
    value = column.default
    if isinstance(value, SQL):
        return render_inline(value, _QUOTING, casing, bare_columns=True)
    if isinstance(value, str):
        return _QUOTING.escape_string(value)
    if isinstance(column, PgJson):
        return f"'{json.dumps(value, separators=(',', ':'))}'::{column.sql_type()}"
    if isinstance(column, PgArray) and isinstance(value, (list, tuple)):
        return "'" + str(column.map_to_driver(value)).replace("'", "''") + "'"
    if isinstance(value, _dt.datetime):
        if column.config.get("with_timezone"):  # drizzle-kit: Date.toISOString()
            moment = value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
            utc = moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            return "'" + utc.isoformat(timespec="milliseconds") + "Z'"
        return "'" + value.isoformat(sep=" ", timespec="milliseconds") + "'"
    if isinstance(value, _dt.date):
        return "'" + value.isoformat() + "'"
    if value is True or value is False:
        return "true" if value else "false"
    mapped = column.map_to_driver(value)
    return str(mapped) if isinstance(mapped, (int, float)) else _QUOTING.escape_string(str(mapped))


def create_statements(entities: list[Any], casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty PostgreSQL database: ``generate``'s own
    first migration (the declarations' snapshot diffed against the empty one), so
    ``create_schema`` and a generated folder cannot drift apart."""
    from harness.core.schema_diff import Renames
    from harness.pg.schema_diff import PgSchemaDiff

    found = entities_from(entities)
    for t in tables_of(found):
        if not isinstance(next(iter(t._columns.values())), PgColumn):
            raise TypeError(f"table {t._name!r} is not a PostgreSQL table (pg_table)")
    differ = PgSchemaDiff()
    diff = differ.diff(differ.empty_snapshot(), differ.snapshot(found, casing), Renames())
    return [statement.strip() for statement in diff.statements]


class PgDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
