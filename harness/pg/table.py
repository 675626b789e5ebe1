"""``pg_table``, ``pg_schema``, ``pg_sequence`` and PostgreSQL views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from harness.core.column import ColumnBuilder
from harness.core.config_of import ViewConfig, get_view_config
from harness.core.table import Extras, Table, table_creator
from harness.core.view import View
from harness.pg.columns import PgEnum
from harness.pg.policy import PgPolicy
from harness.sql.chunks import Chunk

if TYPE_CHECKING:
    from harness.sql.render import RenderContext


class PgTable(Table):
    _dialect: ClassVar[str] = "pg"
    _max_name_length: ClassVar[int | None] = 63
    #: ``enable_rls()``: row-level security on even without a policy
    _rls_enabled: bool = False

    def enable_rls(self) -> PgTable:
        """Drizzle's ``.enableRLS()``: ``create_schema``/``generate`` turn row-level security
        on for this table (a table with policies gets it anyway)."""
        self._rls_enabled = True
        return self

    @property
    def _policies(self) -> list[PgPolicy]:
        """The ``pg_policy(...)`` items of the extras callable, in order."""
        return [e for e in self._extras if isinstance(e, PgPolicy)]


def pg_table(
    name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
) -> PgTable:
    """Declare a PostgreSQL table: ``pg_table("users", {"id": serial().primary_key()})``."""
    return PgTable(name, columns, extras)


def pg_table_creator(name_of: Callable[[str], str]) -> Callable[..., PgTable]:
    """``pg_table`` with every table named through ``name_of`` (Drizzle's table creator)."""
    return table_creator(pg_table, name_of)


class PgSequence:
    """``create sequence``; Drizzle's options: start_with, increment_by, min/max, cache, cycle."""

    def __init__(self, name: str, schema: str | None = None, **options: Any) -> None:
        allowed = {"start_with", "increment_by", "min_value", "max_value", "cache", "cycle"}
        unknown = set(options) - allowed
        if unknown:
            raise ValueError(f"pg_sequence {name!r}: unknown options {sorted(unknown)}")
        self.name = name
        self.schema = schema
        self.options = options


def pg_sequence(name: str, **options: Any) -> PgSequence:
    return PgSequence(name, **options)


class PgView(View):
    _dialect: ClassVar[str] = "pg"
    _table_class: ClassVar[type[Table]] = PgTable

    #: ``with (...)`` storage options (snake_case keys, as drizzle's camelCase ones)
    _with_options: dict[str, Any] | None = None
    #: materialized views: ``with no data``
    _with_no_data: bool = False

    def with_(self, **options: Any) -> PgView:
        """Drizzle's ``.with({...})``: ``check_option="local"``, ``security_barrier=True``;
        for materialized views ``fillfactor=90``, ``autovacuum_enabled=False``..."""
        self._with_options = dict(options)
        return self

    def with_no_data(self) -> PgView:
        """Drizzle's ``.withNoData()`` (materialized views)."""
        self._with_no_data = True
        return self

    def _query_builder(self) -> Any:
        from harness.pg.session import open_mock

        return open_mock()


def pg_view(name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> PgView:
    """``pg_view("v").as_(db_select)`` or ``pg_view("v", {...}).as_(sql(...))``."""
    return PgView(name, columns)


def pg_materialized_view(name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> PgView:
    return PgView(name, columns, kind="materialized view")


class PgSchema(Chunk):
    """``pg_schema("custom")``: tables, enums, views and sequences inside that schema; in
    ``sql(...)`` it renders as its quoted name (``create schema {}``)."""

    def __init__(self, name: str) -> None:
        if name == "public":
            raise ValueError(
                "pg_schema('public') is the default schema; declare tables with pg_table() instead"
            )
        self.schema_name = name

    def table(
        self, name: str, columns: Mapping[str, ColumnBuilder], extras: Extras | None = None
    ) -> PgTable:
        return PgTable(name, columns, extras, schema=self.schema_name)

    def enum(self, name: str, values: Any) -> PgEnum:
        """An enum type in this schema: a list of values or a Python ``Enum`` class."""
        return PgEnum(name, values, schema=self.schema_name)

    def view(self, name: str, columns: Mapping[str, ColumnBuilder] | None = None) -> PgView:
        return PgView(name, columns, schema=self.schema_name)

    def materialized_view(
        self, name: str, columns: Mapping[str, ColumnBuilder] | None = None
    ) -> PgView:
        return PgView(name, columns, schema=self.schema_name, kind="materialized view")

    def sequence(self, name: str, **options: Any) -> PgSequence:
        return PgSequence(name, schema=self.schema_name, **options)

    def _render(self, ctx: RenderContext) -> None:
        ctx.write_name(self.schema_name)


def pg_schema(name: str) -> PgSchema:
    return PgSchema(name)


def get_materialized_view_config(view: View) -> ViewConfig:
    """Drizzle's ``getMaterializedViewConfig``: :func:`get_view_config` of a materialized view."""
    if not isinstance(view, PgView) or view._kind != "materialized view":
        raise TypeError(
            "get_materialized_view_config() takes a pg_materialized_view(...); "
            "use get_view_config() for a plain view"
        )
    return get_view_config(view)
