"""MySQL/MariaDB JSON for relational queries.

MySQL builds nested arrays from a derived table with row numbers, as elsewhere.  MariaDB
refuses outer references in derived tables, but its ``JSON_ARRAYAGG`` takes ORDER BY and
LIMIT itself, and its JSON is text that must be re-parsed when embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.relational_json import BaseRelationalJson
from harness.sql.chunks import SQL, Raw, join_chunks


class MySqlRelationalJson(BaseRelationalJson):
    def array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        chunks: list[Any] = [Raw("coalesce(json_arrayagg("), row]
        if order:
            chunks += [Raw(" order by "), join_chunks(order)]
        if limit is not None:
            chunks += [Raw(" limit "), limit]
            if offset is not None:
                chunks += [Raw(" offset "), offset]
        return SQL([*chunks, Raw("), json_array())")])

    def value(self, value: Any) -> Any:
        if isinstance(value, Column) and value.data_type == "decimal":
            return SQL([Raw("cast("), value, Raw(" as char)")])
        return value


class MariaDbRelationalJson(MySqlRelationalJson):
    aggregate_orders = True

    def embed(self, subquery: SQL) -> Any:
        # MariaDB's JSON is text: JSON_EXTRACT(..., '$') embeds it as JSON, not as a string
        return SQL([Raw("json_extract("), subquery, Raw(", '$')")])
