"""Default JSON building blocks for one-statement relational queries
(``harness.core.parts.RelationalJson``); dialects override what differs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.sql.chunks import SQL, Raw, join_chunks


class BaseRelationalJson:
    aggregate_orders: bool = False

    def row(self, values: Sequence[Any]) -> SQL:
        return SQL([Raw("json_array("), join_chunks(values), Raw(")")])

    def array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        raise NotImplementedError

    def embed(self, subquery: SQL) -> Any:
        return subquery

    def value(self, value: Any) -> Any:
        return value
