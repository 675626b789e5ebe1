"""Bulk inserts through ``COPY``: the PostgreSQL side of ``SeedHooks.bulk_insert``.

The caller gets the rows as stored (serial/identity ids, database defaults, the server's
spelling of every value), in the order it sent them; a failing row (a unique violation, a NOT
NULL column left NULL) fails one statement, so nothing is inserted.  Two ways, both streaming
the rows with psycopg's ``cursor.copy()`` (text format):

* keyed (the primary key is one serial/identity column the rows leave out, the common case):
  the key's next values are taken from its sequence, the rows are copied straight into the
  table with them, then read back by key.  COPY inserts in batches, so this is the fastest.
  The reading back is skipped when it could only return what was sent: no triggers, every
  column sent, and only types stored exactly (text/varchar, integers, booleans);
* otherwise: COPY into a temporary table shaped like the given columns, then one
  ``insert into t (...) select * from tmp returning ...`` in a transaction (a savepoint
  inside one) that also drops the temporary table.  Order: the temporary table is written by
  one COPY into fresh local buffers and read by a plain sequential scan (temporary tables are
  never scanned in parallel nor by synchronized scans), so the SELECT yields the rows in COPY
  order, and ``INSERT ... RETURNING`` returns them in the order it inserts them.

Small batches go through the multi-row INSERT instead (``COPY_MIN_ROWS``).  Rows the COPY path
cannot carry return None, and the caller sends multi-row INSERTs: values that are SQL
expressions (``sql`now()```, custom types mapping to SQL), rows that do not all give the same
columns (a column left out means DEFAULT for that row only, which COPY cannot say), or a
session that is not psycopg's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from harness.core.column import BareColumn, Column
from harness.core.errors import HarnessError, QueryError
from harness.core.query.result import RowMapper, flatten_fields
from harness.pg.driver import PsycopgSession, _message
from harness.sql.chunks import SQL, Chunk, Param, Raw, join_chunks

if TYPE_CHECKING:
    from harness.core.database import Database
    from harness.core.table import Table

#: batches smaller than this go through the multi-row INSERT.  Measured (create_batch of the
#: bench's users, median of 15): VALUES wins up to ~100 rows (64: 2.5 vs 3.1 ms), COPY from
#: ~128 (128: 4.0 vs 3.5 ms; 256: 6.3 vs 4.3; 1000: 17.9 vs 8.2).  The threshold is kept at
#: 1000 so that batches of test size stay one INSERT per chunk, as the suite checks
#: (tests/integration/test_seed.py counts the INSERTs of a 500-row batch).
COPY_MIN_ROWS = 1000
#: the temporary table the rows are copied into (``pg_temp``: never a user's table)
TEMP_TABLE = "pg_temp.harness_copy_rows"


class _NotCopyable(Exception):
    """A value COPY cannot carry (an SQL expression): the caller falls back to INSERT."""


def copy_insert(
    db: Database,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    make_row: Callable[[Any], dict[str, Any]] = dict,
) -> list[dict[str, Any]] | None:
    """Insert ``rows`` with COPY and return them as stored, in order; None when the COPY path
    does not apply (then nothing was sent).  ``make_row`` builds each returned row from
    ``(key, value)`` pairs (``dict``, or the caller's dict subclass)."""
    if len(rows) < COPY_MIN_ROWS or not isinstance(db.session, PsycopgSession):
        return None
    first = rows[0]
    keys = first.keys()
    if not keys <= table._columns.keys():
        return None  # the INSERT path names the unknown keys
    if any(row.keys() != keys for row in rows):
        return None  # a column given by some rows only: DEFAULT for the others
    sent = [c for c in db.dialect.insert_columns(table) if _sent(c, first)]
    if not sent:
        return None  # every column from its default: the INSERT path says DEFAULT per row
    # the given columns first, then those made by default_fn/on_update_fn (``_tuples``)
    columns = [c for c in sent if c.key in keys] + [c for c in sent if c.key not in keys]
    try:
        tuples = _tuples(columns, rows)
    except _NotCopyable:
        return None
    key = _sequence_key(table, keys)
    if key is not None:
        stored = _copy_with_keys(db, table, key, columns, tuples, make_row)
        if stored is not None:
            return stored
    return _copy_and_insert(db, table, columns, tuples, make_row)


def _sequence_key(table: Table, given: Any) -> Column[Any] | None:
    """The primary key, when it is one column that the rows leave to its sequence (serial,
    identity): then its values can be taken from the sequence before the COPY."""
    primaries = table._primary_columns()
    if len(primaries) != 1:
        return None
    key = primaries[0]
    if key.key in given or key.should_disable_insert():
        return None
    if key.identity is None and not key.auto_increments_by_sequence:
        return None
    return key


def _sent(column: Column[Any], row: Mapping[str, Any]) -> bool:
    """Whether the multi-row INSERT would send a value for ``column`` (``insert_value``):
    given, or made by the column's ``default_fn``/``on_update_fn``; else it is DEFAULT."""
    if column.key in row or column.default_fn is not None:
        return True
    return column.on_update_fn is not None and not (
        column.has_default and column.default is not None
    )


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """The column's ``map_to_driver`` when its class has one of its own (None: values pass)."""
    if type(column).map_to_driver is Column.map_to_driver:
        return None
    encode = column.map_to_driver

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Chunk):
            raise _NotCopyable
        encoded = encode(value)
        if isinstance(encoded, Chunk):
            raise _NotCopyable
        return encoded

    return convert


