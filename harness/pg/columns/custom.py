"""Drizzle's ``customType`` for PostgreSQL: a column of any type the package does not name.

``tsvector = custom_type("tsvector")`` declares a column type; ``tsvector()`` /
``tsvector("search")`` then build columns of it like any other constructor.  Values travel as
they are (the server casts the text it receives), unless ``to_driver`` / ``from_driver`` are
given, as in Drizzle's ``toDriver`` / ``fromDriver``.  ``harness pull`` writes a column whose
type has no constructor of its own this way, so nothing about it is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from harness.core.column import ColumnKind
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder


class PgCustom(PgColumn[Any]):
    """A column of a type given by name; values are mapped by the optional functions."""

    data_type = "custom"
    kind = ColumnKind.STRING

    def sql_type(self) -> str:
        return str(self.config["type"])

    def map_to_driver(self, value: Any) -> Any:
        convert = self.config.get("to_driver")
        return convert(value) if convert is not None else value

    def map_from_driver(self, value: Any) -> Any:
        convert = self.config.get("from_driver")
        return convert(value) if convert is not None else value


def custom_type(
    data_type: str,
    to_driver: Callable[[Any], Any] | None = None,
    from_driver: Callable[[Any], Any] | None = None,
) -> Callable[..., PgColumnBuilder]:
    """A column constructor for ``data_type`` (written as is in DDL, e.g. ``tsvector``,
    ``vector(3)``, ``money``)."""

    def build(name: str | None = None) -> PgColumnBuilder:
        return _builder(
            PgCustom, name, type=data_type, to_driver=to_driver, from_driver=from_driver
        )

    build.__name__ = build.__qualname__ = data_type.split("(")[0].replace(" ", "_")
    build.__doc__ = f"A ``{data_type}`` column (``custom_type``)."
    return build
