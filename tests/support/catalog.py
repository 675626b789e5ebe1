"""Catalog dumps for comparing two databases' schemas (bookkeeping tables left out)."""

from __future__ import annotations

import re
from typing import Any

from harness import Database

BOOKKEEPING = "__drizzle_migrations"


def dump(db: Database, dialect: str) -> dict[str, Any]:
    if dialect == "postgres":
        return _pg(db)
    if dialect == "mysql":
        return _mysql(db)
    return _sqlite(db)


def _pg(db: Database) -> dict[str, Any]:
    schemas = "table_schema not in ('pg_catalog', 'information_schema', 'drizzle')"
    return {
        "columns": db.execute(
            "select table_schema, table_name, column_name, data_type, udt_name, is_nullable, "
            "column_default, is_identity, character_maximum_length from "
            f"information_schema.columns where {schemas} order by 1, 2, column_name"
        ),
        "constraints": db.execute(
            "select n.nspname, c.conname, c.contype, pg_get_constraintdef(c.oid) as def "
            "from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
            "where n.nspname not in ('pg_catalog', 'information_schema', 'drizzle') "
            "order by 1, 2"
        ),
        "indexes": db.execute(
            "select schemaname, indexname, indexdef from pg_indexes "
            "where schemaname not in ('pg_catalog', 'drizzle') order by 1, 2"
        ),
        "types": db.execute(
            "select t.typname, array_agg(e.enumlabel order by e.enumsortorder)::text as labels "
            "from pg_type t join pg_enum e on e.enumtypid = t.oid group by 1 order by 1"
        ),
        "views": db.execute(
            "select table_schema, table_name, view_definition from information_schema.views "
            f"where {schemas} order by 1, 2"
        ),
    }


def _mysql(db: Database) -> dict[str, Any]:
    where = f"table_schema = database() and table_name <> '{BOOKKEEPING}'"
    return {
        "columns": db.execute(
            "select table_name, column_name, column_type, is_nullable, column_default, extra "
            f"from information_schema.columns where {where} order by 1, 2"
        ),
        "indexes": db.execute(
            "select table_name, index_name, non_unique, seq_in_index, column_name "
            f"from information_schema.statistics where {where} order by 1, 2, 4"
        ),
        "foreign_keys": db.execute(
            "select constraint_name, table_name, referenced_table_name, update_rule, delete_rule "
            "from information_schema.referential_constraints where constraint_schema = database() "
            "order by 1"
        ),
    }


def _sqlite(db: Database) -> dict[str, Any]:
    tables = [
        r["name"]
        for r in db.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            f"and name <> '{BOOKKEEPING}' order by name"
        )
    ]
    rows = db.execute(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%' "
        f"and name <> '{BOOKKEEPING}' order by type, name"
    )
    return {
        "sql": [{**r, "sql": _sqlite_text(r["sql"])} for r in rows],
        "columns": {t: db.execute(f"select * from pragma_table_info('{t}')") for t in tables},
        "foreign_keys": {
            t: db.execute(f"select * from pragma_foreign_key_list('{t}')") for t in tables
        },
    }


def _sqlite_text(sql: str | None) -> str | None:
    """A ``CREATE`` statement as SQLite keeps it, without what depends on how the table got
    there: ``ALTER TABLE ... RENAME`` requotes the name (``"t"``) and ``ADD COLUMN`` appends
    the column after the last one with its own spacing."""
    if sql is None:
        return None
    sql = re.sub(r'^CREATE TABLE "((?:[^"]|"")*)"', lambda m: f"CREATE TABLE `{m[1]}`", sql)
    sql = re.sub(r"\s*,\s*", ", ", sql)
    sql = re.sub(r"\s+", " ", sql)
    return re.sub(r"\s*\)$", ")", sql)
