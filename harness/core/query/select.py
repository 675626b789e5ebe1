"""``db.select(...).from_(...)`` and set operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from harness.core.column import Column
from harness.core.errors import QueryBuildError
from harness.core.query.base import QueryBuilder
from harness.core.query.config import (
    Condition,
    Count,
    IndexHint,
    IndexHints,
    Join,
    Lock,
    SelectConfig,
    SetOperation,
)
from harness.core.query.result import RowMapper, flatten_fields
from harness.core.query.subquery import FieldNamespace, Subquery
from harness.core.table import Table
from harness.sql.chunks import SQL, Aliased, Chunk

if TYPE_CHECKING:
    from harness.core.database import Database


def source_name(source: Any) -> str | None:
    if isinstance(source, Table):
        return source._name
    if isinstance(source, Subquery):
        return source._alias
    return getattr(source, "_name", None)


def source_fields(source: Any) -> dict[str, Any]:
    if isinstance(source, Table):
        return dict(source._columns)
    if isinstance(source, Subquery):
        return dict(source._selected_fields())
    fields = getattr(source, "_selected_fields", None)
    if fields is not None:
        return dict(fields())
    raise QueryBuildError(
        "select() without fields needs a table, view or subquery in from_(); pass the fields "
        "explicitly, e.g. db.select({'n': sql('count(*)')}).from_(sql('...'))"
    )


#: Drizzle's callback form: called with the selection's fields, returns a condition
FieldsCallback = Callable[[FieldNamespace], Condition]


def _is_callback(value: Any) -> bool:
    return (
        callable(value) and not isinstance(value, (Chunk, Table)) and not hasattr(value, "get_sql")
    )


def _namespace(fields: dict[str, Any], aliases: bool = False) -> FieldNamespace:
    """The fields a callback sees; with ``aliases`` an aliased expression stands for its
    alias (Drizzle's ``orderBy`` callback: ``order by "total"``, not the expression again)."""
    return FieldNamespace(
        {
            k: _namespace(v, aliases)
            if isinstance(v, dict)
            else v.clone_for_selection()
            if aliases and isinstance(v, Aliased)
            else v
            for k, v in fields.items()
        }
    )


def tables_in(field: Any) -> set[str]:
    """Names of the tables whose columns ``field`` reads (a column, or SQL over columns)."""
    if isinstance(field, Column):
        return {field.table._name}
    if isinstance(field, Aliased):
        field = field.sql
    if isinstance(field, SQL):
        found: set[str] = set()
        for chunk in field.chunks:
            found |= tables_in(chunk)
        return found
    return set()


def selected_fields(config: SelectConfig) -> dict[str, Any]:
    """The selection as a (possibly nested) dict; joins without fields nest per table."""
    if config.fields is not None:
        return config.fields
    if config.source is None:
        raise QueryBuildError("select() needs from_() before it can be built")
    if not config.joins:
        return source_fields(config.source)
    nested: dict[str, Any] = {}
    for src in [config.source, *(j.source for j in config.joins)]:
        name = source_name(src)
        if isinstance(src, Table) and not src._is_alias:
            # a table from a table creator is keyed by the name it was given (Drizzle's
            # getTableLikeName: an alias by its alias, a table by its base name)
            name = src.__dict__.get("_base_name", name)
        if name is None:
            raise QueryBuildError(
                "a join on raw sql needs explicit fields: db.select({...}).from_(...)"
            )
        nested[name] = source_fields(src)
    return nested


class Select(QueryBuilder):
    """A SELECT being built; every method returns the builder itself."""

    def __init__(
        self,
        db: Database,
        fields: dict[str, Any] | None = None,
        distinct: bool | Sequence[Any] = False,
        with_list: Sequence[Subquery] = (),
    ) -> None:
        self._db = db
        self.config = SelectConfig(
            fields=fields,
            distinct=distinct if isinstance(distinct, bool) else list(distinct),
            with_=list(with_list),
        )
        self._nullable: dict[str, bool] = {}

    # -- clauses --------------------------------------------------------------------------
    def from_(
        self,
        source: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        """The source; MySQL's index hints (an index or its name, or a list of them) apply
        when it is a table, as Drizzle's ``.from(users, { useIndex: [...] })``."""
        self.config.source = source
        if use_index is not None or force_index is not None or ignore_index is not None:
            self.config.index_hints = IndexHints.of(use_index, force_index, ignore_index)
        name = source_name(source)
        if name is not None:
            self._nullable = {name: False}
        return self

    def _join(
        self,
        kind: str,
        source: Any,
        on: Any,
        lateral: bool = False,
        hints: IndexHints | None = None,
    ) -> Select:
        if self.config.source is None:
            raise QueryBuildError("call from_() before adding a join")
        name = source_name(source)
        join = Join(kind, source, on, lateral, name, hints)
        self.config.joins.append(join)
        join.on = self._resolve(on)  # a callback sees the selection with the joined table
        if kind == "left":
            if name:
                self._nullable[name] = True
        elif kind == "right":
            self._nullable = dict.fromkeys(self._nullable, True)
            if name:
                self._nullable[name] = False
        elif kind == "full":
            self._nullable = dict.fromkeys(self._nullable, True)
            if name:
                self._nullable[name] = True
        elif name:
            self._nullable[name] = False
        return self

    def left_join(
        self,
        source: Any,
        on: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        hints = IndexHints.of(use_index, force_index, ignore_index)
        return self._join("left", source, on, hints=hints)

    def right_join(
        self,
        source: Any,
        on: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        hints = IndexHints.of(use_index, force_index, ignore_index)
        return self._join("right", source, on, hints=hints)

    def inner_join(
        self,
        source: Any,
        on: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        hints = IndexHints.of(use_index, force_index, ignore_index)
        return self._join("inner", source, on, hints=hints)

    def full_join(
        self,
        source: Any,
        on: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        hints = IndexHints.of(use_index, force_index, ignore_index)
        return self._join("full", source, on, hints=hints)

    def cross_join(
        self,
        source: Any,
        *,
        use_index: IndexHint = None,
        force_index: IndexHint = None,
        ignore_index: IndexHint = None,
    ) -> Select:
        hints = IndexHints.of(use_index, force_index, ignore_index)
        return self._join("cross", source, None, hints=hints)

    def left_join_lateral(self, source: Any, on: Any) -> Select:
        return self._join("left", source, on, lateral=True)

    def inner_join_lateral(self, source: Any, on: Any) -> Select:
        return self._join("inner", source, on, lateral=True)

    def cross_join_lateral(self, source: Any) -> Select:
        return self._join("cross", source, None, lateral=True)

    def where(self, condition: Condition | FieldsCallback) -> Select:
        """A condition, or Drizzle's callback form ``lambda fields: eq(fields.id, 1)``."""
        self.config.where = self._resolve(condition)
        return self

    def group_by(self, *columns: Any) -> Select:
        self.config.group_by = list(columns)
        return self

    def having(self, condition: Condition | FieldsCallback) -> Select:
        self.config.having = self._resolve(condition)
        return self

    def order_by(self, *columns: Any) -> Select:
        """Order rows; after ``union()`` & co. it orders the whole compound result.  One
        callback ``lambda fields: [desc(fields.id)]`` is Drizzle's form."""
        if len(columns) == 1 and _is_callback(columns[0]):
            produced = columns[0](_namespace(self._selected_fields(), aliases=True))
            columns = tuple(produced) if isinstance(produced, (list, tuple)) else (produced,)
        if self.config.set_ops:
            self.config.set_ops[-1].order_by = list(columns)
        else:
            self.config.order_by = list(columns)
        return self

    def limit(self, limit: Count) -> Select:
        if self.config.set_ops:
            self.config.set_ops[-1].limit = limit
        else:
            self.config.limit = limit
        return self

    def offset(self, offset: Count) -> Select:
        if self.config.set_ops:
            self.config.set_ops[-1].offset = offset
        else:
            self.config.offset = offset
        return self

    def for_(
        self,
        strength: str,
        of: Any = None,
        no_wait: bool = False,
        skip_locked: bool = False,
    ) -> Select:
        """Row locking: ``for_("update")``, ``for_("share", skip_locked=True)``."""
        tables = [] if of is None else (list(of) if isinstance(of, (list, tuple)) else [of])
        self.config.lock = Lock(strength, tables, no_wait, skip_locked)
        return self

    def for_update(self, **options: Any) -> Select:
        return self.for_("update", **options)

    # -- set operations -------------------------------------------------------------------
    def _set(self, kind: str, all_: bool, other: Any) -> Select:
        if callable(other) and not isinstance(other, Select):
            # Drizzle's callback form: ``.except_(lambda ops: ops.union_all(a, b))``
            other = other(set_operators())
        if isinstance(other, Select):
            mine, theirs = self._shape(), other._shape()
            if mine != theirs:
                # Drizzle refuses this when building; the server would fail (or, worse, pair
                # columns by position with others of the same type)
                raise QueryBuildError(
                    f"{kind}: every select of a set operation must select the same fields; "
                    f"the first selects {list(mine)}, this one {list(theirs)}"
                )
        self.config.set_ops.append(SetOperation(kind, all_, other))
        return self

    def _shape(self) -> tuple[str, ...]:
        """The selected field keys, flattened (what a set operation must agree on)."""
        return tuple(".".join(path) for path, _ in flatten_fields(self._selected_fields()))

    def union(self, other: Any) -> Select:
        return self._set("union", False, other)

    def union_all(self, other: Any) -> Select:
        return self._set("union", True, other)

    def intersect(self, other: Any) -> Select:
        return self._set("intersect", False, other)

    def intersect_all(self, other: Any) -> Select:
        return self._set("intersect", True, other)

    def except_(self, other: Any) -> Select:
        return self._set("except", False, other)

    def except_all(self, other: Any) -> Select:
        return self._set("except", True, other)

    # -- shape ----------------------------------------------------------------------------
    def get_sql(self) -> SQL:
        return self._db.dialect.build_select(self.config)

    def _selected_fields(self) -> dict[str, Any]:
        return selected_fields(self.config)

    def _resolve(self, value: Any) -> Any:
        """Call a Drizzle-style callback with the selection's fields (``fields.users.id`` or
        ``fields["users"]["id"]`` after joins); anything else is returned as it is."""
        if not _is_callback(value):
            return value
        return value(_namespace(self._selected_fields()))

    def _row_mapper(self) -> RowMapper:
        config = self.config
        source = config.source
        if config.fields is None and not config.joins and isinstance(source, Table):
            # ``select().from_(table)``: the same mapper every time, kept on the table
            cached: RowMapper | None = source.__dict__.get("_select_all_mapper")
            if cached is None:
                cached = RowMapper(flatten_fields(dict(source._columns)))
                source.__dict__["_select_all_mapper"] = cached
            return cached
        fields = self._selected_fields()
        flat = flatten_fields(fields)
        nullable = frozenset(
            key
            for key, value in fields.items()
            if isinstance(value, (dict, Table)) and self._group_nullable(value)
        )
        return RowMapper(flat, nullable)

    def _group_nullable(self, group: Any) -> bool:
        """Whether a nested group comes back as None when all its values are NULL: its
        fields (columns, or SQL expressions over columns) all belong to one table on the
        nullable side of a join (Drizzle's rule)."""
        fields = list(group._columns.values()) if isinstance(group, Table) else list(group.values())
        tables: set[str] = set()
        for field in fields:
            found = tables_in(field)
            if not found:
                return False  # a field with no column (a constant) keeps the group a dict
            tables |= found
        if len(tables) != 1:
            return False
        return self._nullable.get(next(iter(tables)), False)

    def as_(self, alias: str) -> Subquery:
        """Use this select as a subquery named ``alias`` in from_/joins."""
        return Subquery(self, alias)


def set_operation(kind: str, all_: bool, first: Select, *rest: Any) -> Select:
    if not rest:
        raise QueryBuildError(f"{kind}() needs at least two selects")
    for other in rest:
        first._set(kind, all_, other)
    return first


def union(first: Select, *rest: Any) -> Select:
    return set_operation("union", False, first, *rest)


def union_all(first: Select, *rest: Any) -> Select:
    return set_operation("union", True, first, *rest)


def intersect(first: Select, *rest: Any) -> Select:
    return set_operation("intersect", False, first, *rest)


def intersect_all(first: Select, *rest: Any) -> Select:
    return set_operation("intersect", True, first, *rest)


def except_(first: Select, *rest: Any) -> Select:
    return set_operation("except", False, first, *rest)


def except_all(first: Select, *rest: Any) -> Select:
    return set_operation("except", True, first, *rest)


def set_operators() -> SimpleNamespace:
    """The set-operation functions a callback given to ``.union(...)`` & co. receives
    (Drizzle's ``getSQLiteSetOperators()`` and its siblings)."""
    return SimpleNamespace(
        union=union,
        union_all=union_all,
        intersect=intersect,
        intersect_all=intersect_all,
        except_=except_,
        except_all=except_all,
    )
