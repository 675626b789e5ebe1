"""A live PostgreSQL database read into drizzle-kit's snapshot (version 7), for ``push``.

:meth:`PgIntrospector.snapshot` reads the catalog (``catalog``: one query per kind of
object, never one per table) into the snapshot ``harness.pg.snapshot`` builds from
declarations - every user schema, its tables (columns, keys, uniques, foreign keys, checks,
indexes), enums, free-standing sequences and views - spelled as drizzle-kit's introspection
spells it (``columns``, ``tables``).  The bookkeeping table (``migrations_table``, in whatever
schema) is left out, and so is its schema (``drizzle`` by default) when that table is all it
holds.

:meth:`PgIntrospector.align` then rewrites, in the live snapshot, what the server prints
differently from the declarations but means the same, and what drizzle-kit's push does not
compare (``align``), so a push of unchanged declarations plans nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from harness.pg.introspect.align import align_snapshot
from harness.pg.introspect.catalog import Catalog, read_catalog
from harness.pg.introspect.columns import column_entry
from harness.pg.introspect.tables import build_tables, build_view
from harness.pg.snapshot import empty_snapshot

if TYPE_CHECKING:
    from harness.core.database import Database


class PgIntrospector:
    """``harness.core.parts.Introspector`` for PostgreSQL."""

    def snapshot(
        self,
        db: Database,
        tables: Sequence[str] | None = None,
        migrations_table: str = "__drizzle_migrations",
    ) -> dict[str, Any]:
        """The database as a snapshot.  ``tables`` limits the tables and views read (by
        name, or ``schema.name``)."""
        return snapshot_from(read_catalog(db), tables, migrations_table)

    def align(self, live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
        """``live`` in the declared spelling wherever both mean the same (see ``align``)."""
        return align_snapshot(live, declared)


def snapshot_from(
    catalog: Catalog,
    tables: Sequence[str] | None = None,
    migrations_table: str = "__drizzle_migrations",
) -> dict[str, Any]:
    """The snapshot of already-read catalog rows."""
    wanted = set(tables) if tables is not None else None

    def keep(rel: dict[str, Any]) -> bool:
        if rel["name"] == migrations_table:
            return False
        return wanted is None or rel["name"] in wanted or f"{rel['schema']}.{rel['name']}" in wanted

    relations = {int(r["oid"]): r for r in catalog.relations if keep(r)}
    table_rels = {oid: r for oid, r in relations.items() if r["kind"] in ("r", "p")}
    view_rels = {oid: r for oid, r in relations.items() if r["kind"] in ("v", "m")}

    result = empty_snapshot()
    built = build_tables(catalog, table_rels)
    ordered = sorted(
        table_rels, key=lambda oid: (table_rels[oid]["name"], table_rels[oid]["schema"])
    )
    result["tables"] = {
        f"{table_rels[oid]['schema']}.{table_rels[oid]['name']}": built[oid] for oid in ordered
    }

    view_columns: dict[int, dict[str, Any]] = {oid: {} for oid in view_rels}
    for row in catalog.columns:
        if int(row["rel"]) in view_columns:
            column = column_entry(row, view_rels[int(row["rel"])]["schema"], None)
            view_columns[int(row["rel"])][column["name"]] = column
    ordered = sorted(
        view_rels, key=lambda oid: (view_rels[oid]["kind"] == "m", view_rels[oid]["name"])
    )
    result["views"] = {
        f"{view_rels[oid]['schema']}.{view_rels[oid]['name']}": build_view(
            view_rels[oid], view_columns[oid]
        )
        for oid in ordered
    }

    enums: dict[str, Any] = {}
    for row in catalog.enums:
        key = f"{row['schema']}.{row['name']}"
        entry = enums.setdefault(key, {"name": row["name"], "schema": row["schema"], "values": []})
        entry["values"].append(row["value"])
    result["enums"] = enums

    result["sequences"] = {
        f"{row['schema']}.{row['name']}": {
            "name": row["name"],
            "schema": row["schema"],
            "increment": str(row["increment"]),
            "startWith": str(row["start"]),
            "minValue": str(row["min"]),
            "maxValue": str(row["max"]),
            "cache": str(row["cache"]),
            "cycle": bool(row["cycle"]),
        }
        for row in catalog.sequences
        if row["owner_rel"] is None or not row["owner_num"]
    }

    # a schema that only holds the bookkeeping table (``drizzle`` by default) is the
    # migrator's, not the declarations': reading it would make push drop it
    used = {
        key.split(".", 1)[0]
        for kind in ("tables", "views", "enums", "sequences")
        for key in result[kind]
    }
    bookkeeping = {r["schema"] for r in catalog.relations if r["name"] == migrations_table}
    result["schemas"] = {
        row["name"]: row["name"]
        for row in catalog.schemas
        if row["name"] != "public" and (row["name"] not in bookkeeping or row["name"] in used)
    }
    return result


__all__ = ["PgIntrospector", "snapshot_from"]
