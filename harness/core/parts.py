"""The typed parts every dialect carries, declared as Protocols.

A dialect (``PgDialect``, ``MySqlDialect``, ``SQLiteDialect``) is the statement compiler; what
else differs between engines lives in parts attached to it as attributes, the way SQLAlchemy
wires ``statement_compiler``/``ddl_compiler``/``preparer`` onto ``PGDialect``:

* ``dialect.ddl``        - CREATE statements for declarations (push, generate, templates)
* ``dialect.migrations`` - the migrator's bookkeeping table and lock statements
* ``dialect.admin``      - database administration (create/clone/drop databases, empty tables)
* ``dialect.seeding``    - what bulk seeding needs to know (auto-filled columns, sequences)
* ``dialect.json``       - the JSON building blocks of one-statement relational queries
* ``dialect.introspector`` - reading a live catalog into a snapshot (``push``, ``pull``)
* ``dialect.schema_diff`` - drizzle-kit's snapshots: serialise declarations, diff, render
* ``dialect.schema_writer`` - a snapshot written as Python declarations (``harness pull``)

Because the parts are typed attributes, ``mypy --strict`` proves every dialect provides every
part, and a reader finds a dialect's parts on its class instead of behind module-name strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from harness.sql.chunks import SQL

if TYPE_CHECKING:
    from harness.core.column import Column
    from harness.core.database import Database
    from harness.core.errors import QueryError
    from harness.core.schema_diff import Renames, SchemaDiff, WrittenSchema
    from harness.core.table import Table

Casing = Callable[[str], str] | None


class Ddl(Protocol):
    """CREATE statements for declared tables/enums/views, as drizzle-kit would write them."""

    def create_statements(self, entities: Sequence[Any], casing: Casing = None) -> list[str]: ...


class MigrationHooks(Protocol):
    """The dialect's side of the migrator (``harness.kit.migrator``).

    ``transactional_ddl``: DDL can be rolled back, so a batch of migrations runs in one
    transaction (opened with ``transaction_options``); otherwise every statement takes effect
    as it runs and the lock statements alone serialise concurrent migrators.
    """

    #: whether Drizzle puts the bookkeeping table in a schema (``migrations.schema``)
    uses_schema: bool
    transactional_ddl: bool
    #: whether the migrator writes ``applied_at`` itself (Drizzle 1.0 on SQLite)
    writes_applied_at: bool
    #: keyword arguments for ``db.transaction(...)`` around a batch (SQLite: immediate)
    transaction_options: dict[str, str]

    def table_ref(self, schema: str | None, table: str) -> SQL: ...

    def lock_statements(self, schema: str | None, table: str) -> list[str]:
        """Taken before the bookkeeping table is read (inside the transaction if any)."""
        ...

    def unlock_statements(self, schema: str | None, table: str) -> list[str]:
        """Run after the batch, whether it succeeded or not."""
        ...

    def create_statements(self, schema: str | None, table: str, with_names: bool) -> list[SQL]:
        """The bookkeeping table, 0.x shape or (``with_names``) Drizzle 1.0's."""
        ...

    def add_name_columns(self, schema: str | None, table: str) -> list[SQL]:
        """Drizzle 1.0's in-place upgrade of a 0.x bookkeeping table."""
        ...

    def columns_query(self, schema: str | None, table: str) -> SQL:
        """Column names of the bookkeeping table (no rows when it does not exist)."""
        ...

    def foreign_keys_pragma(self, statement: str) -> bool | None:
        """True/False when ``statement`` switches foreign keys on/off for the connection
        (SQLite's ``PRAGMA foreign_keys``); None for every other statement."""
        ...

    def foreign_keys_off(self) -> str: ...

    def foreign_keys_on(self) -> str: ...

    def foreign_key_check(self) -> str:
        """A statement listing foreign key violations (one row each)."""
        ...

    #: statements take effect one by one (no transactional DDL): the migrator keeps the running
    #: migration's progress in a table of its own (``progress_table``) so that a run stopped
    #: half-way is resumed after the statements that took effect (``harness.kit.progress``)
    records_progress: bool

    def progress_table(self, table: str) -> str:
        """Name of the progress table kept next to the bookkeeping table ``table``."""
        ...

    def create_progress_statements(self, schema: str | None, table: str) -> list[SQL]:
        """The progress table named ``table`` (``progress_table``'s name), if not there."""
        ...

    def transactional_statement(self, statement: str) -> bool:
        """Whether ``statement`` can run in one transaction with its progress update (DML),
        so that whether it took effect is never in doubt."""
        ...

    def session_statement(self, statement: str) -> bool:
        """Whether ``statement`` only sets state of the connection (``SET ...``): replayed
        when a migration is resumed on a new connection."""
        ...

    def took_effect(self, error: QueryError, statement: str) -> bool:
        """Whether ``error``, raised by running again a statement that was running when an
        earlier run stopped, shows that it had taken effect (exists already, cannot drop)."""
        ...


