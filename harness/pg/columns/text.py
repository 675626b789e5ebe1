"""PostgreSQL's character types and the types whose values are text-like on the Python side:
text, varchar, char, json, jsonb, uuid.

They sit together because none of them converts numbers or dates: strings pass through,
JSON is serialised the way ``JSON.stringify`` writes it, and uuids are sent as their text
(typed by the server from the column) and read back as ``uuid.UUID``.
"""

from __future__ import annotations

import json
import uuid as _uuid
from collections.abc import Iterable
from typing import Any

from harness.core.column import ColumnKind
from harness.core.errors import SchemaError
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder
from harness.sql.chunks import SQL, Raw


# -- strings -------------------------------------------------------------------------------
class PgText(PgColumn[str]):
    """``text``: strings both ways (the driver's own str; nothing to convert)."""

    data_type = "string"
    kind = ColumnKind.STRING

    def sql_type(self) -> str:
        return "text"


class PgVarchar(PgText):
    def sql_type(self) -> str:
        length = self.config.get("length")
        return "varchar" if length is None else f"varchar({length})"


class PgChar(PgText):
    """``char(n)``: PostgreSQL pads stored values with spaces to the length, and so do reads."""

    def sql_type(self) -> str:
        length = self.config.get("length")
        return "char" if length is None else f"char({length})"


def _enum_tuple(enum: Iterable[str] | None) -> tuple[str, ...] | None:
    if enum is None:
        return None
    if isinstance(enum, str):
        raise SchemaError(f"enum={enum!r}: give a list of values, not one string")
    return tuple(enum)


def _length(length: int | None, what: str) -> int | None:
    if length is not None and (isinstance(length, bool) or not isinstance(length, int)):
        raise SchemaError(f"{what}(length={length!r}): the length is a positive int")
    if length is not None and length < 1:
        raise SchemaError(f"{what}(length={length!r}): the length is a positive int")
    return length


def text(name: str | None = None, enum: Iterable[str] | None = None) -> PgColumnBuilder:
    """``text``; ``enum=[...]`` narrows the values for seeding and typing (not checked in SQL,
    as in Drizzle)."""
    return _builder(PgText, name, enum=_enum_tuple(enum))


def varchar(
    name: str | None = None, length: int | None = None, enum: Iterable[str] | None = None
) -> PgColumnBuilder:
    """``varchar(length)``; no length means unlimited."""
    return _builder(PgVarchar, name, length=_length(length, "varchar"), enum=_enum_tuple(enum))


def char(
    name: str | None = None, length: int | None = None, enum: Iterable[str] | None = None
) -> PgColumnBuilder:
    """``char(length)``; no length is PostgreSQL's ``char(1)``."""
    return _builder(PgChar, name, length=_length(length, "char"), enum=_enum_tuple(enum))


# -- json ----------------------------------------------------------------------------------
class PgJson(PgColumn[Any]):
    """``json``: any JSON value both ways — dicts, lists, and scalars.

    Every value is serialised, a Python ``str`` included, so ``"hi"`` is stored as the JSON
    string ``"hi"`` (as Drizzle's ``JSON.stringify`` does); ``None`` is SQL NULL.  The text is
    compact and keeps non-ASCII characters, as ``JSON.stringify`` writes it, so a ``json``
    column (stored verbatim) holds the same bytes whichever ORM wrote it.
    """

    data_type = "json"
    type_name = "json"
    kind = ColumnKind.JSON

    def sql_type(self) -> str:
        return self.type_name

    def map_to_driver(self, value: Any) -> str:
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"{self.table._name}.{self.name}: {exc}") from None

    def map_from_driver(self, value: Any) -> Any:
        # psycopg parses json/jsonb already (and relational rows arrive parsed), so a str here
        # is a JSON string scalar: keep it.
        return value


class PgJsonb(PgJson):
    """``jsonb``: as ``json``, stored parsed (keys sorted, duplicates dropped); has ``=``."""

    type_name = "jsonb"
    kind = ColumnKind.JSONB


def json_(name: str | None = None) -> PgColumnBuilder:
    """``json`` (exported as ``json`` too)."""
    return _builder(PgJson, name)


def jsonb(name: str | None = None) -> PgColumnBuilder:
    """``jsonb``."""
    return _builder(PgJsonb, name)


# -- uuid ----------------------------------------------------------------------------------
class _UuidBuilder(PgColumnBuilder):
    def default_random(self) -> _UuidBuilder:
        """``default gen_random_uuid()`` (built in since PostgreSQL 13)."""
        return self.default(SQL([Raw("gen_random_uuid()")]))


class PgUuid(PgColumn[_uuid.UUID]):
    """``uuid``: ``uuid.UUID`` objects back; UUIDs or their strings accepted."""

    data_type = "uuid"
    kind = ColumnKind.UUID

    def sql_type(self) -> str:
        return "uuid"

    def map_to_driver(self, value: Any) -> str:
        return str(value)

    def map_from_driver(self, value: Any) -> _uuid.UUID:
        return value if isinstance(value, _uuid.UUID) else _uuid.UUID(str(value))


def uuid(name: str | None = None) -> _UuidBuilder:
    """``uuid``; ``.default_random()`` for ``gen_random_uuid()``."""
    b = _UuidBuilder(name)
    b.column_class = PgUuid
    return b
