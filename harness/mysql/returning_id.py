"""``insert(...).returning_id()`` on MySQL (Drizzle's ``$returningId``).

MySQL has no RETURNING.  After the insert, ``LAST_INSERT_ID()`` is the AUTO_INCREMENT value
of the first row that needed one, and the server gives the rows of one multi-row insert
consecutive values (InnoDB's consecutive lock mode for simple inserts, as Drizzle assumes).
Keys the rows carry themselves - explicit values, or ``default_fn`` ones, computed here before
the insert so that the value sent is the value returned - are taken from the rows.
"""

from __future__ import annotations

from typing import Any

from harness.core.column import Column
from harness.core.errors import QueryBuildError


def insert_returning_id(insert: Any) -> list[dict[str, Any]]:
    config = insert.config
    table = config.table
    if config.select is not None:
        raise QueryBuildError("returning_id() needs values(...) rows, not insert ... select")
    keys = _primary_keys(table)
    rows = [dict(row) for row in config.rows]
    for row in rows:
        for key, column in keys:
            if row.get(key) is None and column.default_fn is not None:
                row[key] = column.default_fn()
    config.rows = rows
    insert.execute()
    first = insert._db.execute("select last_insert_id() as id")[0]["id"]
    next_id = int(first) if first else None
    result = []
    for row in rows:
        ids: dict[str, Any] = {}
        for key, column in keys:
            if row.get(key) is not None:
                ids[key] = row[key]
            elif column.autoincrement and next_id is not None:
                ids[key] = next_id
                next_id += 1
        result.append(ids)
    return result


def _primary_keys(table: Any) -> list[tuple[str, Column[Any]]]:
    single = [(k, c) for k, c in table._columns.items() if c.primary]
    if single:
        return single
    keys = []
    for pk in table._primary_keys[:1]:
        for column in pk.columns:
            key = next(k for k, c in table._columns.items() if c is column)
            keys.append((key, column))
    return keys
