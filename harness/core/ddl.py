"""Dialect-neutral helpers for DDL rendering: collecting declarations, rendering expressions.

The statements themselves (their exact text, as drizzle-kit writes them) live in each dialect's
``ddl`` module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any

from harness.core.column import Column, IndexedColumn
from harness.core.table import Table
from harness.core.view import View
from harness.sql.chunks import SQL, Chunk
from harness.sql.render import RenderContext

Casing = Callable[[str], str] | None


def entities_from(schema: Any) -> list[Any]:
    """Declarations in a module (public attributes), a mapping (values) or an iterable."""
    if isinstance(schema, ModuleType):
        return [v for k, v in vars(schema).items() if not k.startswith("_")]
    if isinstance(schema, Mapping):
        return list(schema.values())
    if isinstance(schema, (Table, View)):
        return [schema]
    if isinstance(schema, Iterable):
        return list(schema)
    raise TypeError(f"expected a module, dict or list of declarations, got {type(schema).__name__}")


def tables_of(entities: Iterable[Any]) -> list[Table]:
    """Distinct tables sorted by name (then schema), as drizzle-kit orders them."""
    seen: dict[int, Table] = {}
    for e in entities:
        if isinstance(e, Table) and not e._is_alias:
            seen[id(e)] = e
    return sorted(seen.values(), key=lambda t: (t._name, t._schema or ""))


def views_of(entities: Iterable[Any]) -> list[View]:
    """Distinct views, without those declared ``existing()`` (nothing creates those)."""
    seen: dict[int, View] = {}
    for e in entities:
        if isinstance(e, View) and not e._existing:
            seen[id(e)] = e
    return sorted(seen.values(), key=lambda v: (v._schema or "", v._name))


def render_inline(expression: Any, quoting: Any, casing: Casing, bare_columns: bool) -> str:
    """An expression as literal SQL text: parameters inlined, columns bare when asked."""
    ctx = RenderContext(quoting, casing)
    ctx.inline = True
    tree = expression if isinstance(expression, Chunk) else SQL([expression])
    if bare_columns:
        tree = _bare(tree)
    tree._render(ctx)
    return "".join(ctx.parts)


def _bare(tree: Chunk) -> Chunk:
    from harness.core.column import BareColumn

    if isinstance(tree, Column):
        return BareColumn(tree)
    if isinstance(tree, SQL):
        out = SQL([_bare(c) if isinstance(c, Chunk) else c for c in tree.chunks])
        out.inline = tree.inline
        return out
    return tree


def index_parts(column: Any) -> tuple[Any, str | None, str | None]:
    """(column or expression, order, nulls) of one index entry."""
    if isinstance(column, IndexedColumn):
        return column.column, column.order, column.nulls
    return column, None, None


def generated_expression(column: Column, quoting: Any, casing: Casing) -> str:
    """The text inside ``GENERATED ALWAYS AS (...)``: raw text, ``sql(...)`` or a callable."""
    assert column.generated is not None
    expression = column.generated.expression
    if callable(expression) and not isinstance(expression, SQL):
        expression = expression()
    if isinstance(expression, str):
        return expression
    return render_inline(expression, quoting, casing, bare_columns=False)
