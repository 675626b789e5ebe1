"""``Database``: the object ``connect()`` returns, and ``Transaction``, its nested form."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, Protocol, TypeVar

from harness.core.casing import casing_function
from harness.core.dialect import Dialect
from harness.core.errors import HarnessError
from harness.core.query.count import Count, EmbeddedCount, outer_tables
from harness.core.query.delete import Delete
from harness.core.query.insert import Insert
from harness.core.query.relational import QueryNamespace
from harness.core.query.select import Select
from harness.core.query.subquery import CteBuilder, Subquery
from harness.core.query.update import Update
from harness.core.relations import build_schema
from harness.core.session import DriverSession, Row
from harness.core.table import Table
from harness.sql.chunks import SQL, Chunk

log = logging.getLogger("harness")

D = TypeVar("D", bound="Database")


class QueryLogger(Protocol):
    """What ``connect(logger=...)`` accepts (Drizzle's ``Logger``)."""

    def log_query(self, sql: str, params: Sequence[Any]) -> None: ...


class TransactionRollback(HarnessError):
    """Raised by ``tx.rollback()``; caught by the transaction block it belongs to."""

    def __init__(self, depth: int) -> None:
        super().__init__("transaction rolled back")
        self.depth = depth


class _LogToLogger:
    def log_query(self, sql: str, params: Sequence[Any]) -> None:
        log.info("query: %s -- params: %r", sql, list(params))


class Database:
    """A connection wrapped with Drizzle's API.

    ``depth`` is None outside any transaction (each statement commits on its own), else the
    nesting level of the transaction this object runs in (0 = the outermost).
    """

    def __init__(
        self,
        session: DriverSession,
        dialect: Dialect,
        casing: str | None = None,
        schema: Any = None,
        logger: Any = None,
        prepare: bool = True,
        depth: int | None = None,
    ) -> None:
        self.session = session
        self.dialect = dialect
        self.casing_name = casing
        self.casing = casing_function(casing)
        self.schema = schema
        self.prepare_statements = prepare
        self.depth = depth
        if logger is True:
            self.logger: QueryLogger | None = _LogToLogger()
        elif logger:
            if not hasattr(logger, "log_query"):
                raise TypeError("logger must be True or an object with log_query(sql, params)")
            self.logger = logger
        else:
            self.logger = None
        if self.casing is not None and schema is not None:
            for table in _tables_of(schema):
                table._check_casing(self.casing)
        # relations are resolved now, so a bad definition fails at connect(schema=...)
        self._relational = build_schema(schema) if schema is not None else None

    def derive(self, depth: int | None, cls: type[D] | None = None) -> D:
        """The same connection and settings at another transaction depth (``tx`` handles,
        the plugin's per-test database), without re-checking casing or relations."""
        kind: type[Any] = cls or type(self)
        child: D = object.__new__(kind)
        child.__dict__.update(self.__dict__)
        child.depth = depth
        return child

    @property
    def query(self) -> QueryNamespace:
        """Relational queries: ``db.query.users.find_many(with_={"posts": True})``."""
        if self._relational is None:
            raise HarnessError(
                "db.query needs the schema: connect(url, schema=module_with_tables_and_relations)"
            )
        return QueryNamespace(self, self._relational)

    @property
    def client(self) -> Any:
        """The driver's own connection object (Drizzle's ``$client``)."""
        return self.session.client

    # -- builders -------------------------------------------------------------------------
    def select(self, fields: dict[str, Any] | None = None) -> Select:
        return Select(self, fields)

    def select_distinct(self, fields: dict[str, Any] | None = None) -> Select:
        return Select(self, fields, distinct=True)

    def select_distinct_on(self, on: Sequence[Any], fields: dict[str, Any] | None = None) -> Select:
        """PostgreSQL ``select distinct on (...)``."""
        return Select(self, fields, distinct=list(on))

    def insert(self, table: Table) -> Insert:
        return Insert(self, table)

    def update(self, table: Table) -> Update:
        return Update(self, table)

    def delete(self, table: Table) -> Delete:
        return Delete(self, table)

    def with_cte(self, name: str, fields: dict[str, Any] | None = None) -> CteBuilder:
        """Drizzle's ``$with``: ``db.with_cte("sq").as_(query)``; with ``fields`` the body may
        be ``sql(...)`` (``db.with_cte("sq", {"id": users.id}).as_(sql("select ..."))``)."""
        return CteBuilder(name, fields, self)

    def with_(self, *ctes: Subquery) -> _WithBuilder:
        return _WithBuilder(self, list(ctes))

    def count(self, source: Any, where: Any = None) -> Count | EmbeddedCount:
        """``select count(*)`` of a table (or subquery) with an optional filter, as an int
        (Drizzle's ``$count``: embedded in a select, it counts in that statement; see
        :class:`~harness.core.query.count.Count`).  A filter on another table's columns (a
        count per row of an enclosing select) gives an ``EmbeddedCount``, which only embeds."""
        if where is not None:
            outer = outer_tables(source, where)
            if outer:
                return EmbeddedCount(source, where, outer)
        return Count(self, source, where)

    def execute(self, query: SQL | Chunk | str, params: Sequence[Any] | None = None) -> Any:
        """Run raw SQL (``sql(...)`` or a string with driver placeholders).

        Returns a list of dicts keyed by the result's column names when it returns rows,
        else the affected row count.
        """
        if isinstance(query, str):
            return self.run_text_dicts(query, list(params or []))
        text, values = self.compile(query.get_sql() if not isinstance(query, SQL) else query)
        return self.run_text_dicts(text, values)

    # -- transactions ---------------------------------------------------------------------
    def transaction(
        self,
        isolation_level: str | None = None,
        access_mode: str | None = None,
        **options: Any,
    ) -> Transaction:
        """``with db.transaction() as tx:``; nested calls use savepoints."""
        return Transaction(self, isolation_level, access_mode, options)

    def rollback(self) -> None:
        """Inside ``with db.transaction() as tx``: undo this level and leave its block."""
        if self.depth is None:
            raise HarnessError("rollback() is only available on a transaction handle (tx)")
        raise TransactionRollback(self.depth)

    # -- execution (the API kit, seed and the plugin build on) ----------------------------
    def compile(self, tree: SQL) -> tuple[str, list[Any]]:
        """Statement text and parameters in the driver's placeholder style."""
        return self.dialect.to_driver(tree, self.casing)

    def run_query(self, tree: SQL, want_rows: bool = True) -> tuple[list[Row], int]:
        """Compile ``tree`` and run it: ``(rows as sequences, affected row count)``."""
        text, params = self.dialect.to_driver(tree, self.casing)
        return self.run_text(text, params, want_rows)

    def run_text(
        self,
        text: str,
        params: Sequence[Any] = (),
        want_rows: bool = False,
        prepare: bool = False,
    ) -> tuple[list[Row], int]:
        """Run statement text with driver placeholders: ``(rows, affected row count)``.

        ``prepare`` asks for a server-side prepared statement (ignored when the database
        was opened with ``prepare=False``)."""
        if self.logger is not None:
            self.logger.log_query(text, params)
        return self.session.run(text, params, want_rows, prepare and self.prepare_statements)

    def stream_query(self, tree: SQL) -> Iterator[Row]:
        """Compile ``tree`` and yield its rows as the driver streams them."""
        text, params = self.dialect.to_driver(tree, self.casing)
        if self.logger is not None:
            self.logger.log_query(text, params)
        return self.session.stream(text, params)

    def run_text_dicts(self, text: str, params: Sequence[Any] = ()) -> list[dict[str, Any]] | int:
        """Run statement text: rows as dicts keyed by column name, else the row count."""
        if self.logger is not None:
            self.logger.log_query(text, params)
        return self.session.run_dicts(text, params)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Database {self.dialect.name} {self.session.describe()}>"


class _WithBuilder:
    def __init__(self, db: Database, ctes: list[Subquery]) -> None:
        self._db = db
        self._ctes = ctes

    def select(self, fields: dict[str, Any] | None = None) -> Select:
        return Select(self._db, fields, with_list=self._ctes)

    def select_distinct(self, fields: dict[str, Any] | None = None) -> Select:
        return Select(self._db, fields, distinct=True, with_list=self._ctes)

    def select_distinct_on(self, on: Sequence[Any], fields: dict[str, Any] | None = None) -> Select:
        """PostgreSQL ``with ... select distinct on (...)``."""
        return Select(self._db, fields, distinct=list(on), with_list=self._ctes)

    def insert(self, table: Table) -> Insert:
        q = Insert(self._db, table)
        q.config.with_ = list(self._ctes)
        return q

    def update(self, table: Table) -> Update:
        q = Update(self._db, table)
        q.config.with_ = list(self._ctes)
        return q

    def delete(self, table: Table) -> Delete:
        q = Delete(self._db, table)
        q.config.with_ = list(self._ctes)
        return q


class Transaction:
    """Context manager for one transaction level; ``__enter__`` returns the ``tx`` handle."""

    def __init__(
        self,
        parent: Database,
        isolation_level: str | None,
        access_mode: str | None,
        options: Mapping[str, Any],
        handle_class: type[Database] | None = None,
    ) -> None:
        self.parent = parent
        self.isolation_level = isolation_level
        self.access_mode = access_mode
        self.options = dict(options)
        self.depth = 0 if parent.depth is None else parent.depth + 1
        self.savepoint: str | None = None
        self.tx: Database | None = None
        #: the class of the ``tx`` handle (the plugin's per-test database subclasses it)
        self.handle_class = handle_class

    def begin(self) -> Database:
        """Open this level (``begin`` or a savepoint) and return its handle."""
        db = self.parent
        if db.depth is None:
            for stmt in db.dialect.begin_sql(
                self.isolation_level, self.access_mode, **self.options
            ):
                db.run_text(stmt)
        else:
            if self.isolation_level or self.access_mode:
                raise HarnessError(
                    "isolation_level/access_mode apply only to the outermost transaction; "
                    "a nested transaction is a savepoint"
                )
            self.savepoint = db.dialect.savepoint_name(db.depth)
            db.run_text(f"savepoint {self.savepoint}")
        self.tx = db.derive(self.depth, self.handle_class)
        return self.tx

    def commit(self) -> None:
        """Close this level keeping its work (``commit`` or ``release savepoint``)."""
        if self.savepoint is None:
            self.parent.run_text("commit")
        else:
            self.parent.run_text(f"release savepoint {self.savepoint}")

    def rollback(self) -> None:
        """Close this level undoing its work (``rollback`` [to savepoint])."""
        if self.savepoint is None:
            self.parent.run_text("rollback")
        else:
            self.parent.run_text(f"rollback to savepoint {self.savepoint}")

    def __enter__(self) -> Database:
        return self.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if exc_type is None:
            self.commit()
            return False
        try:
            self.rollback()
        except Exception:  # the rollback failing must not hide the original error
            log.exception("rollback failed after an error in the transaction block")
        return isinstance(exc, TransactionRollback) and exc.depth == self.depth


def _tables_of(schema: Any) -> list[Table]:
    if isinstance(schema, Mapping):
        values = list(schema.values())
    else:
        values = [getattr(schema, name) for name in dir(schema) if not name.startswith("__")]
    return [v for v in values if isinstance(v, Table)]
