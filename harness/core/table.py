"""Tables: columns as attributes, metadata behind underscore names (as Drizzle's symbols)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from harness.core.column import Column, ColumnBuilder
from harness.core.constraints import (
    Check,
    ForeignKey,
    Index,
    PrimaryKey,
    UniqueConstraint,
)
from harness.core.errors import SchemaError
from harness.sql.chunks import Chunk

if TYPE_CHECKING:
    from harness.sql.render import RenderContext

Extras = Callable[[Any], Any]
T_Table = TypeVar("T_Table", bound="Table")


class Table(Chunk):
    """A declared table.  ``users.email`` is a Column; ``users._name`` is the table's name.

    Subclasses set ``_dialect`` (``"pg"``, ``"mysql"``, ``"sqlite"``) and ``_max_name_length``.
    """

    _dialect: ClassVar[str] = "core"
    _max_name_length: ClassVar[int | None] = None
    _reserved: ClassVar[frozenset[str]] = frozenset()

    _name: str
    _original_name: str
    _schema: str | None
    _is_alias: bool
    _columns: dict[str, Column]

    def __init__(
        self,
        name: str,
        columns: Mapping[str, ColumnBuilder],
        extras: Extras | None = None,
        schema: str | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise SchemaError(f"table name must be a non-empty string, got {name!r}")
        if not isinstance(columns, Mapping) or not columns:
            raise SchemaError(f"table {name!r}: declare at least one column in the columns dict")
        self._name = name
        self._original_name = name
        self._schema = schema
        self._is_alias = False
        self._extras_fn = extras
        self._extras_cache: list[Any] | None = None
        self._columns = {}
        for key, builder in columns.items():
            if not isinstance(builder, ColumnBuilder):
                raise SchemaError(
                    f"table {name!r}, column {key!r}: expected a column builder such as "
                    f"integer() or varchar(), got {type(builder).__name__}"
                )
            if key.startswith("_") and key in _RESERVED:
                raise SchemaError(
                    f"table {name!r}, column {key!r}: the key collides with the table's own "
                    f"attribute {key}; pick another key and pass the name: col({key[1:]!r}...)"
                )
            column = builder.build(self, key)
            self._columns[key] = column
            object.__setattr__(self, key, column)
        self._validate()

    # -- metadata -------------------------------------------------------------------------
    @property
    def _extras(self) -> list[Any]:
        """The extras callable's result, evaluated once on first use (allows forward refs)."""
        if self._extras_cache is None:
            if self._extras_fn is None:
                self._extras_cache = []
            else:
                result = self._extras_fn(self)
                if isinstance(result, Mapping):  # Drizzle's deprecated object form
                    result = list(result.values())
                # Drizzle also takes the list nested in a list (``(t) => [[index(...), ...]]``)
                extras = [
                    extra
                    for item in result or []
                    for extra in (item if isinstance(item, (list, tuple)) else [item])
                ]
                for extra in extras:
                    if isinstance(extra, PrimaryKey) and not extra.columns:
                        raise SchemaError(
                            f"table {self._name!r}: primary_key(columns=[...]) lists no column; "
                            f"name at least one column of the table"
                        )
                self._extras_cache = extras
        return self._extras_cache

    @property
    def _indexes(self) -> list[Index]:
        return [e for e in self._extras if isinstance(e, Index)]

    @property
    def _primary_keys(self) -> list[PrimaryKey]:
        return [e for e in self._extras if isinstance(e, PrimaryKey)]

    @property
    def _unique_constraints(self) -> list[UniqueConstraint]:
        return [e for e in self._extras if isinstance(e, UniqueConstraint)]

    @property
    def _checks(self) -> list[Check]:
        return [e for e in self._extras if isinstance(e, Check)]

    @property
    def _foreign_keys(self) -> list[ForeignKey]:
        """Inline ``.references()`` first (in column order), then table-level foreign keys."""
        fks: list[ForeignKey] = []
        for column in self._columns.values():
            for ref in column.references:
                fk = ForeignKey([column], _single(ref.target))
                fk.on_delete_ = ref.on_delete
                fk.on_update_ = ref.on_update
                fks.append(fk)
        fks.extend(e for e in self._extras if isinstance(e, ForeignKey))
        for fk in fks:
            self._check_foreign_key(fk)
        return fks

    def _check_foreign_key(self, fk: ForeignKey) -> None:
        for column in fk.foreign_columns:
            if not isinstance(column, Column):
                raise SchemaError(
                    f"table {self._name!r}: a foreign key must point at a column, got "
                    f"{type(column).__name__}; write references(lambda: other.id)"
                )
            target = column.table
            if getattr(target, "_dialect", self._dialect) != self._dialect:
                source = ", ".join(c.name for c in fk.columns)
                raise SchemaError(
                    f"table {self._name!r}, column {source!r}: the foreign key points at "
                    f"{target._name}.{column.name}, a {target._dialect} table; declare both "
                    f"tables for the {self._dialect} dialect"
                )

    def _primary_columns(self) -> list[Column]:
        single = [c for c in self._columns.values() if c.primary]
        if single:
            return single
        pks = self._primary_keys
        return list(pks[0].columns) if pks else []

    def _validate(self) -> None:
        limit = self._max_name_length
        if limit is not None and len(self._name.encode()) > limit:
            raise SchemaError(
                f"table {self._name!r}: the name is {len(self._name.encode())} bytes, longer than "
                f"the {limit} the {self._dialect} dialect allows; shorten it"
            )
        seen: dict[str, str] = {}
        for key, column in self._columns.items():
            if limit is not None and len(column.name.encode()) > limit:
                raise SchemaError(
                    f"table {self._name!r}, column {key!r}: the name {column.name!r} is longer "
                    f"than the {limit} bytes the {self._dialect} dialect allows; shorten it"
                )
            if column.name in seen:
                raise SchemaError(
                    f"table {self._name!r}: columns {seen[column.name]!r} and {key!r} both map to "
                    f"the database name {column.name!r}; give one of them another name"
                )
            seen[column.name] = key
            if column.enum_values is not None and not column.enum_values:
                raise SchemaError(
                    f"table {self._name!r}, column {key!r}: enum needs at least one value"
                )

    def _check_casing(self, casing: Callable[[str], str] | None) -> None:
        """Duplicate database names that only appear once ``casing`` renames keys."""
        seen: dict[str, str] = {}
        for key, column in self._columns.items():
            name = column.db_name(casing)
            if name in seen:
                raise SchemaError(
                    f"table {self._name!r}: columns {seen[name]!r} and {key!r} both become "
                    f"{name!r} under this casing; rename one of them"
                )
            seen[name] = key

    # -- access ---------------------------------------------------------------------------
    def __getitem__(self, key: str) -> Column:
        try:
            return self._columns[key]
        except KeyError:
            raise KeyError(f"table {self._name!r} has no column {key!r}") from None

    def __iter__(self) -> Iterator[Column]:
        return iter(self._columns.values())

    def __getattr__(self, key: str) -> Any:
        # Only reached for missing attributes: say which columns exist.
        if key.startswith("__"):
            raise AttributeError(key)
        raise AttributeError(
            f"table {self.__dict__.get('_name', '?')!r} has no column {key!r}; columns: "
            f"{list(self.__dict__.get('_columns', {}))}"
        )

    def _render(self, ctx: RenderContext) -> None:
        if self._schema is not None and not self._is_alias:
            ctx.write_name(self._schema)
            ctx.parts.append(".")
        ctx.write_name(self._name)

    def _clone_as(self, alias: str) -> Table:
        """A copy named ``alias`` whose columns belong to the copy (Drizzle's ``alias()``)."""
        clone = copy.copy(self)
        clone.__dict__["_name"] = alias
        clone.__dict__["_is_alias"] = True
        clone.__dict__["_columns"] = {}
        for key, column in self._columns.items():
            new = copy.copy(column)
            new.table = clone
            clone._columns[key] = new
            clone.__dict__[key] = new
        return clone

    def __repr__(self) -> str:
        prefix = f"{self._schema}." if self._schema else ""
        return f"<{type(self).__name__} {prefix}{self._name}>"