class Admin(Protocol):
    """Database administration for the harness's servers and the plugin's clean-up."""

    #: ``create_database(name, template)`` copies the template (else: load the schema again)
    copies_templates: bool

    def database_names(self, admin: Database, prefix: str) -> list[str]: ...

    def create_database(self, admin: Database, name: str, template: str | None = None) -> None: ...

    def drop_database(self, admin: Database, name: str) -> None: ...

    def rename_database(self, admin: Database, old: str, new: str) -> None: ...

    def server_version(self, admin: Database) -> str:
        """``PostgreSQL 17.2`` / ``MariaDB 10.11.9`` / ``SQLite 3.45.1``: for the report header."""
        ...

    def record_use(self, admin: Database, name: str, when: float) -> None:
        """Remember that database ``name`` (a template) was used at ``when`` (epoch seconds)."""
        ...

    def last_uses(self, admin: Database, prefix: str) -> dict[str, float | None]:
        """The databases named ``prefix...`` with their last ``record_use`` (None: never)."""
        ...

    def user_tables(
        self,
        db: Database,
        migrations_table: str = "__drizzle_migrations",
        migrations_schema: str = "drizzle",
    ) -> list[str]:
        """Quoted names of every user table (for emptying after committed tests), without the
        migrations bookkeeping table (``migrations_schema`` applies to PostgreSQL only)."""
        ...

    def empty_tables(self, db: Database, tables: list[str]) -> None: ...


class SeedHooks(Protocol):
    """What bulk seeding (``harness.seed``) needs to know about the engine."""

    #: how many bound parameters one statement may carry (multi-row inserts are cut to fit)
    max_parameters: int

    def fills_automatically(self, column: Column[Any]) -> bool:
        """Whether the database gives ``column`` a value when an INSERT leaves it out."""
        ...

    def advance_sequences(self, db: Database, table: Table) -> None:
        """After rows with explicit keys: make later plain INSERTs continue after them."""
        ...

    def last_insert_id_sql(self) -> str | None:
        """Statement giving the first id of the last multi-row INSERT where RETURNING is
        missing; None where RETURNING is used instead."""
        ...

    def bulk_insert(
        self,
        db: Database,
        table: Table,
        rows: Sequence[Mapping[str, Any]],
        make_row: Callable[[Any], dict[str, Any]] = dict,
    ) -> list[dict[str, Any]] | None:
        """Insert ``rows`` the engine's fastest way (PostgreSQL: COPY) and return them as
        stored (ids, database defaults), in order, each built by ``make_row`` from
        ``(key, value)`` pairs; all or nothing.  None when the engine has no such way for
        these rows (nothing was sent): the caller sends multi-row INSERTs."""
        ...


class RelationalJson(Protocol):
    """JSON building blocks for ``db.query.<table>.find_many`` in one statement."""

    #: True when the JSON array aggregate takes ORDER BY/LIMIT itself (MariaDB) instead of
    #: the derived table with row numbers used elsewhere
    aggregate_orders: bool

    def row(self, values: Sequence[Any]) -> SQL:
        """A JSON array of ``values`` (one row of a nested result)."""
        ...

    def array_agg(self, row: Any, order: Sequence[Any], limit: Any, offset: Any) -> SQL:
        """The JSON array of ``row`` over the group (an empty array when there are no rows)."""
        ...

    def embed(self, subquery: SQL) -> Any:
        """A nested relation's JSON inside an enclosing JSON row."""
        ...

    def value(self, value: Any) -> Any:
        """A value as it should travel inside JSON (exact numerics as text)."""
        ...


class Introspector(Protocol):
    """Reads a live database's catalog into the dialect's drizzle-kit snapshot (``push``
    diffs it with the declarations; ``pull`` writes declarations from it)."""

    def snapshot(
        self,
        db: Database,
        tables: Sequence[str] | None = None,
        migrations_table: str = "__drizzle_migrations",
    ) -> dict[str, Any]:
        """The database's tables, views (and, per dialect, enums, sequences, schemas) in the
        snapshot format ``schema_diff`` uses; the bookkeeping table is left out, ``tables``
        (when given) limits the tables read."""
        ...

    def align(self, live: dict[str, Any], declared: dict[str, Any]) -> dict[str, Any]:
        """``live`` with what the server spells differently from the declarations but means
        the same (type aliases, default spellings, re-written expressions) in the declared
        spelling, so unchanged declarations diff to nothing."""
        ...


class SchemaDiffer(Protocol):
    """drizzle-kit's snapshot model for one dialect: serialise, diff, render (``generate``).

    Snapshots are plain dicts in drizzle-kit's JSON format for the dialect (PostgreSQL
    version "7", MySQL "5", SQLite "6"), with drizzle-kit's key order, so ``json.dumps(...,
    indent=2)`` of one is byte for byte what drizzle-kit writes (ids aside).
    """

    #: the snapshot ``version`` this differ writes
    snapshot_version: str

    def empty_snapshot(self) -> dict[str, Any]:
        """The snapshot drizzle-kit diffs a folder's first migration against."""
        ...

    def snapshot(self, entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        """The declarations as drizzle-kit's snapshot; ``id``/``prevId`` are present (in
        drizzle-kit's key positions) but empty strings, for the writer to fill."""
        ...

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        """The statements that turn ``before`` into ``after``, in drizzle-kit's order."""
        ...


class SchemaWriter(Protocol):
    """A snapshot written back as the dialect's Python declarations (``harness pull``): the
    inverse of ``SchemaDiffer.snapshot``, so generating right after pulling finds nothing."""

    def write(self, snapshot: dict[str, Any], casing: str = "camel") -> WrittenSchema:
        """``casing``: ``camel`` (drizzle-kit's default: ``first_name`` is declared under the
        key ``firstName``) or ``preserve`` (keys are the database names)."""
        ...
