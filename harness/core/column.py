"""Columns and column builders, shared by every dialect.

A *builder* is what a declaration holds (``varchar(length=256).not_null()``); a *column* is the
builder bound to one table under one key.  Tables build their own columns from builders, so a
dict of builders spread into several tables (Drizzle's ``timestamps`` helper) gives each table
its own column objects.  Dialect modules subclass both to add SQL types and value mapping.

Each column class says what it is in two ways that code can test without reading SQL text:
``kind`` (a :class:`ColumnKind`, the family of the declared SQL type: ``smallserial`` and
``bigint`` are different kinds even though both hold ints) and the type parameter of
``Column[T]`` (the Python value ``map_from_driver`` returns).  ``data_type`` stays the coarse
value category the seeders and result decoders switch on, which for SQLite depends on the mode
(an ``integer`` column in boolean mode holds bools, but its kind is still INTEGER).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeAlias, TypeVar

from harness.sql.chunks import SQL, Chunk

if TYPE_CHECKING:
    # A default of Any keeps a bare ``Column`` (in annotations that do not care what a column
    # holds) valid under ``mypy --strict``; typing.TypeVar takes ``default=`` only from 3.13.
    from typing_extensions import TypeVar as _DefaultedTypeVar

    from harness.core.table import Table
    from harness.sql.render import RenderContext

    T = _DefaultedTypeVar("T", default=Any)
else:
    T = TypeVar("T")

ReferentialAction = Literal["cascade", "restrict", "no action", "set null", "set default"]
REFERENTIAL_ACTIONS: tuple[str, ...] = (
    "cascade",
    "restrict",
    "no action",
    "set null",
    "set default",
)

B = TypeVar("B", bound="ColumnBuilder")

#: what an exact-numeric column returns, by mode: Decimal (default), str, float or int
DecimalValue: TypeAlias = Decimal | str | float | int


class ColumnKind(enum.Enum):
    """The family of a column's declared SQL type, across the three dialects.

    Code that needs to know what a column *is* (seeding, DDL, sequence handling) tests
    ``column.kind`` instead of searching ``sql_type()`` for substrings, which misread quoted
    names (``"smallserial"``), enum types named like other types, and type modifiers.  Integer
    kinds keep their width, since value ranges depend on it.  The values are the usual SQL
    spellings, for messages only.
    """

    TINYINT = "tinyint"
    SMALLINT = "smallint"
    MEDIUMINT = "mediumint"
    INTEGER = "integer"
    BIGINT = "bigint"
    #: PostgreSQL's serial pseudo-types; SERIAL is MySQL's ``serial`` alias there too
    SMALLSERIAL = "smallserial"
    SERIAL = "serial"
    BIGSERIAL = "bigserial"
    YEAR = "year"
    DECIMAL = "decimal"
    #: real, double precision, float (any width)
    FLOAT = "float"
    BOOLEAN = "boolean"
    #: text, varchar, char and MySQL's text sizes
    STRING = "string"
    ENUM = "enum"
    JSON = "json"
    JSONB = "jsonb"
    UUID = "uuid"
    #: binary, varbinary, blob
    BINARY = "binary"
    DATE = "date"
    TIME = "time"
    TIMESTAMP = "timestamp"
    #: MySQL's ``datetime`` (PostgreSQL has only ``timestamp``)
    DATETIME = "datetime"
    INTERVAL = "interval"
    INET = "inet"
    CIDR = "cidr"
    MACADDR = "macaddr"
    MACADDR8 = "macaddr8"
    POINT = "point"
    LINE = "line"
    ARRAY = "array"


#: kinds whose values PostgreSQL draws from a sequence the column owns
SEQUENCE_KINDS = frozenset({ColumnKind.SMALLSERIAL, ColumnKind.SERIAL, ColumnKind.BIGSERIAL})


@dataclass
class Reference:
    """An inline ``.references(lambda: users.id, on_delete=...)`` on a column."""

    target: Callable[[], Column[Any]]
    on_delete: str | None = None
    on_update: str | None = None


@dataclass
class Generated:
    """``generated always as (<expr>)``; ``mode`` is "stored" or "virtual" (dialect default)."""

    expression: Any
    mode: str | None = None
    kind: str = "always"


@dataclass
class Identity:
    """PostgreSQL identity column options (``generated always|by default as identity``)."""

    kind: str  # "always" | "byDefault"
    sequence_name: str | None = None
    start_with: int | None = None
    increment_by: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    cache: int | None = None
    cycle: bool = False


def check_action(action: str | None, what: str) -> str | None:
    if action is None:
        return None
    if action not in REFERENTIAL_ACTIONS:
        raise ValueError(
            f"{what}={action!r} is not a referential action; use one of {list(REFERENTIAL_ACTIONS)}"
        )
    return action


class ColumnBuilder:
    """Fluent column declaration; every modifier returns the builder itself.

    ``column_class`` is the Column subclass built for a table; ``config`` holds the type's own
    options (length, precision, mode, ...), read by that class.
    """

    column_class: type[Column[Any]]

    def __init__(self, name: str | None = None, **config: Any) -> None:
        self.name = name
        self.config: dict[str, Any] = config
        self.is_not_null = False
        self.has_default = False
        self.default_value: Any = None
        self.default_fn_: Callable[[], Any] | None = None
        self.on_update_fn_: Callable[[], Any] | None = None
        self.is_primary = False
        self.is_unique = False
        self.unique_name: str | None = None
        self.unique_nulls_not_distinct = False
        self.references_: list[Reference] = []
        self.generated: Generated | None = None
        self.identity: Identity | None = None
        self.is_autoincrement = False

    # -- modifiers shared by every dialect ------------------------------------------------
    def not_null(self: B) -> B:
        """``NOT NULL``."""
        self.is_not_null = True
        return self

    def default(self: B, value: Any) -> B:
        """A database default: a Python value (rendered as a literal) or ``sql(...)``."""
        self.has_default = True
        self.default_value = value
        return self

    def default_fn(self: B, fn: Callable[[], Any]) -> B:
        """Drizzle's ``$default``: computed in Python at insert time when no value is given."""
        self.has_default = True
        self.default_fn_ = fn
        return self

    def on_update_fn(self: B, fn: Callable[[], Any]) -> B:
        """Drizzle's ``$onUpdate``: computed in Python on every update (and insert default)."""
        self.has_default = True
        self.on_update_fn_ = fn
        return self

    def primary_key(self: B) -> B:
        """``PRIMARY KEY`` (implies not null)."""
        self.is_primary = True
        self.is_not_null = True
        return self

    def unique(self: B, name: str | None = None, nulls_not_distinct: bool = False) -> B:
        """A single-column ``UNIQUE`` constraint named ``<table>_<column>_unique`` by default."""
        self.is_unique = True
        self.unique_name = name
        self.unique_nulls_not_distinct = nulls_not_distinct
        return self

    def references(
        self: B,
        target: Callable[[], Column[Any]],
        on_delete: str | None = None,
        on_update: str | None = None,
    ) -> B:
        """A foreign key to ``target()`` (a lambda, so tables may reference each other)."""
        if not callable(target):
            raise TypeError("references() takes a callable, e.g. references(lambda: users.id)")
        self.references_.append(
            Reference(
                target, check_action(on_delete, "on_delete"), check_action(on_update, "on_update")
            )
        )
        return self

    def generated_always_as(self: B, expression: Any, mode: str | None = None) -> B:
        """A generated column; ``expression`` is ``sql(...)``, a callable returning it, or text."""
        if mode is not None and mode not in ("stored", "virtual"):
            raise ValueError(f"generated_always_as(mode={mode!r}): use 'stored' or 'virtual'")
        self.generated = Generated(expression, mode)
        self.has_default = True
        return self

    # -- binding --------------------------------------------------------------------------
    def build(self, table: Table, key: str) -> Column[Any]:
        return self.column_class(table, key, self)


