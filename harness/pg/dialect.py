"""PostgreSQL compiler: ``"name"`` quoting, ``$n`` parameters, every RETURNING, DISTINCT ON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from harness.core.column import Column
from harness.core.dialect import Dialect
from harness.core.query.insert import Insert
from harness.core.query.select import Select
from harness.sql.chunks import SQL, Raw


class PgDialect(Dialect):
    name: ClassVar[str] = "postgresql"
    ddl_module: ClassVar[str] = "harness.pg.ddl"
    migrations_module: ClassVar[str] = "harness.pg.migrations"
    admin_module: ClassVar[str] = "harness.pg.admin"
    returning: ClassVar[frozenset[str]] = frozenset({"insert", "update", "delete"})
    supports_update_from: ClassVar[bool] = True

    def placeholder(self, index: int) -> str:
        return f"${index}"

    def build_distinct(self, query: Select) -> list[Any]:
        if query._distinct is True:
            return [Raw(" distinct")]
        if query._distinct:
            chunks: list[Any] = [Raw(" distinct on (")]
            for i, c in enumerate(query._distinct):
                if i:
                    chunks.append(Raw(", "))
                chunks.append(c)
            chunks.append(Raw(")"))
            return chunks
        return []

    max_parameters: ClassVar[int] = 65_535

    def build_count(self, source: Any, where: Any) -> SQL:
        tree = super().build_count(source, where)
        tree.chunks.append(Raw(";"))  # Drizzle's pg $count ends with a semicolon
        return tree

    def json_row(self, values: Sequence[Any]) -> SQL:
        chunks: list[Any] = [Raw("json_build_array(")]
        for i, value in enumerate(values):
            chunks += [Raw(", "), value] if i else [value]
        return SQL([*chunks, Raw(")")])

    def json_array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        return SQL([Raw("coalesce(json_agg("), row, Raw("), '[]'::json)")])

    def advance_sequences(self, db: Any, table: Any) -> None:
        """``setval`` every serial/identity sequence of ``table`` to its column's maximum."""
        from harness.sql.chunks import Name

        qualified = self.to_sql(SQL([table]))[0]
        for column in table._columns.values():
            if column.identity is None and "serial" not in column.sql_type():
                continue
            name = self.to_sql(SQL([Name(column.db_name(db.casing))]))[0]
            db._run(
                SQL(
                    [
                        Raw("select setval(pg_get_serial_sequence("),
                        qualified,
                        Raw(", "),
                        column.db_name(db.casing),
                        Raw(f"), coalesce(max({name}), 0) + 1, false) from "),
                        table,
                    ]
                ),
                True,
            )

    def json_value(self, value: Any) -> Any:
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

    def build_overriding(self, query: Insert) -> list[Any]:
        return [Raw("overriding system value ")] if query._overriding else []

    def inline_literal(self, value: Any) -> str:
        return super().inline_literal(value)