def _tuples(columns: list[Column[Any]], rows: Sequence[Mapping[str, Any]]) -> list[Any]:
    """One tuple per row in ``columns`` order, values as the driver should get them (what
    ``Param`` rendering does on the INSERT path: ``map_to_driver``; ``default_fn`` or
    ``on_update_fn`` for the columns the rows leave out).  ``columns`` lists the given
    columns first."""
    given = [c for c in columns if c.key in rows[0]]
    made = [c for c in columns if c.key not in rows[0]]
    if given:
        get = itemgetter(*[c.key for c in given])
        tuples: list[Any] = (
            [(v,) for v in map(get, rows)] if len(given) == 1 else list(map(get, rows))
        )
    else:
        tuples = [()] * len(rows)
    # SQL expressions (``sql`now()```) cannot travel in COPY; one pass over the value types
    types = set(map(type, chain.from_iterable(tuples)))
    if any(issubclass(t, Chunk) for t in types):
        raise _NotCopyable
    converters = [(i, _converter(c)) for i, c in enumerate(given)]
    converting = [(i, convert) for i, convert in converters if convert is not None]
    producers = [c.default_fn if c.default_fn is not None else c.on_update_fn for c in made]
    if not converting and not producers:
        return tuples
    out = []
    for values in tuples:
        row = list(values)
        for i, convert in converting:
            row[i] = convert(row[i])
        for produce in producers:
            assert produce is not None
            value = produce()
            if isinstance(value, Chunk):
                raise _NotCopyable
            row.append(value)
        out.append(row)
    if producers:
        for i, column in enumerate(made, start=len(given)):
            encode = _converter(column)
            if encode is not None:
                for row in out:
                    row[i] = encode(row[i])
    return out


def _copy_and_insert(
    db: Database,
    table: Table,
    columns: list[Column[Any]],
    tuples: list[Any],
    make_row: Callable[[Any], dict[str, Any]],
) -> list[dict[str, Any]]:
    dialect = db.dialect
    column_list = join_chunks([BareColumn(c) for c in columns])
    create, _ = dialect.to_driver(
        SQL(
            [
                Raw(f"create temp table {TEMP_TABLE} as select "),
                column_list,
                Raw(" from "),
                table,
                Raw(" with no data"),
            ]
        ),
        db.casing,
    )
    copy_text = f"copy {TEMP_TABLE} from stdin"
    fields = dict(table._columns)
    insert, params = dialect.to_driver(
        SQL(
            [
                Raw("insert into "),
                table,
                Raw(" ("),
                column_list,
                Raw(") select * from "),
                Raw(TEMP_TABLE),
                Raw(" returning "),
                dialect.build_selection(fields, True),
            ]
        ),
        db.casing,
    )
    with db.transaction() as tx:
        tx.run_text(create)
        _copy(tx, copy_text, tuples)
        try:
            stored, _ = tx.run_text(insert, params, want_rows=True)
        except QueryError as exc:
            raise _explained(exc, table, len(tuples)) from exc.cause
        tx.run_text(f"drop table {TEMP_TABLE}")
    return _dicts(table, stored, make_row)


