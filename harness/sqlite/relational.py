"""SQLite JSON for relational queries: ``json_group_array``, and ``json()`` around embedded
subqueries (a subquery's JSON text loses SQLite's JSON subtype)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.relational_json import BaseRelationalJson
from harness.sql.chunks import SQL, Raw


class SQLiteRelationalJson(BaseRelationalJson):
    def array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        return SQL([Raw("coalesce(json_group_array("), row, Raw("), json_array())")])

    def embed(self, subquery: SQL) -> Any:
        return SQL([Raw("json("), subquery, Raw(")")])
