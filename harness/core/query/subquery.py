"""Subqueries and CTEs: a select named with ``.as_("sq")`` whose fields are re-addressed
through the alias (``sq.email`` renders ``"sq"."email"``)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from harness.core.column import Column
from harness.sql.chunks import SQL, Aliased, Chunk

if TYPE_CHECKING:
    from harness.sql.render import RenderContext


class _AliasSource:
    """Stands in for a table when a column is read through a subquery alias."""

    def __init__(self, alias: str) -> None:
        self._name = alias
        self._original_name = alias
        self._schema = None
        self._is_alias = True


class FieldRef(Chunk):
    """A non-column field of a subquery, referenced from outside as ``"sq"."alias"``."""

    __slots__ = ("alias", "decoder", "source")

    def __init__(self, source: str, alias: str, decoder: Any) -> None:
        self.source = source
        self.alias = alias
        self.decoder = decoder

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_name(self.source)
        ctx.parts.append(".")
        ctx.write_name(self.alias)

    def as_(self, alias: str) -> Aliased:
        return Aliased(SQL([self]), alias)


def proxy_field(field: Any, alias: str) -> Any:
    """Re-address one selected field through ``alias``."""
    if isinstance(field, Column):
        clone = copy.copy(field)
        clone.table = _AliasSource(alias)  # type: ignore[assignment]
        # keep the database name the inner query produced; casing already applied there
        return clone
    if isinstance(field, Aliased):
        return FieldRef(alias, field.alias, field.sql.decoder)
    if isinstance(field, dict):
        return FieldNamespace({k: proxy_field(v, alias) for k, v in field.items()})
    if isinstance(field, FieldRef):
        return FieldRef(alias, field.alias, field.decoder)
    return UnaliasedField(alias, type(field).__name__)


class UnaliasedField(Chunk):
    """An expression selected without a name: fine inside the subquery, an error only where
    it is referenced from outside (Drizzle's behaviour), since outside it has no name."""

    __slots__ = ("kind", "source")

    def __init__(self, source: str, kind: str) -> None:
        self.source = source
        self.kind = kind

    def _render(self, ctx: RenderContext) -> None:
        raise TypeError(
            f"subquery {self.source!r}: a field referenced from outside must be a column or an "
            f"aliased expression, got an unnamed {self.kind}; give it a name with .as_('name')"
        )


class FieldNamespace(dict[str, Any]):
    """Nested fields of a subquery made from a join: ``sq.posts.owner_id``."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"no field {key!r}; fields: {list(self)}") from None


class Subquery(Chunk):
    """``(<select>) "alias"`` in FROM/JOIN; with ``is_with`` it is a CTE and renders its name."""

    def __init__(self, query: Any, alias: str, is_with: bool = False) -> None:
        self._query = query
        self._alias = alias
        self._is_with = is_with
        self._name = alias
        self._fields: dict[str, Any] = {
            key: proxy_field(field, alias) for key, field in query._selected_fields().items()
        }

    def _selected_fields(self) -> dict[str, Any]:
        return self._fields

    def __getattr__(self, key: str) -> Any:
        fields = self.__dict__.get("_fields", {})
        if key in fields:
            return fields[key]
        raise AttributeError(f"subquery {self.__dict__.get('_alias')!r} has no field {key!r}")

    def __getitem__(self, key: str) -> Any:
        return self._fields[key]

    def _render(self, ctx: RenderContext) -> None:
        if self._is_with:
            ctx.write_name(self._alias)
            return
        ctx.parts.append("(")
        self._query.get_sql()._render(ctx)
        ctx.parts.append(") ")
        ctx.write_name(self._alias)


class _SqlWithFields:
    """A CTE body given as ``sql(...)`` with the fields it exposes declared beside it."""

    def __init__(self, body: SQL, fields: dict[str, Any]) -> None:
        self._body = body
        self._fields = fields

    def get_sql(self) -> SQL:
        return self._body

    def _selected_fields(self) -> dict[str, Any]:
        return self._fields


class CteBuilder:
    """``db.with_cte("name").as_(query)`` (Drizzle's ``$with``).

    With ``fields`` (Drizzle's ``$with(alias, selection)``) the body may be ``sql(...)``, or a
    callback returning it, and the CTE exposes those fields (columns and nested dicts of
    them), addressed through the CTE's name.
    """

    def __init__(self, name: str, fields: dict[str, Any] | None = None, db: Any = None) -> None:
        self.name = name
        self.fields = fields
        self._db = db

    def as_(self, query: Any) -> Subquery:
        if callable(query) and not hasattr(query, "get_sql"):
            query = query(self._db)  # Drizzle hands the callback a query builder
        if self.fields is not None and not hasattr(query, "_selected_fields"):
            query = _SqlWithFields(query.get_sql(), self.fields)
        elif getattr(getattr(query, "config", None), "returning", None) is not None:
            # insert/update/delete ... returning: the CTE exposes the returned fields
            query = _SqlWithFields(query.get_sql(), query.config.returning)
        return Subquery(query, self.name, is_with=True)
