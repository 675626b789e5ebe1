"""Views declared with a query (fields inferred) or with ``sql`` plus explicit columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from harness.core.column import ColumnBuilder
from harness.core.errors import SchemaError
from harness.core.query.subquery import proxy_field
from harness.core.table import Table
from harness.sql.chunks import Chunk

if TYPE_CHECKING:
    from harness.sql.render import RenderContext


class View(Chunk):
    """A view usable in ``from_``/joins; its fields render as ``"view"."column"``.

    ``kind`` is "view" or "materialized view"; DDL comes from the dialect.
    """

    _dialect: ClassVar[str] = "core"
    _table_class: ClassVar[type[Table]] = Table

    def __init__(
        self,
        name: str,
        columns: Mapping[str, ColumnBuilder] | None = None,
        schema: str | None = None,
        kind: str = "view",
    ) -> None:
        self._name = name
        self._original_name = name
        self._schema = schema
        self._is_alias = False
        self._kind = kind
        self._columns_decl = columns
        self._definition: Any = None
        #: ``existing()``: the view is in the database already; no DDL ever creates it
        self._existing = False
        self._fields: dict[str, Any] = {}
        if columns is not None:
            shadow = self._table_class(name, columns, schema=schema)
            self._fields = dict(shadow._columns)
            for key, col in self._fields.items():
                col.table = self
                self.__dict__[key] = col

    def _query_builder(self) -> Any:
        """A compile-only database of this view's dialect, for ``as_(lambda qb: ...)``."""
        raise NotImplementedError

    def as_(self, definition: Any) -> View:
        """Define the view by a select builder, ``lambda qb: qb.select()...`` (Drizzle's query
        builder form, compiled for this view's dialect) or ``sql(...)`` (columns required)."""
        if callable(definition) and not hasattr(definition, "get_sql"):
            definition = definition(self._query_builder())
        self._definition = definition
        if hasattr(definition, "_selected_fields"):
            if self._columns_decl is None:
                self._fields = {
                    k: proxy_field(v, self._name) for k, v in definition._selected_fields().items()
                }
                for key, field in self._fields.items():
                    self.__dict__[key] = field
        elif self._columns_decl is None:
            raise SchemaError(
                f"view {self._name!r}: a view defined with sql(...) needs its columns: "
                f"{type(self).__name__}({self._name!r}, {{'id': integer(), ...}}).as_(sql(...))"
            )
        return self

    def existing(self) -> View:
        """Drizzle's ``.existing()``: a view that already exists in the database, declared by
        its columns only to be queried; ``create_schema``/``push``/``generate`` leave it out."""
        if self._columns_decl is None:
            raise SchemaError(
                f"view {self._name!r}: an existing view needs its columns: "
                f"{type(self).__name__}({self._name!r}, {{'id': integer(), ...}}).existing()"
            )
        self._existing = True
        return self

    def _selected_fields(self) -> dict[str, Any]:
        return self._fields

    def __getattr__(self, key: str) -> Any:
        raise AttributeError(f"view {self.__dict__.get('_name')!r} has no field {key!r}")

    def _render(self, ctx: RenderContext) -> None:
        if self._schema is not None:
            ctx.write_name(self._schema)
            ctx.parts.append(".")
        ctx.write_name(self._name)