class Column(Chunk, Generic[T]):
    """A column of one table: renders as ``"table"."column"`` and maps values both ways.

    ``T`` is the Python type ``map_from_driver`` returns (``int``, ``str``, ``Decimal``...;
    a union where a mode chooses, ``Any`` for JSON).
    """

    #: what kind of Python value the column holds; used by seeding and by result decoding
    data_type: str = "string"
    #: the family of the declared SQL type; every dialect column class sets its own
    kind: ClassVar[ColumnKind] = ColumnKind.STRING

    def __init__(self, table: Table, key: str, builder: ColumnBuilder) -> None:
        self.table = table
        self.key = key
        self.key_as_name = builder.name is None
        self.name: str = builder.name if builder.name is not None else key
        self.builder = builder
        self.config = builder.config
        self.not_null = builder.is_not_null
        self.has_default = builder.has_default
        self.default = builder.default_value
        self.default_fn = builder.default_fn_
        self.on_update_fn = builder.on_update_fn_
        self.primary = builder.is_primary
        self.is_unique = builder.is_unique
        #: the name given to ``.unique(name)``, None for the default
        self.declared_unique_name = builder.unique_name
        #: Drizzle's ``uniqueName``: the declared name, else ``<table>_<column>_unique``
        #: (``uniqueKeyName``); the Kit's snapshots use ``declared_unique_name``
        self.unique_name: str | None = builder.unique_name
        if builder.is_unique and builder.unique_name is None:
            self.unique_name = f"{getattr(table, '_original_name', '')}_{self.name}_unique"
        self.unique_nulls_not_distinct = builder.unique_nulls_not_distinct
        self.references = list(builder.references_)
        self.generated = builder.generated
        self.identity = builder.identity
        self.autoincrement = builder.is_autoincrement
        self.enum_values: tuple[str, ...] | None = builder.config.get("enum")

    # -- SQL ------------------------------------------------------------------------------
    def sql_type(self) -> str:
        """The type as written in DDL (``varchar(256)``)."""
        raise NotImplementedError

    def _render(self, ctx: RenderContext) -> None:
        table = self.table
        schema = table._schema
        if schema is not None and not table._is_alias:
            ctx.write_name(schema)
            ctx.parts.append(".")
        ctx.write_name(table._name)
        ctx.parts.append(".")
        ctx.write_name(self.db_name(ctx.casing))

    def db_name(self, casing: Callable[[str], str] | None = None) -> str:
        """The name in the database: declared name, else the key (renamed by ``casing``)."""
        if casing is not None and self.key_as_name:
            return casing(self.name)
        return self.name

    @property
    def auto_increments_by_sequence(self) -> bool:
        """Whether the database fills the column from a sequence of its own type (PostgreSQL's
        serial types); identity columns are told by ``identity``, MySQL's and SQLite's
        counters by ``autoincrement``."""
        return False

    def should_disable_insert(self) -> bool:
        """Generated columns are never written by INSERT (identity columns get ``default``)."""
        return self.generated is not None and self.generated.kind == "always"

    # -- value mapping --------------------------------------------------------------------
    def map_to_driver(self, value: Any) -> Any:
        """Python value -> what the driver is given (identity unless a type needs more).

        Takes ``Any``: columns accept more than ``T`` (strings for uuids, dates, numbers...)."""
        return value

    @property
    def driver_returns_python_type(self) -> bool:
        """True when result rows hold this column's values already as ``T`` (no decoding):
        the class does not override ``map_from_driver``, or declares ``native_rows``."""
        cls = type(self)
        return cls.native_rows or cls.map_from_driver is Column.map_from_driver

    #: the driver returns this type's values as ``T`` in result rows, even though
    #: ``map_from_driver`` converts other representations (JSON, text) for other paths
    native_rows: ClassVar[bool] = False

    def map_from_driver(self, value: Any) -> T:
        """What the driver returned (never None) -> the declared Python type."""
        decoded: T = value  # the driver already returns it; no cast() call on this hot path
        return decoded

    # -- index helpers (``index("i").on(t.a.asc())``) ---------------------------------------
    def asc(self) -> IndexedColumn:
        return IndexedColumn(self, "asc")

    def desc(self) -> IndexedColumn:
        return IndexedColumn(self, "desc")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.table._name}.{self.name}>"


class IndexedColumn:
    """A column with a sort order inside an index declaration."""

    def __init__(self, column: Column[Any], order: str) -> None:
        self.column = column
        self.order = order
        self.nulls: str | None = None

    def nulls_first(self) -> IndexedColumn:
        self.nulls = "first"
        return self

    def nulls_last(self) -> IndexedColumn:
        self.nulls = "last"
        return self


def is_sql(value: Any) -> bool:
    return isinstance(value, SQL)


def decode_decimal(value: Any, mode: str) -> DecimalValue:
    """A driver's exact numeric as the declared mode: Decimal (default), str, float or int."""
    if mode == "string":
        # plain digits as the database prints them ("0.00000001", never "1E-8")
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    if mode == "number":
        return float(value)
    if mode == "bigint":
        return int(value)
    return value if isinstance(value, Decimal) else Decimal(str(value))


class BareColumn(Chunk):
    """A column rendered without its table (``"id"``): single-table selects, SET lists, DDL."""

    __slots__ = ("column",)

    def __init__(self, column: Column[Any]) -> None:
        self.column = column

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_name(self.column.db_name(ctx.casing))
