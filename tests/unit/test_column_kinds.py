"""``Column.kind`` and ``Column.auto_increments_by_sequence``: what code tests instead of
searching ``sql_type()`` for substrings, checked for every column type of the three dialects.
"""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import pytest

import harness.mysql.columns as mysql_columns
import harness.pg.columns as pg_columns
import harness.sqlite.columns as sqlite_columns
from harness import mysql, pg, sqlite
from harness.core.column import Column, ColumnKind
from harness.seed.values import Streams, generator

K = ColumnKind
mood = pg.pg_enum("mood", ["sad", "ok"])
# an enum whose name contains "serial": the old substring test took it for a serial column
serial_state = pg.pg_enum("serial_state", ["new", "done"])


def pg_column(builder: Any) -> Any:
    return pg.pg_table("t", {"c": builder}).c


def mysql_column(builder: Any) -> Any:
    return mysql.mysql_table("t", {"c": builder}).c


def sqlite_column(builder: Any) -> Any:
    return sqlite.sqlite_table("t", {"c": builder}).c


PG_KINDS: list[tuple[Any, ColumnKind]] = [
    (pg.integer(), K.INTEGER),
    (pg.smallint(), K.SMALLINT),
    (pg.bigint(), K.BIGINT),
    (pg.bigint(mode="string"), K.BIGINT),
    (pg.serial(), K.SERIAL),
    (pg.smallserial(), K.SMALLSERIAL),
    (pg.bigserial(), K.BIGSERIAL),
    (pg.boolean(), K.BOOLEAN),
    (pg.numeric(precision=10, scale=2), K.DECIMAL),
    (pg.real(), K.FLOAT),
    (pg.double_precision(), K.FLOAT),
    (pg.text(), K.STRING),
    (pg.varchar(length=10), K.STRING),
    (pg.char(length=2), K.STRING),
    (pg.json_(), K.JSON),
    (pg.jsonb(), K.JSONB),
    (pg.uuid(), K.UUID),
    (pg.timestamp(with_timezone=True), K.TIMESTAMP),
    (pg.date(), K.DATE),
    (pg.time(), K.TIME),
    (pg.interval(), K.INTERVAL),
    (pg.inet(), K.INET),
    (pg.cidr(), K.CIDR),
    (pg.macaddr(), K.MACADDR),
    (pg.macaddr8(), K.MACADDR8),
    (pg.point(), K.POINT),
    (pg.line(), K.LINE),
    (pg.custom_type("tsvector")(), K.STRING),
    (mood(), K.ENUM),
    (pg.integer().array(), K.ARRAY),
    (pg.serial().array(), K.ARRAY),
]

MYSQL_KINDS: list[tuple[Any, ColumnKind]] = [
    (mysql.int_(), K.INTEGER),
    (mysql.int_(unsigned=True), K.INTEGER),
    (mysql.tinyint(), K.TINYINT),
    (mysql.smallint(), K.SMALLINT),
    (mysql.mediumint(), K.MEDIUMINT),
    (mysql.bigint(mode="string"), K.BIGINT),
    (mysql.serial(), K.SERIAL),
    (mysql.boolean(), K.BOOLEAN),
    (mysql.decimal(precision=10, scale=2), K.DECIMAL),
    (mysql.double(), K.FLOAT),
    (mysql.float_(), K.FLOAT),
    (mysql.real(precision=8, scale=2), K.FLOAT),
    (mysql.varchar(length=20), K.STRING),
    (mysql.char(length=2), K.STRING),
    (mysql.text(), K.STRING),
    (mysql.longtext(), K.STRING),
    (mysql.mysql_enum(["a", "b"]), K.ENUM),
    (mysql.binary(length=4), K.BINARY),
    (mysql.varbinary(length=4), K.BINARY),
    (mysql.json_(), K.JSON),
    (mysql.datetime(fsp=3), K.DATETIME),
    (mysql.timestamp(), K.TIMESTAMP),
    (mysql.date(), K.DATE),
    (mysql.time(), K.TIME),
    (mysql.year(), K.YEAR),
]

SQLITE_KINDS: list[tuple[Any, ColumnKind]] = [
    (sqlite.integer(), K.INTEGER),
    # the mode changes the Python value (data_type), not the SQL type
    (sqlite.integer(mode="boolean"), K.INTEGER),
    (sqlite.integer(mode="timestamp_ms"), K.INTEGER),
    (sqlite.text(), K.STRING),
    (sqlite.text(mode="json"), K.STRING),
    (sqlite.blob(), K.BINARY),
    (sqlite.blob(mode="bigint"), K.BINARY),
    (sqlite.numeric(), K.DECIMAL),
    (sqlite.real(), K.FLOAT),
]


@pytest.mark.parametrize(("builder", "kind"), PG_KINDS)
def test_pg_kinds(builder: Any, kind: ColumnKind) -> None:
    assert pg_column(builder).kind is kind


@pytest.mark.parametrize(("builder", "kind"), MYSQL_KINDS)
def test_mysql_kinds(builder: Any, kind: ColumnKind) -> None:
    assert mysql_column(builder).kind is kind


@pytest.mark.parametrize(("builder", "kind"), SQLITE_KINDS)
def test_sqlite_kinds(builder: Any, kind: ColumnKind) -> None:
    assert sqlite_column(builder).kind is kind


