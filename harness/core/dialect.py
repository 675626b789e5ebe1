"""The dialect-neutral statement compiler: builder configs -> chunk trees, in Drizzle's
clause layout.

Each dialect subclasses ``Dialect`` and overrides only what differs (quoting, placeholders,
conflict clauses, what is supported); nothing here asks which dialect it is.  Everything that
is not statement compiling is a typed part on the dialect (``harness.core.parts``):
``ddl``, ``migrations``, ``admin``, ``seeding``, ``json``, ``introspector``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from harness.core.column import BareColumn, Column
from harness.core.errors import HarnessError, QueryBuildError
from harness.core.parts import (
    Admin,
    Ddl,
    Introspector,
    MigrationHooks,
    RelationalJson,
    SchemaDiffer,
    SchemaWriter,
    SeedHooks,
)
from harness.core.query.config import (
    DeleteConfig,
    IndexHints,
    InsertConfig,
    Join,
    OnConflict,
    SelectConfig,
    SetOperation,
    UpdateConfig,
)
from harness.core.query.result import flatten_fields
from harness.core.query.select import Select, selected_fields, source_fields, source_name
from harness.core.query.subquery import Subquery
from harness.core.quoting import BaseQuoting
from harness.core.table import Table
from harness.sql.chunks import SQL, Aliased, Chunk, Frozen, Name, Param, Raw, given, join_chunks
from harness.sql.render import render

Casing = Callable[[str], str] | None


class Dialect(BaseQuoting):
    """Base compiler.  Subclasses: ``PgDialect``, ``MySqlDialect``, ``SQLiteDialect``.

    Capabilities that depend on the server (MariaDB's RETURNING) are instance attributes set
    by the subclass's ``__init__``; the rest are class-level facts about the SQL dialect.
    """

    name: ClassVar[str] = "core"
    #: statements that accept RETURNING (an instance attribute: MariaDB differs from MySQL)
    returning: frozenset[str] = frozenset()
    supports_update_from: ClassVar[bool] = False
    #: whether an ``update ... from`` RETURNING can name the FROM/joined tables' columns
    #: (PostgreSQL: yes; SQLite's RETURNING sees only the updated table)
    update_returning_reaches_from: ClassVar[bool] = False
    #: True when the driver wants ``%`` doubled in statement text (PyMySQL's ``%s`` style)
    driver_escapes_percent: ClassVar[bool] = False
    #: whether each side of ``union`` & co. is wrapped in parentheses (SQLite forbids it)
    set_operation_parens: ClassVar[bool] = True
    #: text after a compound's ORDER BY list (Drizzle leaves a space on pg/mysql, none on SQLite)
    compound_order_by_suffix: ClassVar[str] = " "
    #: whether ``on conflict (<target>)`` qualifies the column with its table (SQLite: yes)
    conflict_target_qualified: ClassVar[bool] = False
    #: whether several ``on conflict`` clauses may follow each other (SQLite 3.35+: yes)
    conflict_clauses_chain: ClassVar[bool] = False
    #: whether UPDATE/DELETE take ``order by ... limit`` (MySQL, SQLite: yes)
    write_order_limit: ClassVar[bool] = True

    # -- parts (harness.core.parts) -------------------------------------------------------
    ddl: Ddl
    migrations: MigrationHooks
    admin: Admin
    seeding: SeedHooks
    json: RelationalJson
    #: reads a live catalog (``harness pull``); None until a dialect implements it
    introspector: Introspector | None = None
    #: writes Python declarations from a snapshot (``harness pull``); None until implemented
    schema_writer: SchemaWriter | None = None
    #: drizzle-kit's snapshot model (``harness generate``); every dialect sets one
    schema_diff: SchemaDiffer
    #: the same for drizzle-kit 1.0's folder layout (its own snapshot format); None until a
    #: dialect implements it
    schema_diff_v1: SchemaDiffer | None = None

    def __init__(self) -> None:
        # the driver's placeholders are Drizzle's own unless a subclass overrides them: then
        # ``to_driver`` can render straight with the dialect (no wrapper per compile)
        self._driver_is_display = (
            type(self).driver_placeholder is BaseQuoting.driver_placeholder
            and not self.driver_escapes_percent
        )
        self._driver_quoting = _DriverQuoting(self)

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        """CREATE statements for declared tables/enums/views (the ``ddl`` part's)."""
        return self.ddl.create_statements(entities, casing)

    # -- compile --------------------------------------------------------------------------
    def to_sql(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """Text and params as Drizzle's ``toSQL()`` shows them."""
        return render(tree, self, casing)

    def to_driver(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """Text and params as the driver needs them (placeholders in the driver's style)."""
        if self._driver_is_display:
            return render(tree, self, casing)
        return render(tree, self._driver_quoting, casing, self.driver_escapes_percent)

    def check_returning(self, statement: str) -> None:
        if statement not in self.returning:
            raise QueryBuildError(
                f"{self.name} does not support RETURNING on {statement}; run a select after the "
                f"{statement} instead"
            )

    def insert_returning_id(self, insert: Any) -> list[dict[str, Any]]:
        """``insert(...).returning_id()``: MySQL's (``$returningId``); elsewhere refused."""
        raise QueryBuildError(
            f"returning_id() is MySQL's ($returningId); on {self.name} use .returning("
            f"{{'id': table.id}})"
        )

    def check_update_from(self) -> None:
        if not self.supports_update_from:
            raise QueryBuildError(f"{self.name} does not support update ... from")

    # -- pieces ---------------------------------------------------------------------------
    def build_with(self, with_list: Sequence[Subquery]) -> list[Any]:
        if not with_list:
            return []
        chunks: list[Any] = [Raw("with ")]
        for i, cte in enumerate(with_list):
            if i:
                chunks.append(Raw(", "))
            chunks.extend([Name(cte._alias), Raw(" as ("), cte._query.get_sql(), Raw(")")])
        chunks.append(Raw(" "))
        return chunks

    def build_selection(self, fields: Mapping[str, Any], single_table: bool) -> SQL:
        chunks: list[Any] = []
        for i, (_, field) in enumerate(flatten_fields(dict(fields))):
            if i:
                chunks.append(Raw(", "))
            if isinstance(field, Aliased):
                if field.is_selection_field:
                    chunks.append(Name(field.alias))
                    continue
                inner = field.sql
                chunks.append(self._single(inner) if single_table else inner)
                chunks.append(Raw(" as "))
                chunks.append(Name(field.alias))
            elif isinstance(field, SQL):
                chunks.append(self._single(field) if single_table else field)
            elif isinstance(field, Column):
                chunks.append(BareColumn(field) if single_table else field)
            else:
                chunks.append(field)
        return SQL(chunks)

    @staticmethod
    def _single(query: SQL) -> SQL:
        return SQL([BareColumn(c) if isinstance(c, Column) else c for c in query.chunks])

    def build_from(self, source: Any) -> Any:
        if isinstance(source, Table) and source._is_alias:
            parts: list[Any] = []
            if source._schema:
                parts += [Name(source._schema), Raw(".")]
            parts += [Name(source._original_name), Raw(" "), Name(source._name)]
            return SQL(parts)
        return source

    def build_joins(self, joins: Sequence[Join]) -> list[Any]:
        chunks: list[Any] = []
        for join in joins:
            chunks.append(Raw(f" {join.kind} join"))
            if join.lateral:
                chunks.append(Raw(" lateral"))
            chunks.append(Raw(" "))
            chunks.append(self.build_from(join.source))
            if join.index_hints is not None:
                chunks.extend(self.build_index_hints(join.source, join.index_hints))
            if join.on is not None:
                chunks.extend([Raw(" on "), join.on])
        return chunks

    def build_index_hints(self, source: Any, hints: IndexHints) -> list[Any]:
        """``use index (...)`` & co. after a table: MySQL's (``MySqlDialect``); refused here."""
        raise QueryBuildError(
            f"index hints (use_index/force_index/ignore_index) are MySQL's, not {self.name}'s"
        )

    def build_lock(self, query: SelectConfig) -> list[Any]:
        lock = query.lock
        if lock is None:
            return []
        chunks: list[Any] = [Raw(f" for {lock.strength}")]
        if lock.of:
            chunks.append(Raw(" of "))
            for i, t in enumerate(lock.of):
                if i:
                    chunks.append(Raw(", "))
                chunks.append(t)
        if lock.no_wait:
            chunks.append(Raw(" nowait"))
        elif lock.skip_locked:
            chunks.append(Raw(" skip locked"))
        return chunks

    def build_distinct(self, query: SelectConfig) -> list[Any]:
        if query.distinct is True:
            return [Raw(" distinct")]
        if query.distinct:
            raise QueryBuildError(f"select_distinct_on is PostgreSQL only, not {self.name}")
        return []

    def build_limit(self, query: SelectConfig) -> list[Any]:
        chunks: list[Any] = []
        if _applies(query.limit):
            chunks += [Raw(" limit "), query.limit]
        if query.offset is not None:
            chunks += [Raw(" offset "), query.offset]
        return chunks

    def build_select(self, query: SelectConfig) -> SQL:
        if query.source is None:
            raise QueryBuildError("select(): call from_(table) before running or compiling")
        if query.fields is not None:
            self._check_fields_joined(query)
        single = not query.joins
        # the clause builders run only for the clauses the select has (a fixed cost per
        # query otherwise); each returns nothing for an absent clause
        chunks: list[Any] = self.build_with(query.with_) if query.with_ else []
        if query.distinct:
            chunks.append(_SELECT)
            chunks.extend(self.build_distinct(query))
            chunks.append(_SPACE)
        else:
            chunks.append(_SELECT_SPACE)
        source = query.source
        if (
            single
            and query.fields is None
            and isinstance(source, Table)
            and query.index_hints is None
        ):
            # ``select().from_(table)``: the same text every time, rendered once
            chunks.append(self._select_all(source))
        else:
            chunks.append(self.build_selection(selected_fields(query), single))
            chunks.append(Raw(" from "))
            chunks.append(self.build_from(source))
            if query.index_hints is not None:
                chunks.extend(self.build_index_hints(source, query.index_hints))
            chunks.extend(self.build_joins(query.joins))
        if given(query.where):
            chunks += [_WHERE, query.where]
        if query.group_by:
            chunks.append(Raw(" group by "))
            chunks.append(join_chunks(query.group_by))
        if given(query.having):
            chunks += [Raw(" having "), query.having]
        if query.order_by:
            chunks.append(Raw(" order by "))
            chunks.append(join_chunks(query.order_by))
        if query.limit is not None or query.offset is not None:
            chunks.extend(self.build_limit(query))
        if query.lock is not None:
            chunks.extend(self.build_lock(query))
        tree = SQL(chunks)
        for op in query.set_ops:
            tree = self.build_set_operation(tree, op)
        return tree

    def _frozen(self, table: Table, kind: str, build: Callable[[], Chunk]) -> Frozen:
        """A parameter-free part of a statement over ``table`` that only depends on the table
        (and this dialect), kept on the table.  An alias is a copy of its table's
        ``__dict__``: the owner check keeps it from using the original's."""
        cache: tuple[Table, dict[tuple[str, type[Dialect]], Frozen]] | None
        cache = table.__dict__.get("_frozen_sql")
        if cache is None or cache[0] is not table:
            cache = (table, {})
            table.__dict__["_frozen_sql"] = cache
        key = (kind, type(self))
        frozen: Frozen | None = cache[1].get(key)
        if frozen is None:
            frozen = cache[1][key] = Frozen(build())
        return frozen

    def _select_all(self, table: Table) -> Frozen:
        """``<every column> from <table>`` of ``select().from_(table)``."""
        return self._frozen(
            table,
            "select_all",
            lambda: SQL(
                [
                    self.build_selection(source_fields(table), True),
                    Raw(" from "),
                    self.build_from(table),
                ]
            ),
        )

    def build_set_operation(self, left: SQL, op: SetOperation) -> SQL:
        right = op.right.get_sql() if hasattr(op.right, "get_sql") else op.right
        keyword = Raw(f"{op.kind} {'all ' if op.all else ''}")
        if self.set_operation_parens:
            chunks: list[Any] = [Raw("("), left, Raw(") "), keyword, Raw("("), right, Raw(")")]
        else:
            chunks = [left, Raw(" "), keyword, right]
        if op.order_by:
            # the compound's columns have no table: order by bare names, as Drizzle does
            order = join_chunks([self._single(_as_sql(c)) for c in op.order_by])
            chunks += [Raw(" order by "), order, Raw(self.compound_order_by_suffix)]
        if _applies(op.limit):
            chunks += [Raw(" limit "), op.limit]
        if op.offset is not None:
            chunks += [Raw(" offset "), op.offset]
        return SQL(chunks)

    def _check_fields_joined(self, query: SelectConfig) -> None:
        if query.fields is None:
            return
        allowed = {source_name(query.source)} | {j.name for j in query.joins}
        for path, field in flatten_fields(query.fields):
            if isinstance(field, Column) and field.table._name not in allowed:
                if isinstance(query.source, SQL):
                    continue
                raise QueryBuildError(
                    f'field {"->".join(path)!r} references column "{field.table._name}".'
                    f'"{field.name}", but table "{field.table._name}" is not part of the query; '
                    f"did you forget to join it?"
                )

    # -- insert ---------------------------------------------------------------------------
    def missing_insert_value(self, column: Column) -> Any:
        """What VALUES gets for a column the row leaves out (after default_fn/on_update_fn)."""
        return Raw("default")

    def insert_value(self, column: Column, row: Mapping[str, Any]) -> Any:
        if column.key in row:
            value = row[column.key]
            return value if isinstance(value, SQL) else Param(value, column)
        if column.default_fn is not None:
            produced = column.default_fn()
            return produced if isinstance(produced, SQL) else Param(produced, column)
        if column.on_update_fn is not None and not (
            column.has_default and column.default is not None
        ):
            produced = column.on_update_fn()
            return produced if isinstance(produced, SQL) else Param(produced, column)
        return self.missing_insert_value(column)

    def insert_columns(self, table: Table) -> list[Column]:
        return [c for c in table._columns.values() if not c.should_disable_insert()]

    def build_insert_prefix(self, query: InsertConfig) -> list[Any]:
        return [Raw("insert into ")]

    def build_insert(self, query: InsertConfig) -> SQL:
        table = query.table
        columns = self.insert_columns(table)
        chunks: list[Any] = self.build_with(query.with_)
        chunks.extend(self.build_insert_prefix(query))
        chunks.append(table)
        chunks.append(Raw(" "))
        if query.select is not None:
            select = query.select
            if isinstance(select, Select):
                keys = [k for k in select._selected_fields() if k in table._columns]
                columns = [table._columns[k] for k in keys]
            chunks.append([BareColumn(c) for c in columns])
            chunks.append(Raw(" "))
            chunks.extend(self.build_overriding(query))
            chunks.append(select.get_sql() if hasattr(select, "get_sql") else select)
        else:
            if not query.rows:
                raise QueryBuildError(
                    f"insert into {table._name!r}: call values(...) or select(...) first"
                )
            # the column list is the same for every insert into the table: rendered once
            chunks.append(
                self._frozen(
                    table, "insert_columns", lambda: SQL([[BareColumn(c) for c in columns]])
                )
            )
            chunks.append(Raw(" "))
            chunks.extend(self.build_overriding(query))
            chunks.append(Raw("values "))
            for i, row in enumerate(query.rows):
                if i:
                    chunks.append(Raw(", "))
                chunks.append([self.insert_value(c, row) for c in columns])
        chunks.extend(self.build_on_conflict(query))
        if query.returning is not None:
            chunks += [Raw(" returning "), self.build_selection(query.returning, True)]
        return SQL(chunks)

    def build_overriding(self, query: InsertConfig) -> list[Any]:
        if query.overriding:
            raise QueryBuildError(f"overriding_system_value() is PostgreSQL only, not {self.name}")
        return []

    def build_on_conflict(self, query: InsertConfig) -> list[Any]:
        if query.on_conflict:
            if not self.conflict_clauses_chain:  # one clause: the last call wins, as Drizzle
                return self.build_conflict_clause(query.on_conflict[-1], query.table)
            chunks: list[Any] = []
            for conflict in query.on_conflict:
                chunks += self.build_conflict_clause(conflict, query.table)
            return chunks
        if query.on_duplicate is not None:
            raise QueryBuildError(f"on_duplicate_key_update() is MySQL only, not {self.name}")
        return []

    def build_conflict_clause(self, conflict: OnConflict, table: Table) -> list[Any]:
        """``on conflict (...) do nothing|do update set ...`` (PostgreSQL and SQLite)."""
        chunks: list[Any] = [Raw(" on conflict ")]
        if conflict.target is not None:
            targets = (
                conflict.target if isinstance(conflict.target, (list, tuple)) else [conflict.target]
            )
            chunks.append(Raw("("))
            for i, t in enumerate(targets):
                if i:
                    chunks.append(Raw(","))
                bare = isinstance(t, Column) and not self.conflict_target_qualified
                chunks.append(BareColumn(t) if bare else t)
            chunks.append(Raw(")"))
            if conflict.target_where is not None:
                chunks += [Raw(" where "), conflict.target_where]
            elif conflict.action == "nothing" and conflict.where is not None:
                chunks += [Raw(" where "), conflict.where]
            chunks.append(Raw(" "))
        if conflict.action == "nothing":
            chunks.append(Raw("do nothing"))
        else:
            chunks += [Raw("do update set "), self.build_set(table, conflict.set_ or {})]
            if conflict.where is not None:
                chunks += [Raw(" where "), conflict.where]
        return chunks

    # -- update / delete ------------------------------------------------------------------
    def build_set(self, table: Table, values: Mapping[str, Any]) -> SQL:
        chunks: list[Any] = []
        keys = [k for k, c in table._columns.items() if k in values or c.on_update_fn is not None]
        for i, key in enumerate(keys):
            column = table._columns[key]
            if key in values:
                value = values[key]
                value = value if isinstance(value, SQL) else Param(value, column)
            else:
                assert column.on_update_fn is not None
                produced = column.on_update_fn()
                value = produced if isinstance(produced, SQL) else Param(produced, column)
            if i:
                chunks.append(Raw(", "))
            chunks += [BareColumn(column), Raw(" = "), value]
        return SQL(chunks)

    def build_update_target(self, table: Table) -> list[Any]:
        """The updated table; an alias keeps its table (``update "users" "u"``)."""
        return [self.build_from(table)]

    def build_update(self, query: UpdateConfig) -> SQL:
        chunks: list[Any] = self.build_with(query.with_)
        chunks.append(Raw("update "))
        chunks.extend(self.build_update_target(query.table))
        chunks.append(Raw(" set "))
        chunks.append(self.build_set(query.table, query.set_))
        if query.from_ is not None:
            chunks += [Raw(" from "), self.build_from(query.from_)]
        chunks.extend(self.build_joins(query.joins))
        if given(query.where):
            chunks += [Raw(" where "), query.where]
        chunks.extend(self.build_write_order_limit("update", query.order_by, query.limit))
        if query.returning is not None:
            chunks += [
                Raw(" returning "),
                self.build_selection(query.returning, query.from_ is None),
            ]
        return SQL(chunks)

    def build_write_order_limit(self, kind: str, order_by: list[Any], limit: Any) -> list[Any]:
        """``order by ... limit n`` of an UPDATE or DELETE (MySQL, SQLite); refused where the
        dialect has none (``write_order_limit`` False: PostgreSQL)."""
        if not order_by and limit is None:
            return []
        if not self.write_order_limit:
            raise QueryBuildError(
                f"{kind}().order_by()/.limit(): {self.name} has no ORDER BY / LIMIT in "
                f"{kind.upper()}; select the rows in a subquery instead"
            )
        chunks: list[Any] = []
        if order_by:
            chunks += [Raw(" order by "), join_chunks(order_by)]
        if limit is not None:
            chunks += [Raw(" limit "), limit]
        return chunks

    def build_delete(self, query: DeleteConfig) -> SQL:
        chunks: list[Any] = self.build_with(query.with_)
        chunks += [Raw("delete from "), query.table]
        if given(query.where):
            chunks += [Raw(" where "), query.where]
        chunks.extend(self.build_write_order_limit("delete", query.order_by, query.limit))
        if query.returning is not None:
            chunks += [Raw(" returning "), self.build_selection(query.returning, True)]
        return SQL(chunks)

    def build_count(self, source: Any, where: Any) -> SQL:
        chunks: list[Any] = [Raw("select count(*) as count from "), source]
        if where is not None:
            chunks += [Raw(" where "), where]
        return SQL(chunks)

    # -- transactions ---------------------------------------------------------------------
    def begin_sql(
        self, isolation_level: str | None, access_mode: str | None, **options: Any
    ) -> list[str]:
        """Statements that open a transaction with the given options."""
        if options:
            raise HarnessError(f"unknown transaction option(s) for {self.name}: {sorted(options)}")
        parts = ["begin"]
        if isolation_level:
            parts.append(f"isolation level {isolation_level}")
        if access_mode:
            parts.append(access_mode)
        return [" ".join(parts)]

    def savepoint_name(self, depth: int) -> str:
        """Drizzle names savepoints ``sp1``, ``sp2``... on pg/mysql (SQLite overrides)."""
        return f"sp{depth + 1}"


#: text chunks every select uses (a ``Raw`` is never changed once made)
_SELECT = Raw("select")
_SPACE = Raw(" ")
_SELECT_SPACE = Raw("select ")
_WHERE = Raw(" where ")


def _applies(limit: Any) -> bool:
    """Whether a ``limit`` is written: a negative number means no limit, as in Drizzle."""
    return limit is not None and not (isinstance(limit, int) and limit < 0)


def _as_sql(item: Any) -> SQL:
    return item if isinstance(item, SQL) else SQL([item])


class _DriverQuoting:
    """The dialect's quoting with the driver's placeholder style."""

    __slots__ = ("_dialect", "escape_name", "inline_literal", "placeholder")

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self.escape_name = dialect.escape_name
        self.placeholder = dialect.driver_placeholder
        self.inline_literal = dialect.inline_literal
