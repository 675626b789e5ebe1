"""The dialect-neutral compiler: builders -> chunk trees, following Drizzle's clause layout.

Each dialect subclasses ``Dialect`` and overrides only what differs (quoting, placeholders,
conflict clauses, what is supported).  Nothing here asks which dialect it is.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from harness.core.column import BareColumn, Column
from harness.core.errors import HarnessError, QueryBuildError
from harness.core.query.delete import Delete
from harness.core.query.insert import Insert, OnConflict
from harness.core.query.result import flatten_fields
from harness.core.query.select import Join, Select, SetOperation, source_name
from harness.core.query.subquery import Subquery
from harness.core.query.update import Update
from harness.core.table import Table
from harness.sql.chunks import SQL, Aliased, Name, Param, Raw
from harness.sql.render import render

Casing = Callable[[str], str] | None


class Dialect:
    """Base compiler.  Subclasses: ``PgDialect``, ``MySqlDialect``, ``SQLiteDialect``."""

    name: ClassVar[str] = "core"
    #: statements that accept RETURNING
    returning: ClassVar[frozenset[str]] = frozenset()
    supports_update_from: ClassVar[bool] = False
    #: True when the driver wants ``%`` doubled in statement text (PyMySQL's ``%s`` style)
    driver_escapes_percent: ClassVar[bool] = False
    #: whether each side of ``union`` & co. is wrapped in parentheses (SQLite forbids it)
    set_operation_parens: ClassVar[bool] = True
    #: text after a compound's ORDER BY list (Drizzle leaves a space on pg/mysql, none on SQLite)
    compound_order_by_suffix: ClassVar[str] = " "
    #: whether ``on conflict (<target>)`` qualifies the column with its table (SQLite: yes)
    conflict_target_qualified: ClassVar[bool] = False
    #: module with ``create_statements(entities, casing)`` for this dialect's DDL
    ddl_module: ClassVar[str] = ""
    #: module with the migrator's bookkeeping/locking statements for this dialect
    migrations_module: ClassVar[str] = ""
    #: module with database administration (create/drop/empty tables) for this dialect
    admin_module: ClassVar[str] = ""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]:
        """CREATE statements for declared tables/enums/views, as drizzle-kit would write them."""
        import importlib

        module = importlib.import_module(self.ddl_module)
        return module.create_statements(list(entities), casing)  # type: ignore[no-any-return]

    # -- quoting --------------------------------------------------------------------------
    def escape_name(self, name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def placeholder(self, index: int) -> str:
        return "?"

    def driver_placeholder(self, index: int) -> str:
        return self.placeholder(index)

    def escape_string(self, value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    def inline_literal(self, value: Any) -> str:
        """A value written into the SQL text (``inline_params()``, DDL defaults)."""
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, (int, float, Decimal)):
            return str(value)
        if isinstance(value, str):
            return self.escape_string(value)
        if isinstance(value, (dict, list)):
            return self.escape_string(json.dumps(value, separators=(",", ":")))
        if isinstance(value, (_dt.date, _dt.time, _dt.datetime)):
            return self.escape_string(
                value.isoformat(sep=" ") if isinstance(value, _dt.datetime) else value.isoformat()
            )
        return self.escape_string(str(value))

    # -- compile --------------------------------------------------------------------------
    def to_sql(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """Text and params as Drizzle's ``toSQL()`` shows them."""
        return render(tree, self, casing)

    def to_driver(self, tree: SQL, casing: Casing = None) -> tuple[str, list[Any]]:
        """Text and params as the driver needs them (placeholders in the driver's style)."""
        if self.driver_placeholder is self.placeholder and not self.driver_escapes_percent:
            return render(tree, self, casing)
        return render(tree, _DriverQuoting(self), casing, self.driver_escapes_percent)

    def build(self, query: Any) -> SQL:
        if isinstance(query, Select):
            return self.build_select(query)
        if isinstance(query, Insert):
            return self.build_insert(query)
        if isinstance(query, Update):
            return self.build_update(query)
        if isinstance(query, Delete):
            return self.build_delete(query)
        raise TypeError(f"cannot build {type(query).__name__}")

    def check_returning(self, statement: str) -> None:
        if statement not in self.returning:
            raise QueryBuildError(
                f"{self.name} does not support RETURNING on {statement}; run a select after the "
                f"{statement} instead"
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
            if join.on is not None:
                chunks.extend([Raw(" on "), join.on])
        return chunks

    def build_lock(self, query: Select) -> list[Any]:
        lock = query._lock
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

    def build_distinct(self, query: Select) -> list[Any]:
        if query._distinct is True:
            return [Raw(" distinct")]
        if query._distinct:
            raise QueryBuildError(f"select_distinct_on is PostgreSQL only, not {self.name}")
        return []

    def build_limit(self, query: Select) -> list[Any]:
        chunks: list[Any] = []
        if query._limit is not None:
            chunks += [Raw(" limit "), query._limit]
        if query._offset is not None:
            chunks += [Raw(" offset "), query._offset]
        return chunks

    def build_select(self, query: Select) -> SQL:
        if query._source is None:
            raise QueryBuildError("select(): call from_(table) before running or compiling")
        self._check_fields_joined(query)
        single = not query._joins
        chunks: list[Any] = self.build_with(query._with)
        chunks.append(Raw("select"))
        chunks.extend(self.build_distinct(query))
        chunks.append(Raw(" "))
        chunks.append(self.build_selection(query._selected_fields(), single))
        chunks.append(Raw(" from "))
        chunks.append(self.build_from(query._source))
        chunks.extend(self.build_joins(query._joins))
        if query._where is not None:
            chunks += [Raw(" where "), query._where]
        if query._group_by:
            chunks.append(Raw(" group by "))
            chunks.append(_comma(query._group_by))
        if query._having is not None:
            chunks += [Raw(" having "), query._having]
        if query._order_by:
            chunks.append(Raw(" order by "))
            chunks.append(_comma(query._order_by))
        chunks.extend(self.build_limit(query))
        chunks.extend(self.build_lock(query))
        tree = SQL(chunks)
        for op in query._set_ops:
            tree = self.build_set_operation(tree, op)
        return tree

    def build_set_operation(self, left: SQL, op: SetOperation) -> SQL:
        right = op.right.get_sql() if hasattr(op.right, "get_sql") else op.right
        keyword = Raw(f"{op.kind} {'all ' if op.all else ''}")
        if self.set_operation_parens:
            chunks: list[Any] = [Raw("("), left, Raw(") "), keyword, Raw("("), right, Raw(")")]
        else:
            chunks = [left, Raw(" "), keyword, right]
        if op.order_by:
            # the compound's columns have no table: order by bare names, as Drizzle does
            order = _comma([self._single(_as_sql(c)) for c in op.order_by])
            chunks += [Raw(" order by "), order, Raw(self.compound_order_by_suffix)]
        if op.limit is not None:
            chunks += [Raw(" limit "), op.limit]
        if op.offset is not None:
            chunks += [Raw(" offset "), op.offset]
        return SQL(chunks)

    def _check_fields_joined(self, query: Select) -> None:
        if query._fields is None:
            return
        allowed = {source_name(query._source)} | {j.name for j in query._joins}
        for path, field in flatten_fields(query._fields):
            if isinstance(field, Column) and field.table._name not in allowed:
                if isinstance(query._source, SQL):
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

    def build_insert_prefix(self, query: Insert) -> list[Any]:
        return [Raw("insert into ")]

    def build_insert(self, query: Insert) -> SQL:
        table = query._table
        columns = self.insert_columns(table)
        chunks: list[Any] = self.build_with(query._with)
        chunks.extend(self.build_insert_prefix(query))
        chunks.append(table)
        chunks.append(Raw(" "))
        if query._select is not None:
            select = query._select
            if isinstance(select, Select):
                keys = [k for k in select._selected_fields() if k in table._columns]
                columns = [table._columns[k] for k in keys]
            chunks.append([BareColumn(c) for c in columns])
            chunks.append(Raw(" "))
            chunks.extend(self.build_overriding(query))
            chunks.append(select.get_sql() if hasattr(select, "get_sql") else select)
        else:
            if not query._rows:
                raise QueryBuildError(
                    f"insert into {table._name!r}: call values(...) or select(...) first"
                )
            chunks.append([BareColumn(c) for c in columns])
            chunks.append(Raw(" "))
            chunks.extend(self.build_overriding(query))
            chunks.append(Raw("values "))
            for i, row in enumerate(query._rows):
                if i:
                    chunks.append(Raw(", "))
                chunks.append([self.insert_value(c, row) for c in columns])
        chunks.extend(self.build_on_conflict(query))
        if query._returning is not None:
            chunks += [Raw(" returning "), self.build_selection(query._returning, True)]
        return SQL(chunks)

    def build_overriding(self, query: Insert) -> list[Any]:
        if query._overriding:
            raise QueryBuildError(f"overriding_system_value() is PostgreSQL only, not {self.name}")
        return []

    def build_on_conflict(self, query: Insert) -> list[Any]:
        if query._on_conflict is not None:
            return self.build_conflict_clause(query._on_conflict, query._table)
        if query._on_duplicate is not None:
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
        return [table]

    def build_update(self, query: Update) -> SQL:
        chunks: list[Any] = self.build_with(query._with)
        chunks.append(Raw("update "))
        chunks.extend(self.build_update_target(query._table))
        chunks.append(Raw(" set "))
        chunks.append(self.build_set(query._table, query._set))
        if query._from is not None:
            chunks += [Raw(" from "), self.build_from(query._from)]
        chunks.extend(self.build_joins(query._joins))
        if query._where is not None:
            chunks += [Raw(" where "), query._where]
        if query._returning is not None:
            chunks += [
                Raw(" returning "),
                self.build_selection(query._returning, query._from is None),
            ]
        return SQL(chunks)

    def build_delete(self, query: Delete) -> SQL:
        chunks: list[Any] = self.build_with(query._with)
        chunks += [Raw("delete from "), query._table]
        if query._where is not None:
            chunks += [Raw(" where "), query._where]
        if query._returning is not None:
            chunks += [Raw(" returning "), self.build_selection(query._returning, True)]
        return SQL(chunks)

    def build_count(self, source: Any, where: Any) -> SQL:
        chunks: list[Any] = [Raw("select count(*) as count from "), source]
        if where is not None:
            chunks += [Raw(" where "), where]
        return SQL(chunks)

    # -- seeding --------------------------------------------------------------------------
    #: how many bound parameters one statement may carry (multi-row inserts are cut to fit)
    max_parameters: ClassVar[int] = 30_000

    def fills_automatically(self, column: Column) -> bool:
        """Whether the database gives ``column`` a value when an INSERT leaves it out
        (identity, serial, auto-increment, generated, or a database default)."""
        if column.identity is not None or column.generated is not None or column.autoincrement:
            return True
        if column.has_default and column.default is not None:
            return True
        return "serial" in column.sql_type().lower()

    def advance_sequences(self, db: Any, table: Any) -> None:
        """After rows with explicit keys: make later plain INSERTs continue after them.
        MySQL and SQLite move their counters themselves; PostgreSQL overrides this."""

    def last_insert_id_sql(self) -> str | None:
        """Statement giving the first id of the last multi-row INSERT, where RETURNING is
        missing (MySQL); None where RETURNING is used instead."""
        return None

    # -- relational queries (JSON building blocks) ----------------------------------------
    #: True when the JSON array aggregate takes ORDER BY/LIMIT itself (MariaDB) instead of
    #: the derived table with row numbers used elsewhere
    relational_aggregate_orders: ClassVar[bool] = False

    def json_row(self, values: Sequence[Any]) -> SQL:
        """A JSON array of ``values`` (one row of a nested result)."""
        return SQL([Raw("json_array("), _comma(list(values)), Raw(")")])

    def json_array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        """The JSON array of ``row`` over the group (empty array when there are no rows)."""
        raise NotImplementedError

    def json_embed(self, subquery: SQL) -> Any:
        """A nested relation's JSON inside an enclosing JSON row."""
        return subquery

    def json_value(self, value: Any) -> Any:
        """A value as it should travel inside JSON (exact numerics as text)."""
        return value

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


def _as_sql(item: Any) -> SQL:
    return item if isinstance(item, SQL) else SQL([item])


def _comma(items: Sequence[Any]) -> SQL:
    chunks: list[Any] = []
    for i, item in enumerate(items):
        if i:
            chunks.append(Raw(", "))
        chunks.append(item)
    return SQL(chunks)


class _DriverQuoting:
    """The dialect's quoting with the driver's placeholder style."""

    __slots__ = ("_dialect", "escape_name", "inline_literal", "placeholder")

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self.escape_name = dialect.escape_name
        self.placeholder = dialect.driver_placeholder
        self.inline_literal = dialect.inline_literal
