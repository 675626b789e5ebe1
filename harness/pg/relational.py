"""PostgreSQL JSON for relational queries: ``json_build_array`` rows, ``json_agg`` arrays,
exact numerics sent as text so no digit is lost to JSON's floats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.column import Column
from harness.core.relational_json import BaseRelationalJson
from harness.sql.chunks import SQL, Raw, join_chunks


class PgRelationalJson(BaseRelationalJson):
    #: ``json_agg`` over the numbered derived table takes its rows in the order they were
    #: numbered: the decoder need not sort a level that has no ``order_by``
    keeps_input_order = True

    def row(self, values: Sequence[Any]) -> SQL:
        return SQL([Raw("json_build_array("), join_chunks(values), Raw(")")])

    def array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        return SQL([Raw("coalesce(json_agg("), row, Raw("), '[]'::json)")])

    def value(self, value: Any) -> Any:
        if isinstance(value, Column) and value.data_type == "decimal":
            return SQL([Raw("cast("), value, Raw(" as text)")])
        element = getattr(value, "element", None)
        if (
            isinstance(value, Column)
            and isinstance(element, Column)
            and element.data_type == "decimal"
        ):
            return SQL([Raw("cast("), value, Raw(" as text[])")])  # keep every digit in JSON
        return value