_RESERVED = frozenset(
    {
        "_name",
        "_original_name",
        "_schema",
        "_is_alias",
        "_columns",
        "_extras",
        "_extras_fn",
        "_extras_cache",
        "_indexes",
        "_primary_keys",
        "_unique_constraints",
        "_checks",
        "_foreign_keys",
        "_dialect",
        "_validate",
        "_render",
    }
)


def _single(target: Callable[[], Column]) -> Callable[[], list[Column]]:
    return lambda: [target()]


def alias(table: Table, name: str) -> Table:
    """Use ``table`` under another name in one query (self joins): ``alias(users, "inviter")``."""
    return table._clone_as(name)


def table_creator(
    declare: Callable[[str, Mapping[str, ColumnBuilder], Extras | None], T_Table],
    name_of: Callable[[str], str],
) -> Callable[..., T_Table]:
    """A table function that names every table through ``name_of`` (Drizzle's
    ``pgTableCreator((name) => `app_${name}`)``): several apps sharing one database, each
    with its own prefix, declare their tables with their own names."""

    def declare_named(
        name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
    ) -> T_Table:
        table = declare(name_of(name), columns, extras)
        # Drizzle's ``Table.Symbol.BaseName``: the name as given, which keys the table's
        # group in a join's result (``{"users": {...}}``, not ``{"app_users": {...}}``)
        table.__dict__["_base_name"] = name
        return table

    return declare_named


def get_table_name(table: Table) -> str:
    return table._name


def table_columns(table: Table) -> dict[str, Column]:
    return table._columns
