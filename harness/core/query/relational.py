"""``db.query.<table>.find_many / find_first``: nested results in exactly one SQL statement.

Each relation becomes a correlated scalar subquery that returns JSON: a ``one`` relation a JSON
array of the row's values (or NULL), a ``many`` relation a JSON array of such arrays.  Nested
relations nest inside.  Limits and ordering of a ``many`` level are applied in a derived table
that also numbers the rows (``row_number()``), and the decoder restores that order — so engines
whose JSON aggregate ignores ORDER BY still return ordered lists.  MariaDB (outer references
are not allowed in derived tables) orders and limits inside ``JSON_ARRAYAGG`` instead.

Values keep their declared Python types: every value decodes through its column, and exact
numerics travel as text inside the JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypedDict

from harness.core.column import Column
from harness.core.errors import QueryBuildError
from harness.core.json_codec import loads as json_loads
from harness.core.query.result import RowDecoder, RowsDecoder, row_functions, value_item
from harness.core.relations import Relation, RelationalSchema
from harness.core.table import Table, alias
from harness.sql import operators
from harness.sql.chunks import SQL, Aliased, Name, Raw, join_chunks
from harness.sql.chunks import sql as _sql

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from harness.core.database import Database

ROW_NUMBER = "__rn"


class Operators(dict[str, Any]):
    """The operators handed to ``where``/``order_by`` callables (Drizzle's second argument):
    ``ops.eq`` or ``ops["eq"]``."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


OPERATORS = Operators(
    {name: getattr(operators, name) for name in dir(operators) if not name.startswith("_")}
)
OPERATORS["sql"] = _sql


#: ``where=``: a condition, or a callable ``(fields, ops) -> condition`` (Drizzle's form)
Where = SQL | Callable[[Table, Operators], SQL | None] | None
#: ``order_by=``: expressions, or a callable ``(fields, ops) -> expression(s)``
#: (an expression, a list of them, or that callable: too open to narrow further)
OrderBy = Any


class RelationOptions(TypedDict, total=False):
    """Options of ``find_many``/``find_first`` and of every level inside ``with_``."""

    #: ``{"key": True}`` selects only those columns, ``{"key": False}`` drops them
    columns: Mapping[str, bool]
    #: relations to load: ``True`` (all columns) or their own options
    with_: Mapping[str, bool | RelationOptions]
    where: Where
    order_by: OrderBy
    limit: Any
    offset: Any
    #: computed fields: ``{"name": sql(...).as_("name")}`` or a callable returning that
    extras: Mapping[str, Any] | Callable[[Table, Operators], Mapping[str, Any]]


@dataclass
class Shape:
    """How one level's JSON array (or the root row) decodes."""

    columns: list[tuple[str, Column]] = field(default_factory=list)
    extras: list[tuple[str, Any]] = field(default_factory=list)
    relations: list[tuple[str, str, Shape]] = field(default_factory=list)  # (key, kind, shape)
    numbered: bool = False
    #: one row, and a list of rows, to dicts: made on first use (the shape is complete then)
    decoders: tuple[RowDecoder, RowsDecoder] | None = None

    def _decoders(self) -> tuple[RowDecoder, RowsDecoder]:
        """Functions written for this shape (``result.row_functions``: a dict display per row,
        which is most of the cost of a large nested result).  Keys, decoders and nested
        shapes are names in the functions' namespace."""
        namespace: dict[str, Any] = {}
        items: list[str] = []
        position = 0
        for key, column in self.columns:
            decoder = None if column.driver_returns_python_type else column.map_from_driver
            items.append(value_item(position, key, decoder, namespace))
            position += 1
        for key, expression in self.extras:
            decoder = getattr(expression, "decoder", None)
            items.append(value_item(position, key, decoder, namespace))
            position += 1
        for key, kind, shape in self.relations:
            namespace[f"k{position}"] = key
            namespace[f"s{position}"] = shape.decode_json
            namespace[f"t{position}"] = kind
            call = f"s{position}(v[{position}], t{position})"
            if kind != "one" and not shape.numbered:
                # an already parsed array (psycopg parses json) goes straight to the nested
                # rows function: one call less per nested array, thousands per large result
                namespace[f"r{position}"] = (shape.decoders or shape._decoders())[1]
                call = f"r{position}(v[{position}]) if v[{position}].__class__ is list else {call}"
            items.append(f"k{position}: {call}")
            position += 1
        decoders = row_functions(items, namespace, "<relational shape>")
        self.decoders = decoders
        return decoders

    def decode(self, values: Sequence[Any]) -> dict[str, Any]:
        return (self.decoders or self._decoders())[0](values)

    def decode_rows(self, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
        return (self.decoders or self._decoders())[1](rows)

    def decode_json(self, raw: Any, kind: str) -> Any:
        if isinstance(raw, (str, bytes)):
            raw = json_loads(raw)
        if kind == "one":
            return None if raw is None else (self.decoders or self._decoders())[0](raw)
        if not raw:
            return []
        if self.numbered:
            raw = sorted(raw, key=_last)
        return (self.decoders or self._decoders())[1](raw)


_last = itemgetter(-1)


def _callable_or(value: Any, fields: Any, helpers: Mapping[str, Any]) -> Any:
    return value(fields, helpers) if callable(value) and not isinstance(value, SQL) else value


class Embedded(SQL):
    """A nested relation's subquery inside a JSON row (the dialect says how to embed it)."""

    __slots__ = ()


class RelationalQuery:
    """``db.query.<key>``."""

    def __init__(self, db: Database, schema: RelationalSchema, key: str) -> None:
        self._db = db
        self._schema = schema
        self._key = key

    def find_many(self, **config: Unpack[RelationOptions]) -> list[dict[str, Any]]:
        """Rows of this table with their ``with_`` relations nested, in one statement."""
        tree, shape = self._build(config)
        rows, _ = self._db.run_query(tree)
        return shape.decode_rows(rows)

    def find_first(self, **config: Unpack[RelationOptions]) -> dict[str, Any] | None:
        """The first row (``limit 1``) or None."""
        config["limit"] = 1
        rows = self.find_many(**config)
        return rows[0] if rows else None

    def to_sql(self, **config: Unpack[RelationOptions]) -> tuple[str, list[Any]]:
        tree, _ = self._build(config)
        return self._db.dialect.to_sql(tree, self._db.casing)

    def prepare_find_many(
        self, name: str | None = None, **config: Unpack[RelationOptions]
    ) -> PreparedRelationalQuery:
        """Drizzle's ``findMany({...}).prepare(name)``: built once, ``sql.placeholder(...)``
        values (in ``where``, ``limit``, ``offset``, at any level) given to ``execute``."""
        tree, shape = self._build(config)
        return PreparedRelationalQuery(self._db, tree, shape, name, first=False)

    def prepare_find_first(
        self, name: str | None = None, **config: Unpack[RelationOptions]
    ) -> PreparedRelationalQuery:
        """Drizzle's ``findFirst({...}).prepare(name)``: ``execute`` returns a dict or None."""
        config["limit"] = 1
        tree, shape = self._build(config)
        return PreparedRelationalQuery(self._db, tree, shape, name, first=True)

    # -- building -----------------------------------------------------------------------
    def _build(self, config: Mapping[str, Any]) -> tuple[SQL, Shape]:
        # the root table is aliased by its key, as Drizzle does: a subquery of ``where`` over
        # the same table (``exists(select ... from users where ... = fields.id)``) then
        # correlates with the outer row instead of binding to its own
        table = alias(self._schema.tables[self._key], self._key)
        shape = Shape()
        items = self._level_items(table, self._key, self._key, config, shape)
        source = self._db.dialect.build_from(table)
        chunks: list[Any] = [Raw("select "), join_chunks(items), Raw(" from "), source]
        where = _onto_alias(_callable_or(config.get("where"), table, OPERATORS), table)
        if where is not None:
            chunks += [Raw(" where "), where]
        order = [_onto_alias(item, table) for item in _order(table, config.get("order_by"))]
        if order:
            chunks += [Raw(" order by "), join_chunks(order)]
        if config.get("limit") is not None:
            chunks += [Raw(" limit "), config["limit"]]
        if config.get("offset") is not None:
            chunks += [Raw(" offset "), config["offset"]]
        return SQL(chunks), shape

    def _level_items(
        self, fields: Table, key: str, alias_name: str, config: Mapping[str, Any], shape: Shape
    ) -> list[Any]:
        """Selected expressions of one level (``fields``: the table or its alias), in decode
        order; fills ``shape``."""
        unknown = set(config) - CONFIG_KEYS
        if unknown:
            raise QueryBuildError(f"query.{key}: unknown option(s) {sorted(unknown)}")
        items: list[Any] = []
        for column_key, column in _chosen_columns(fields, key, config.get("columns")):
            shape.columns.append((column_key, column))
            items.append(column)
        extras = _callable_or(config.get("extras"), fields, OPERATORS) or {}
        for extra_key, expression in extras.items():
            inner = expression.sql if isinstance(expression, Aliased) else expression
            inner = _onto_alias(inner, fields)  # written with the table's own columns
            shape.extras.append((extra_key, inner))
            items.append(inner)
        relations = self._schema.relations[key]
        with_ = config.get("with_") or {}
        if not isinstance(with_, Mapping):
            raise QueryBuildError(
                f"query.{key}: with_= takes a dict of relation name -> True or options, e.g. "
                f"with_={{{with_!r}: True}}; got {type(with_).__name__}"
            )
        for relation_key, sub_config in with_.items():
            if relation_key not in relations:
                raise QueryBuildError(
                    f"query.{key}: no relation {relation_key!r}; relations: {sorted(relations)}"
                )
            if sub_config is False:
                continue
            relation = relations[relation_key]
            sub_shape = Shape()
            sub_config = sub_config if isinstance(sub_config, Mapping) else {}
            sub = self._relation(
                relation, fields, f"{alias_name}_{relation_key}", sub_config, sub_shape
            )
            shape.relations.append((relation_key, relation.kind, sub_shape))
            items.append(Embedded([Raw("("), sub, Raw(")")]))
        if not items:  # Drizzle: columns={} with no extras or relations selects nothing
            raise QueryBuildError(f"query.{key}: no fields selected (columns={{}})")
        return items

    def _relation(
        self,
        relation: Relation,
        parent: Table,
        alias_name: str,
        config: Mapping[str, Any],
        shape: Shape,
    ) -> SQL:
        dialect = self._db.dialect
        target = alias(relation.target, alias_name)
        join = operators.and_(
            *[
                operators.eq(target[tc.key], parent[sc.key])
                for sc, tc in zip(relation.source_columns, relation.target_columns, strict=True)
            ]
        )
        where = _onto_alias(_callable_or(config.get("where"), target, OPERATORS), target)
        condition = operators.and_(join, where)
        order = [_onto_alias(item, target) for item in _order(target, config.get("order_by"))]
        items = self._level_items(target, relation.target_key, alias_name, config, shape)
        values = [
            dialect.json.embed(item) if isinstance(item, Embedded) else dialect.json.value(item)
            for item in items
        ]
        source = dialect.build_from(target)
        if relation.kind == "one":
            row = dialect.json.row(values)
            return SQL(
                [
                    Raw("select "),
                    row,
                    Raw(" from "),
                    source,
                    Raw(" where "),
                    condition,
                    Raw(" limit 1"),
                ]
            )
        limit, offset = config.get("limit"), config.get("offset")
        if dialect.json.aggregate_orders:
            aggregate = dialect.json.array_agg(dialect.json.row(values), order, limit, offset)
            return SQL(
                [Raw("select "), aggregate, Raw(" from "), source, Raw(" where "), condition]
            )
        # the decoder sorts by the row number to restore ``order``; without one there is no
        # order to restore where the aggregate reads the derived table's rows as they come
        # (PostgreSQL's json_agg: the numbers arrive ascending anyway)
        shape.numbered = bool(order) or not getattr(dialect.json, "keeps_input_order", False)
        number: list[Any] = [Raw("row_number() over (")]
        if order:
            number += [Raw("order by "), join_chunks(order)]
        number.append(Raw(")"))
        derived: list[Any] = [
            Raw("select "),
            Name(alias_name),
            Raw(".*, "),
            *number,
            Raw(" as "),
            Name(ROW_NUMBER),
            Raw(" from "),
            source,
            Raw(" where "),
            condition,
        ]
        if order:
            derived += [Raw(" order by "), join_chunks(order)]
        if limit is not None:
            derived += [Raw(" limit "), limit]
        if offset is not None:
            derived += [Raw(" offset "), offset]
        row = dialect.json.row([*values, SQL([Name(alias_name), Raw("."), Name(ROW_NUMBER)])])
        aggregate = dialect.json.array_agg(row, [], None, None)
        return SQL(
            [Raw("select "), aggregate, Raw(" from ("), SQL(derived), Raw(") "), Name(alias_name)]
        )


class PreparedRelationalQuery:
    """A relational query compiled once; ``execute({"placeholder": value})`` runs it."""

    def __init__(self, db: Database, tree: SQL, shape: Shape, name: str | None, first: bool):
        from harness.core.query.prepared import PreparedQuery

        self._db = db
        self._statement = PreparedQuery(db, tree, None, name)
        self._shape = shape
        self._first = first
        self.name = name

    def execute(self, values: Mapping[str, Any] | None = None) -> Any:
        """Rows (``prepare_find_many``) or the first row or None (``prepare_find_first``)."""
        statement = self._statement
        rows, _ = self._db.run_text(statement.text, statement._fill(values), True, True)
        decoded = self._shape.decode_rows(rows)
        if self._first:
            return decoded[0] if decoded else None
        return decoded


CONFIG_KEYS = {"columns", "with_", "where", "order_by", "limit", "offset", "extras"}


def _onto_alias(expression: Any, target: Table) -> Any:
    """An expression written with the related table's own columns (``eq(posts.id, 1)``, the
    usual way), moved onto the alias the relation's subquery uses; the callback form already
    gets the alias's columns."""
    if isinstance(expression, Column):
        original = target._original_name
        if expression.table._name == original and not expression.table._is_alias:
            return target._columns.get(expression.key, expression)
        return expression
    if isinstance(expression, SQL):
        moved = SQL([_onto_alias(chunk, target) for chunk in expression.chunks])
        moved.decoder = expression.decoder
        moved.inline = expression.inline
        return moved
    if isinstance(expression, (list, tuple)):
        return type(expression)(_onto_alias(item, target) for item in expression)
    return expression


def _order(fields: Any, order_by: Any) -> list[Any]:
    order = _callable_or(order_by, fields, OPERATORS)
    if order is None:
        return []
    return list(order) if isinstance(order, (list, tuple)) else [order]


def _chosen_columns(
    table: Table, key: str, columns: Mapping[str, bool] | None
) -> list[tuple[str, Column]]:
    all_columns = list(table._columns.items())
    if columns is None:
        return all_columns
    if not isinstance(columns, Mapping):
        raise QueryBuildError(
            f"query.{key}: columns= takes a dict of column key -> True/False, got "
            f"{type(columns).__name__}"
        )
    if not columns:  # Drizzle: columns={} selects none of the table's own columns
        return []
    unknown = set(columns) - set(table._columns)
    if unknown:
        raise QueryBuildError(f"query.{key}: unknown column(s) {sorted(unknown)} in columns=")
    if any(columns.values()):
        return [(k, c) for k, c in all_columns if columns.get(k)]
    return [(k, c) for k, c in all_columns if columns.get(k, True)]


class QueryNamespace:
    """``db.query``: one ``RelationalQuery`` per table key of the schema."""

    def __init__(self, db: Database, schema: RelationalSchema) -> None:
        self._db = db
        self._schema = schema

    def __getattr__(self, key: str) -> RelationalQuery:
        schema = self.__dict__["_schema"]
        if key not in schema.tables:
            raise AttributeError(f"db.query has no table {key!r}; tables: {sorted(schema.tables)}")
        return RelationalQuery(self.__dict__["_db"], schema, key)
