"""What each builder hands the dialect to compile: one typed config per statement kind.

Builders (``Select``, ``Insert``, ``Update``, ``Delete``) only collect clauses into these
dataclasses; the dialect's compiler reads nothing else (drizzle-orm: a builder's ``config``
passed to ``dialect.buildSelectQuery(config)``).  A dialect can therefore be tested, and a new
clause added, without reaching into a builder's private state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from harness.sql.chunks import SQL, Placeholder

if TYPE_CHECKING:
    from harness.core.query.subquery import Subquery
    from harness.core.table import Table

#: a boolean SQL expression (what ``eq``, ``and_`` ... build); None: no condition
Condition = SQL | None
#: ``limit``/``offset``: a number, or a placeholder filled when a prepared query runs
Count = int | Placeholder | None


#: an index hint as ``from_``/joins take it: an index declaration or its name, or a list
IndexHint = Any


@dataclass(frozen=True)
class IndexHints:
    """MySQL's ``USE INDEX (...)``, ``FORCE INDEX (...)``, ``IGNORE INDEX (...)`` after a table
    in FROM or a join (Drizzle's ``{ useIndex, forceIndex, ignoreIndex }``), by index name."""

    use: tuple[str, ...] = ()
    force: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(cls, use: IndexHint, force: IndexHint, ignore: IndexHint) -> IndexHints | None:
        """The hints given to a builder call; None when there are none."""
        if use is None and force is None and ignore is None:
            return None
        return cls(_index_names(use), _index_names(force), _index_names(ignore))


def _index_names(hint: IndexHint) -> tuple[str, ...]:
    """Drizzle's ``convertIndexToString``: an index stands for its name."""
    if hint is None:
        return ()
    items = hint if isinstance(hint, (list, tuple)) else [hint]
    return tuple(item if isinstance(item, str) else str(item.name) for item in items)


@dataclass
class Join:
    kind: str  # "left" | "right" | "inner" | "full" | "cross"
    #: a table, view, subquery or raw SQL
    source: Any
    on: Condition
    lateral: bool = False
    #: the joined source's name (table, alias or subquery), None for raw SQL
    name: str | None = None
    #: MySQL index hints for a joined table
    index_hints: IndexHints | None = None


@dataclass
class Lock:
    """``for update|share [of ...] [nowait|skip locked]``."""

    strength: str
    of: list[Any] = field(default_factory=list)
    no_wait: bool = False
    skip_locked: bool = False


@dataclass
class SetOperation:
    kind: str  # union | intersect | except
    all: bool
    right: Any
    order_by: list[Any] = field(default_factory=list)
    limit: Count = None
    offset: Count = None


@dataclass
class OnConflict:
    """``on conflict [(target)] do nothing | do update set ...`` (PostgreSQL, SQLite)."""

    action: str  # "nothing" | "update"
    target: Any = None
    set_: Mapping[str, Any] | None = None
    where: Condition = None
    target_where: Condition = None


@dataclass
class SelectConfig:
    #: the explicit selection, or None for "every column of the sources"
    fields: dict[str, Any] | None = None
    #: False, True, or the DISTINCT ON expressions (PostgreSQL)
    distinct: bool | list[Any] = False
    with_: list[Subquery] = field(default_factory=list)
    source: Any = None
    #: MySQL index hints for the FROM table
    index_hints: IndexHints | None = None
    joins: list[Join] = field(default_factory=list)
    where: Condition = None
    group_by: list[Any] = field(default_factory=list)
    having: Condition = None
    order_by: list[Any] = field(default_factory=list)
    limit: Count = None
    offset: Count = None
    lock: Lock | None = None
    set_ops: list[SetOperation] = field(default_factory=list)


@dataclass
class InsertConfig:
    table: Table
    rows: list[Mapping[str, Any]] = field(default_factory=list)
    #: ``insert ... select``: a select builder or raw SQL
    select: Any = None
    #: every ``on_conflict_do_*`` call in order (SQLite keeps them all; PostgreSQL the last)
    on_conflict: list[OnConflict] = field(default_factory=list)
    on_duplicate: Mapping[str, Any] | None = None
    ignore: bool = False
    returning: dict[str, Any] | None = None
    overriding: bool = False
    with_: list[Subquery] = field(default_factory=list)


@dataclass
class UpdateConfig:
    table: Table
    set_: dict[str, Any] = field(default_factory=dict)
    where: Condition = None
    returning: dict[str, Any] | None = None
    from_: Any = None
    joins: list[Join] = field(default_factory=list)
    with_: list[Subquery] = field(default_factory=list)
    #: MySQL and SQLite: ``order by ... limit n`` on the rows updated
    order_by: list[Any] = field(default_factory=list)
    limit: Count | None = None


@dataclass
class DeleteConfig:
    table: Table
    where: Condition = None
    returning: dict[str, Any] | None = None
    with_: list[Subquery] = field(default_factory=list)
    #: MySQL and SQLite: ``order by ... limit n`` on the rows deleted
    order_by: list[Any] = field(default_factory=list)
    limit: Count | None = None
