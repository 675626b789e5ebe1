"""PostgreSQL DDL exactly as ``drizzle-kit generate`` writes it for a fresh database.

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
    generated_expression,
    index_parts,
    render_inline,
    tables_of,
    views_of,
)
from harness.core.table import Table
from harness.pg.columns import PgArray, PgColumn, PgEnum, PgJson
from harness.pg.quoting import PgQuoting
from harness.pg.table import PgSequence, PgView
from harness.sql.chunks import SQL

_QUOTING = PgQuoting()
_INT_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}


def q(name: str) -> str:
    return _QUOTING.escape_name(name)


def qualified(schema: str | None, name: str) -> str:
    return f"{q(schema)}.{q(name)}" if schema else q(name)


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


def identity_sql(table: Table, column: Column, casing: Casing) -> str:
    identity = column.identity
    assert identity is not None
    kind = "ALWAYS" if identity.kind == "always" else "BY DEFAULT"
    name = identity.sequence_name or f"{table._name}_{column.db_name(casing)}_seq"
    type_max = _INT_MAX.get(column.sql_type(), _INT_MAX["integer"])
    increment = identity.increment_by or 1
    min_value = identity.min_value if identity.min_value is not None else 1
    max_value = identity.max_value if identity.max_value is not None else type_max
    start = identity.start_with if identity.start_with is not None else min_value
    cache = identity.cache or 1
    options = (
        f"sequence name {qualified(table._schema, name)} INCREMENT BY {increment} "
        f"MINVALUE {min_value} MAXVALUE {max_value} START WITH {start} CACHE {cache}"
    )
    if identity.cycle:
        options += " CYCLE"
    return f" GENERATED {kind} AS IDENTITY ({options})"


def column_sql(table: Table, column: Column, casing: Casing) -> str:
    parts = [f"{q(column.db_name(casing))} {column.sql_type()}"]
    if column.primary:
        parts.append(" PRIMARY KEY")
    if column.has_default and column.default is not None and column.generated is None:
        parts.append(f" DEFAULT {default_sql(column, casing)}")
    if column.generated is not None:
        rendered = generated_expression(column, _QUOTING, casing)
        parts.append(f" GENERATED ALWAYS AS ({rendered}) STORED")
    if column.not_null and column.identity is None:
        parts.append(" NOT NULL")
    if column.identity is not None:
        parts.append(identity_sql(table, column, casing))
    return "".join(parts)


def create_table(table: Table, casing: Casing) -> str:
    lines = [f"\t{column_sql(table, c, casing)}" for c in table._columns.values()]
    for pk in table._primary_keys[:1]:
        cols = '","'.join(c.db_name(casing) for c in pk.columns)
        lines.append(f'\tCONSTRAINT {q(pk.constraint_name(table, casing))} PRIMARY KEY("{cols}")')
    for column in table._columns.values():
        if column.is_unique:
            name = column.unique_name or f"{table._name}_{column.db_name(casing)}_unique"
            nnd = " NULLS NOT DISTINCT" if column.unique_nulls_not_distinct else ""
            lines.append(f'\tCONSTRAINT {q(name)} UNIQUE{nnd}("{column.db_name(casing)}")')
    for uc in table._unique_constraints:
        cols = '","'.join(c.db_name(casing) for c in uc.columns)
        nnd = " NULLS NOT DISTINCT" if uc.nulls_not_distinct_ else ""
        lines.append(f'\tCONSTRAINT {q(uc.constraint_name(table, casing))} UNIQUE{nnd}("{cols}")')
    for chk in table._checks:
        expr = render_inline(chk.condition, _QUOTING, casing, bare_columns=False)
        lines.append(f"\tCONSTRAINT {q(chk.name)} CHECK ({expr})")
    return f"CREATE TABLE {qualified(table._schema, table._name)} (\n" + ",\n".join(lines) + "\n);"


def foreign_keys(table: Table, casing: Casing) -> list[str]:
    out = []
    for fk in table._foreign_keys:
        target = fk.foreign_table
        cols = ",".join(q(c.db_name(casing)) for c in fk.columns)
        refs = ",".join(q(c.db_name(casing)) for c in fk.foreign_columns)
        out.append(
            f"ALTER TABLE {qualified(table._schema, table._name)} ADD CONSTRAINT "
            f"{q(fk.constraint_name(casing))} FOREIGN KEY ({cols}) REFERENCES "
            f"{qualified(target._schema or 'public', target._original_name)}({refs}) "
            f"ON DELETE {fk.on_delete_ or 'no action'} ON UPDATE {fk.on_update_ or 'no action'};"
        )
    return out


def indexes(table: Table, casing: Casing) -> list[str]:
    out = []
    for idx in table._indexes:
        entries = []
        for entry in idx.columns:
            target, order, nulls = index_parts(entry)
            if isinstance(target, Column):
                text = q(target.db_name(casing))
            else:
                text = render_inline(target, _QUOTING, casing, bare_columns=True)
            if order == "desc":
                text += " DESC"
            effective = nulls or "last"  # drizzle-kit's default, written out for desc
            if not (order != "desc" and effective == "last"):
                text += f" NULLS {effective.upper()}"
            entries.append(text)
        where = ""
        if idx.where_ is not None:
            where = " WHERE " + render_inline(idx.where_, _QUOTING, casing, bare_columns=False)
        kind = "UNIQUE INDEX" if idx.unique else "INDEX"
        concurrently = " CONCURRENTLY" if idx.concurrently_ else ""
        out.append(
            f"CREATE {kind}{concurrently} {q(idx.index_name(table, casing))} ON "
            f"{qualified(table._schema, table._name)} USING {idx.method or 'btree'} "
            f"({','.join(entries)}){where};"
        )
    return out


def create_view(view: PgView, casing: Casing) -> str:
    definition = view._definition
    body = definition.get_sql() if hasattr(definition, "get_sql") else definition
    text = render_inline(body, _QUOTING, casing, bare_columns=False)
    kind = "MATERIALIZED VIEW" if view._kind == "materialized view" else "VIEW"
    return f"CREATE {kind} {qualified(view._schema or 'public', view._name)} AS ({text});"


def create_sequence(seq: PgSequence) -> str:
    o = seq.options
    increment = o.get("increment_by", 1)
    min_value = o.get("min_value", 1)
    max_value = o.get("max_value", _INT_MAX["bigint"])
    start = o.get("start_with", min_value)
    cache = o.get("cache", 1)
    cycle = " CYCLE" if o.get("cycle") else ""
    return (
        f"CREATE SEQUENCE {qualified(seq.schema or 'public', seq.name)} INCREMENT BY {increment} "
        f"MINVALUE {min_value} MAXVALUE {max_value} START WITH {start} CACHE {cache}{cycle};"
    )


def create_statements(entities: list[Any], casing: Casing = None) -> list[str]:
    """Statements that create ``entities`` on an empty PostgreSQL database."""
    entities = entities_from(entities)
    tables = tables_of(entities)
    for t in tables:
        if not isinstance(next(iter(t._columns.values())), PgColumn):
            raise TypeError(f"table {t._name!r} is not a PostgreSQL table (pg_table)")
    views = [v for v in views_of(entities) if isinstance(v, PgView)]
    schemas = sorted(
        {t._schema for t in tables if t._schema}
        | {v._schema for v in views if v._schema}
        | {e.schema for e in entities if isinstance(e, (PgEnum, PgSequence)) and e.schema}
    )
    out = [f"CREATE SCHEMA {q(s)};" for s in schemas]
    for enum in enums_of(entities, tables):
        values = ", ".join(_QUOTING.escape_string(v) for v in enum.enum_values)
        out.append(
            f"CREATE TYPE {qualified(enum.schema or 'public', enum.enum_name)} AS ENUM({values});"
        )
    sequences = sorted(
        (e for e in entities if isinstance(e, PgSequence)), key=lambda s: (s.schema or "", s.name)
    )
    out.extend(create_sequence(s) for s in sequences)
    out.extend(create_table(t, casing) for t in tables)
    for t in tables:
        out.extend(foreign_keys(t, casing))
    for t in tables:
        out.extend(indexes(t, casing))
    out.extend(create_view(v, casing) for v in views)
    return out


class PgDdl:
    """``harness.core.parts.Ddl``: this module's statements, as the dialect's ``ddl`` part."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        return create_statements(list(entities), casing)