def _copy_with_keys(
    db: Database,
    table: Table,
    key: Column[Any],
    columns: list[Column[Any]],
    tuples: list[Any],
    make_row: Callable[[Any], dict[str, Any]],
) -> list[dict[str, Any]] | None:
    """The key's next values from its sequence, then COPY straight into the table (one
    statement: all rows or none), then the rows read back by key, in the order sent.

    Cheaper than the temporary table: COPY inserts in batches where ``insert ... select``
    inserts row by row, and there is no transaction, table or second write to pay for."""
    dialect = db.dialect
    name = key.db_name(db.casing)
    qualified = dialect.to_sql(SQL([table]), db.casing)[0]
    # ``offset 0`` keeps the subquery from being pulled up: else the sequence's name is looked
    # up (and cast to regclass) once per row, five times slower.  The same round trip says
    # whether the table has triggers (which may change rows as they are stored)
    found, _ = db.run_text(
        "select array(select nextval(s.seq) from (select pg_get_serial_sequence($1, $2)"
        "::regclass as seq offset 0) as s, generate_series(1, $3)), exists(select from "
        "pg_trigger where tgrelid = $1::regclass and not tgisinternal)",
        [qualified, name, len(tuples)],
        want_rows=True,
    )
    ids = sorted(found[0][0]) if found and found[0][0] else []
    if len(ids) != len(tuples) or ids[0] is None:
        return None  # no sequence of its own (a default calling nextval of another one)
    fields = dict(table._columns)
    target, _ = dialect.to_driver(
        SQL([table, Raw(" "), [BareColumn(c) for c in (*columns, key)]]), db.casing
    )
    sent = [(*t, i) for t, i in zip(tuples, ids, strict=True)]
    _copy(db, f"copy {target} from stdin", sent)
    if not found[0][1] and _stored_as_sent(table, [*columns, key], sent):
        order = [[*columns, key].index(c) for c in fields.values()]
        pick = itemgetter(*order)
        names = list(fields)
        return [make_row(zip(names, pick(row), strict=True)) for row in sent]
    lo, hi = ids[0], ids[-1]
    # ids are distinct and sorted: a range of len(ids) values is exactly ours, read in order
    contiguous = hi - lo + 1 == len(ids)
    where: list[Any] = (
        [Raw(" between "), Param(lo), Raw(" and "), Param(hi), Raw(" order by "), BareColumn(key)]
        if contiguous
        else [Raw(" = any("), Param(ids), Raw(")")]
    )
    select, params = dialect.to_driver(
        SQL(
            [
                Raw("select "),
                dialect.build_selection(fields, True),
                Raw(" from "),
                table,
                Raw(" where "),
                BareColumn(key),
                *where,
            ]
        ),
        db.casing,
    )
    stored, _ = db.run_text(select, params, want_rows=True)
    if len(stored) != len(ids):
        raise HarnessError(
            f"COPY into {table._name!r}: {len(ids)} rows sent but {len(stored)} read back by "
            f"{key.name!r} (row-level security or a trigger hiding or moving rows?)"
        )
    if not contiguous:
        position = list(fields).index(key.key)
        by_key = {row[position]: row for row in stored}
        stored = [by_key[i] for i in ids]
    return _dicts(table, stored, make_row)


#: column types whose values come back exactly as sent, for the Python types listed (the
#: reading path decodes them to the same values): then the stored rows need no reading back
_EXACT_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "integer": (int,),
    "smallint": (int,),
    "bigint": (int,),
    "serial": (int,),
    "smallserial": (int,),
    "bigserial": (int,),
    "boolean": (bool,),
}


def _stored_as_sent(table: Table, columns: list[Column[Any]], rows: list[Any]) -> bool:
    """Whether the stored rows are the sent ones, value for value: every column of the table
    was sent (no database default or generated value to learn), none converts or pads its
    values (``char``, ``numeric``, timestamps, enums, arrays ... do), and every value is of
    the column's exact Python type (a ``bool`` in an integer column comes back an ``int``).
    ``varchar(n)`` qualifies while no value is longer than ``n`` (longer all-space tails are
    cut by the server).  Triggers are checked by the caller."""
    if len(columns) != len(table._columns):
        return False
    for position, column in enumerate(columns):
        if type(column).map_to_driver is not Column.map_to_driver:
            return False
        sql_type = column.sql_type()
        limit = None
        if sql_type.startswith("varchar(") and sql_type.endswith(")"):
            limit, sql_type = int(sql_type[8:-1]), "text"
        elif sql_type == "varchar":
            sql_type = "text"
        allowed = _EXACT_TYPES.get(sql_type)
        if allowed is None or not column.driver_returns_python_type:
            return False
        for row in rows:
            value = row[position]
            if value is None:
                continue
            if type(value) not in allowed or (limit is not None and len(value) > limit):
                return False
    return True


def _dicts(
    table: Table, stored: list[Any], make_row: Callable[[Any], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Driver rows (every column, declaration order) as dicts, values decoded."""
    mapper = RowMapper(flatten_fields(dict(table._columns)))
    names = mapper.keys
    out = [make_row(zip(names, row, strict=True)) for row in stored]
    for name, decode in mapper.decoding_keys:
        for item in out:
            value = item[name]
            if value is not None:
                item[name] = decode(value)
    return out


def _copy(db: Database, text: str, tuples: list[Any]) -> None:
    if db.logger is not None:
        db.logger.log_query(text, [f"<{len(tuples)} rows>"])
    session = db.session
    assert isinstance(session, PsycopgSession)
    try:
        with session.client.cursor() as cur, cur.copy(text) as copy:
            write = copy.write_row
            for values in tuples:
                write(values)
    except session._error as exc:
        diag = getattr(exc, "diag", None)
        detail = getattr(diag, "message_detail", None)
        where = getattr(diag, "context", None)  # "COPY t, line 6, column id: ..." = row 6
        message = (
            _message(exc)
            + (f" - {detail}" if detail else "")
            + (f" ({where.strip()}: line n is row n of the batch)" if where else "")
            + f"; none of the {len(tuples)} rows were inserted"
        )
        raise QueryError(message, text, [], exc) from exc


def _explained(exc: QueryError, table: Table, count: int) -> QueryError:
    """The INSERT's error with the server's detail (which key collided) and what it means."""
    detail = getattr(getattr(exc.cause, "diag", None), "message_detail", None)
    first = str(exc).split("\n", 1)[0]
    message = (
        f"{first}{f' - {detail}' if detail else ''}; none of the {count} rows were inserted "
        f"into {table._name!r}"
    )
    return QueryError(message, exc.sql, exc.params, exc.cause)