def test_sqlite_integer_modes_keep_their_value_types() -> None:
    assert sqlite_column(sqlite.integer(mode="boolean")).data_type == "boolean"
    assert sqlite_column(sqlite.integer(mode="timestamp")).data_type == "date"


def _concrete_column_classes(module: Any) -> list[type[Column[Any]]]:
    """The column classes a builder of ``module`` can make: not bases, not private."""
    classes = [
        cls
        for name, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Column)
        and cls.__module__.startswith(module.__name__)
        and not name.startswith("_")
    ]
    bases = {"PgColumn", "PgNetwork", "MySqlColumn", "SQLiteColumn"}
    return [cls for cls in classes if cls.__name__ not in bases]


@pytest.mark.parametrize("module", [pg_columns, mysql_columns, sqlite_columns])
def test_every_column_class_is_covered_by_the_kind_tables(module: Any) -> None:
    """A new column class must be added to the tables above (and so be given a kind)."""
    built = (
        {type(pg_column(b)) for b, _ in PG_KINDS}
        | {type(mysql_column(b)) for b, _ in MYSQL_KINDS}
        | {type(sqlite_column(b)) for b, _ in SQLITE_KINDS}
    )
    missing = [cls.__name__ for cls in _concrete_column_classes(module) if cls not in built]
    assert missing == []


# -- serial columns ----------------------------------------------------------------------------
@pytest.mark.parametrize("builder", [pg.serial(), pg.smallserial(), pg.bigserial(mode="bigint")])
def test_pg_serials_auto_increment_by_sequence(builder: Any) -> None:
    assert pg_column(builder).auto_increments_by_sequence is True


@pytest.mark.parametrize(
    "builder",
    [
        pg.integer(),
        pg.bigint(),
        pg.integer().generated_always_as_identity(),  # a sequence too, but told by .identity
        pg.serial().array(),
        serial_state(),
        pg.text(),
    ],
    ids=["integer", "bigint", "identity", "serial[]", "enum serial_state", "text"],
)
def test_other_pg_columns_do_not(builder: Any) -> None:
    assert pg_column(builder).auto_increments_by_sequence is False


def test_enum_named_like_serial_is_an_enum() -> None:
    column = pg_column(serial_state())
    assert "serial" in column.sql_type()  # what the substring test used to trip on
    assert column.kind is K.ENUM


def test_mysql_and_sqlite_counters_are_not_sequences() -> None:
    """MySQL's serial and SQLite's autoincrement are told by ``autoincrement``."""
    serial = mysql_column(mysql.serial())
    assert serial.auto_increments_by_sequence is False
    assert serial.autoincrement is True
    rowid = sqlite_column(sqlite.integer().primary_key(auto_increment=True))
    assert rowid.auto_increments_by_sequence is False


# -- seeding by kind ---------------------------------------------------------------------------
def values(column: Any, count: int = 3, unique: bool = True) -> list[Any]:
    make = generator(column, Streams("kinds"), unique=unique)
    return [make(n) for n in range(count)]


def test_seed_network_values_follow_the_kind() -> None:
    assert values(pg_column(pg.inet())) == ["10.0.0.0", "10.0.0.1", "10.0.0.2"]
    assert values(pg_column(pg.cidr()))[1] == "10.0.0.1/32"
    assert values(pg_column(pg.macaddr()))[1] == "00:00:00:00:00:01"
    assert values(pg_column(pg.macaddr8()))[1] == "00:00:00:00:00:00:00:01"


@pytest.mark.parametrize(
    "column",
    [
        pg_column(pg.real()),
        pg_column(pg.double_precision()),
        mysql_column(mysql.double()),
        mysql_column(mysql.float_(precision=8, scale=2)),
        sqlite_column(sqlite.real()),
    ],
    ids=["pg real", "pg double", "mysql double", "mysql float(8,2)", "sqlite real"],
)
def test_seed_float_kinds_get_floats(column: Any) -> None:
    assert values(column) == [0.5, 1.5, 2.5]


def test_seed_year_and_integer_widths() -> None:
    assert values(mysql_column(mysql.year())) == [1970, 1971, 1972]
    tiny = generator(mysql_column(mysql.tinyint()), Streams(), unique=True)
    assert tiny(126) == 0  # wraps below the type's maximum, 127
    small = generator(pg_column(pg.smallserial()), Streams(), unique=True)
    assert small(32766) == 0


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (pg_column(pg.date()), dt.date),
        (mysql_column(mysql.date()), dt.date),
        (pg_column(pg.timestamp()), dt.datetime),
        (mysql_column(mysql.datetime()), dt.datetime),
        (mysql_column(mysql.timestamp()), dt.datetime),
        (sqlite_column(sqlite.integer(mode="timestamp")), dt.datetime),
    ],
    ids=["pg date", "mysql date", "pg timestamp", "mysql datetime", "mysql timestamp", "sqlite"],
)
def test_seed_dates_only_for_the_date_kind(column: Any, expected: type) -> None:
    value = values(column, 1)[0]
    assert type(value) is expected


# -- the package split -------------------------------------------------------------------------
def test_pg_columns_package_names_are_the_builders() -> None:
    """``text`` and ``numeric`` are submodules too; the package attribute is the function."""
    assert pg_columns.text is pg.text
    assert pg_columns.numeric is pg.numeric
    assert callable(pg_columns.text) and callable(pg_columns.numeric)
