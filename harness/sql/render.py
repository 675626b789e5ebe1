"""Rendering a chunk tree into ``(text, params)``.

The context is the only mutable object of a compile: it collects text parts and parameters and
asks its ``Quoting`` (supplied by the dialect) how to spell names, parameters and literals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from harness.sql.chunks import Chunk, Encoder, Placeholder

if TYPE_CHECKING:
    from harness.sql.chunks import SQL


class Quoting(Protocol):
    """What a dialect tells the renderer; implemented by each dialect."""

    def escape_name(self, name: str) -> str: ...

    def placeholder(self, index: int) -> str: ...

    def inline_literal(self, value: Any) -> str: ...


class BoundPlaceholder:
    """A placeholder that reached the parameter list; filled by ``PreparedQuery.execute``."""

    __slots__ = ("encoder", "name")

    def __init__(self, placeholder: Placeholder, encoder: Encoder | None) -> None:
        self.name = placeholder.name
        self.encoder = encoder

    def __repr__(self) -> str:
        return f"Placeholder({self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BoundPlaceholder) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


class RenderContext:
    """Accumulates the text and the parameters of one compile."""

    __slots__ = (
        "casing",
        "escape_percent",
        "inline",
        "params",
        "parts",
        "placeholder",
        "quoting",
    )

    def __init__(
        self,
        quoting: Quoting,
        casing: Callable[[str], str] | None = None,
        escape_percent: bool = False,
    ) -> None:
        self.quoting = quoting
        self.placeholder = quoting.placeholder
        self.parts: list[str] = []
        self.params: list[Any] = []
        self.inline = False
        self.casing = casing
        self.escape_percent = escape_percent

    # -- writing -------------------------------------------------------------------------
    def write_text(self, text: str) -> None:
        if self.escape_percent:
            text = text.replace("%", "%%")
        self.parts.append(text)

    def write_name(self, name: str) -> None:
        text = self.quoting.escape_name(name)
        if self.escape_percent:
            text = text.replace("%", "%%")
        self.parts.append(text)

    def write_param(self, value: Any) -> None:
        if callable(value):
            # never send a function to the database as a value (a lambda passed where Drizzle
            # takes a callback, on a builder method that takes none)
            raise TypeError(
                f"{value!r} is a function where a SQL value was expected; only select's where, "
                f"having, order_by and join conditions take callbacks (fields) -> condition"
            )
        if self.inline:
            self.write_text(self.quoting.inline_literal(value))
            return
        self.params.append(value)
        self.parts.append(self.placeholder(len(self.params)))

    def write_placeholder(self, placeholder: Placeholder, encoder: Encoder | None) -> None:
        self.params.append(BoundPlaceholder(placeholder, encoder))
        self.parts.append(self.placeholder(len(self.params)))

    def render(self, chunk: Any) -> None:
        if isinstance(chunk, Chunk):
            chunk._render(self)
        elif isinstance(chunk, (list, tuple)):
            self.parts.append("(")
            for i, item in enumerate(chunk):
                if i:
                    self.parts.append(", ")
                self.render(item)
            self.parts.append(")")
        else:
            get_sql = getattr(chunk, "get_sql", None)
            if get_sql is not None:
                self.parts.append("(")
                get_sql()._render(self)
                self.parts.append(")")
            else:
                self.write_param(chunk)

    def render_all(self, chunks: list[Any]) -> None:
        render = self.render
        for chunk in chunks:
            if isinstance(chunk, Chunk):
                chunk._render(self)
            else:
                render(chunk)

    def result(self) -> tuple[str, list[Any]]:
        return "".join(self.parts), self.params


def render(
    tree: SQL | Chunk,
    quoting: Quoting,
    casing: Callable[[str], str] | None = None,
    escape_percent: bool = False,
) -> tuple[str, list[Any]]:
    """Render ``tree`` to ``(text, params)`` with the given dialect quoting."""
    ctx = RenderContext(quoting, casing, escape_percent)
    tree._render(ctx)
    return ctx.result()
