"""The SQL chunk tree shared by every dialect.

A query is a tree of small immutable-ish objects (text, identifiers, parameters, placeholders,
columns, tables, nested SQL).  Rendering walks the tree once and asks the dialect only how to
quote a name and how to spell the n-th parameter, so the same builder compiles for PostgreSQL,
MySQL and SQLite.  This mirrors Drizzle's ``sql`` template and psycopg's ``psycopg.sql``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from harness.sql.render import RenderContext


class Encoder(Protocol):
    """Anything that turns a Python value into a driver value (columns do)."""

    def map_to_driver(self, value: Any) -> Any: ...


class Chunk:
    """Base class of everything that knows how to render itself into a query."""

    __slots__ = ()

    def _render(self, ctx: RenderContext) -> None:
        raise NotImplementedError

    def get_sql(self) -> SQL:
        return SQL([self])


class Raw(Chunk):
    """Literal SQL text, written as is (Drizzle's StringChunk / ``sql.raw``)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_text(self.text)

    def __repr__(self) -> str:
        return f"Raw({self.text!r})"


class Name(Chunk):
    """An identifier, quoted by the dialect (``sql.identifier``)."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_name(self.value)

    def __repr__(self) -> str:
        return f"Name({self.value!r})"


class Placeholder(Chunk):
    """A named slot filled at execution time of a prepared query (``sql.placeholder``)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_placeholder(self, None)

    def __repr__(self) -> str:
        return f"Placeholder({self.name!r})"


class Param(Chunk):
    """A value sent as a bound parameter, encoded by ``encoder`` (usually the compared column)."""

    __slots__ = ("encoder", "value")

    def __init__(self, value: Any, encoder: Encoder | None = None) -> None:
        self.value = value
        self.encoder = encoder

    def _render(self, ctx: RenderContext) -> None:
        value = self.value
        if isinstance(value, Placeholder):
            ctx.write_placeholder(value, self.encoder)
            return
        if isinstance(value, Chunk):
            value._render(ctx)
            return
        if value is not None and self.encoder is not None:
            value = self.encoder.map_to_driver(value)
            if isinstance(value, Chunk):
                value._render(ctx)
                return
        ctx.write_param(value)

    def __repr__(self) -> str:
        return f"Param({self.value!r})"


class SQL(Chunk):
    """A sequence of chunks; the unit every builder produces and every operator returns."""

    __slots__ = ("chunks", "decoder", "inline")

    def __init__(self, chunks: list[Any] | None = None) -> None:
        self.chunks: list[Any] = chunks if chunks is not None else []
        self.decoder: Callable[[Any], Any] | None = None
        self.inline = False

    def _render(self, ctx: RenderContext) -> None:
        if self.inline and not ctx.inline:
            ctx.inline = True
            try:
                ctx.render_all(self.chunks)
            finally:
                ctx.inline = False
        else:
            ctx.render_all(self.chunks)

    def get_sql(self) -> SQL:
        return self

    def append(self, other: SQL) -> SQL:
        """Add the chunks of ``other`` at the end (in place) and return self."""
        self.chunks.extend(other.chunks)
        return self

    def as_(self, alias: str) -> Aliased:
        """Name this expression in a select list (Drizzle's ``.as()``)."""
        return Aliased(self, alias)

    def map_with(self, decoder: Any) -> SQL:
        """Decode the driver value of this expression with ``decoder`` (a function or a column)."""
        self.decoder = getattr(decoder, "map_from_driver", decoder)
        return self

    def inline_params(self) -> SQL:
        """Render the values of this expression as SQL literals instead of parameters."""
        self.inline = True
        return self

    def if_(self, condition: Any) -> SQL:
        """This chunk when ``condition`` is truthy, else an empty one (Drizzle's ``.if()``):
        ``sql("where {}", x).if_(x is not None)``."""
        return self if condition else SQL([])

    def __repr__(self) -> str:
        return f"SQL({self.chunks!r})"


def given(condition: Any) -> bool:
    """A condition to write: not None, and not the empty ``sql`` that a false ``.if_()`` gives
    (Drizzle's ``.if()`` gives ``undefined`` there: no clause, no operand)."""
    return condition is not None and not (isinstance(condition, SQL) and not condition.chunks)


class Frozen(Chunk):
    """A chunk tree without parameters whose text is rendered once per quoting, casing and
    ``%`` escaping, then reused (``select <columns> from <table>`` of ``select().from_(t)``).

    A tree that turns out to hold parameters is rendered normally every time (their
    placeholders are numbered by position in the whole statement)."""

    __slots__ = ("_texts", "tree")

    def __init__(self, tree: Chunk) -> None:
        self.tree = tree
        self._texts: dict[Any, str | None] = {}

    def _render(self, ctx: RenderContext) -> None:
        if ctx.inline:  # values would be written into the text: not cached
            self.tree._render(ctx)
            return
        # the bound method keeps its dialect alive: a key is never reused by another dialect
        key = (ctx.quoting.escape_name, ctx.casing, ctx.escape_percent)
        texts = self._texts
        text = texts.get(key, "")
        if text:
            ctx.parts.append(text)
            return
        if text is None:  # holds parameters: never frozen
            self.tree._render(ctx)
            return
        sub = type(ctx)(ctx.quoting, ctx.casing, ctx.escape_percent)
        self.tree._render(sub)
        if sub.params:
            frozen: str | None = None
            self.tree._render(ctx)
        else:
            frozen = "".join(sub.parts)
            ctx.parts.append(frozen)
        if len(texts) >= 16:  # casing functions made per call would grow it without end
            texts.clear()
        texts[key] = frozen


class Aliased(Chunk):
    """``<sql> as "alias"`` in a select list; renders as the alias when referenced later."""

    __slots__ = ("alias", "is_selection_field", "sql")

    def __init__(self, sql: SQL, alias: str, is_selection_field: bool = False) -> None:
        self.sql = sql
        self.alias = alias
        self.is_selection_field = is_selection_field

    @property
    def decoder(self) -> Callable[[Any], Any] | None:
        return self.sql.decoder

    def _render(self, ctx: RenderContext) -> None:
        if self.is_selection_field:
            ctx.write_name(self.alias)
        else:
            self.sql._render(ctx)

    def clone_for_selection(self) -> Aliased:
        return Aliased(self.sql, self.alias, True)


_TEMPLATE_TOKEN = re.compile(r"\{\{|\}\}|\{\}")


def _parse_template(template: str, values: Sequence[Any]) -> list[Any]:
    """Split on ``{}`` slots; ``{{`` and ``}}`` are literal braces (as in ``str.format``)."""
    chunks: list[Any] = []
    text: list[str] = []
    pos = 0
    used = 0
    for match in _TEMPLATE_TOKEN.finditer(template):
        text.append(template[pos : match.start()])
        token = match.group()
        if token == "{}":
            if used >= len(values):
                used += 1
            else:
                if text:
                    joined = "".join(text)
                    if joined:
                        chunks.append(Raw(joined))
                    text = []
                chunks.append(values[used])
                used += 1
        else:
            text.append(token[0])
        pos = match.end()
    text.append(template[pos:])
    if used != len(values):
        raise ValueError(
            f"sql(): the template has {used} '{{}}' slots but {len(values)} values were given "
            f"(write literal braces as {{{{ and }}}}): {template!r}"
        )
    joined = "".join(text)
    if joined:
        chunks.append(Raw(joined))
    return chunks


def join_chunks(items: Iterable[Any], separator: str = ", ") -> SQL:
    """``items`` separated by raw ``separator`` text (the comma lists of every clause)."""
    chunks: list[Any] = []
    for i, item in enumerate(items):
        if i:
            chunks.append(Raw(separator))
        chunks.append(item)
    return SQL(chunks)


class _SqlFactory:
    """``sql(template, *values)`` plus the helpers Drizzle hangs off its ``sql`` tag."""

    def __call__(self, template: str = "", *values: Any) -> SQL:
        """Build SQL from a template whose ``{}`` slots take values, columns, tables or SQL.

        Plain Python values become bound parameters; columns and tables render as quoted
        identifiers; nested SQL is spliced in.  Literal braces are not special except ``{}``.
        """
        return SQL(_parse_template(template, values))

    @staticmethod
    def raw(text: str) -> SQL:
        """Literal SQL text, not escaped: never pass user input here."""
        return SQL([Raw(text)])

    @staticmethod
    def identifier(name: str) -> Name:
        """A name quoted by the dialect (``"name"`` or backticks)."""
        return Name(name)

    @staticmethod
    def join(chunks: Iterable[Any], separator: Any = None) -> SQL:
        """Join chunks with ``separator`` (a string is raw SQL, e.g. ``sql.raw(", ")``)."""
        out: list[Any] = []
        sep = Raw(separator) if isinstance(separator, str) else separator
        for i, chunk in enumerate(chunks):
            if i and sep is not None:
                out.append(sep)
            out.append(chunk)
        return SQL(out)

    @staticmethod
    def placeholder(name: str) -> Placeholder:
        """A named value supplied when a prepared query executes."""
        return Placeholder(name)

    @staticmethod
    def param(value: Any, encoder: Encoder | None = None) -> Param:
        """An explicit bound parameter, optionally encoded by a column."""
        return Param(value, encoder)

    @staticmethod
    def empty() -> SQL:
        return SQL([])


sql = _SqlFactory()
