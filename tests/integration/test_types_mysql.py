"""Every MySQL/MariaDB column type round-trips through the server with its declared Python type.

The session runs in UTC (``time_zone = '+00:00'``): naive datetimes are UTC, aware ones are
converted to UTC.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from harness import Database, eq
from harness.kit import push
from harness.mysql import (
    bigint,
    binary,
    boolean,
    char,
    date,
    datetime,
    decimal,
    double,
    float_,
    int_,
    json,
    longtext,
    mediumint,
    mediumtext,
    mysql_enum,
    mysql_table,
    real,
    serial,
    smallint,
    text,
    time,
    timestamp,
    tinyint,
    tinytext,
    varbinary,
    varchar,
    year,
)
from tests.support.roundtrip import (
    assert_every_type_round_trips,
    assert_nulls_round_trip,
    written,
)

pytestmark = pytest.mark.dialects("mysql")

CASES: list[tuple[str, Any, Any, Any]] = [
    ("i", int_(), -2_147_483_648, -2_147_483_648),
    ("iu", int_(unsigned=True), 4_294_967_295, 4_294_967_295),
    ("ti", tinyint(), -128, -128),
    ("si", smallint(), 32767, 32767),
    ("mi", mediumint(), 8_388_607, 8_388_607),
    ("bi", bigint(), 2**53 + 1, 2**53 + 1),
    ("bi_mode", bigint(mode="bigint"), 2**62, 2**62),
    ("bi_str", bigint(mode="string"), 2**62, str(2**62)),
    ("b", boolean(), True, True),
    ("b_false", boolean(), False, False),
    ("vc", varchar(length=50), "it's \\ %s ? ünï 🎉", "it's \\ %s ? ünï 🎉"),
    ("ch", char(length=3), "ab", "ab"),
    ("t", text(), "long " * 100, "long " * 100),
    ("tt", tinytext(), "tiny", "tiny"),
    ("mt", mediumtext(), "medium", "medium"),
    ("lt", longtext(), "long", "long"),
    ("e", mysql_enum(["a", "b c"]), "b c", "b c"),
    ("dec", decimal(precision=12, scale=4), Decimal("12345678.1234"), Decimal("12345678.1234")),
    ("dec_str", decimal(precision=6, scale=2, mode="string"), "1.5", "1.50"),
    ("dec_num", decimal(precision=6, scale=2, mode="number"), 2.5, 2.5),
    ("dec_big", decimal(precision=30, scale=0, mode="bigint"), 10**25, 10**25),
    ("dbl", double(), 1 / 3, 1 / 3),
    ("flt", float_(), 1.5, 1.5),
    ("rl", real(), 2.25, 2.25),
    ("j", json(), {"a": [1, {"b": None}], "ü": "x"}, {"a": [1, {"b": None}], "ü": "x"}),
    ("j_list", json(), [1, "two", True], [1, "two", True]),
    ("j_scalar", json(), "just a string", "just a string"),
    ("d", date(), dt.date(1999, 12, 31), dt.date(1999, 12, 31)),
    ("d_str", date(mode="string"), "1999-12-31", "1999-12-31"),
    (
        "dtm",
        datetime(fsp=6),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
    ),
    (
        "dtm_aware",
        datetime(),
        dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2024, 1, 1, 10),
    ),
    ("dtm_str", datetime(mode="string"), "2024-01-01 10:00:00", "2024-01-01 10:00:00"),
    (
        "ts",
        timestamp(fsp=3),
        dt.datetime(2024, 1, 1, 0, 0, 0, 123000),
        dt.datetime(2024, 1, 1, 0, 0, 0, 123000),
    ),
    ("tm", time(), dt.time(23, 59, 59), dt.time(23, 59, 59)),
    ("tm_fsp", time(fsp=6), dt.time(1, 2, 3, 456789), dt.time(1, 2, 3, 456789)),
    ("yr", year(), 2024, 2024),
    ("bin", binary(length=4), b"\x00\x01", b"\x00\x01\x00\x00"),  # binary(n) pads with zeros
    ("vbin", varbinary(length=8), b"\xff\x00ab", b"\xff\x00ab"),
]


def make_table() -> Any:
    columns: dict[str, Any] = {"id": int_().primary_key()}
    columns.update({name: builder for name, builder, _, _ in CASES})
    return mysql_table("all_types", columns)


@pytest.fixture
def typed(db: Database) -> Any:
    table = make_table()
    push(db, [table])
    return table


def test_every_type_round_trips(db: Database, typed: Any) -> None:
    assert_every_type_round_trips(db, typed, CASES)


def test_null_round_trips_for_every_type(db: Database, typed: Any) -> None:
    assert_nulls_round_trip(db, typed, CASES)


@pytest.mark.parametrize(
    "name", ["dtm", "dtm_aware", "d", "b", "dec", "tm", "e", "vbin", "bi", "vc"]
)
def test_values_in_where_are_encoded_by_the_column(db: Database, typed: Any, name: str) -> None:
    row = written(CASES)
    db.insert(typed).values({"id": 1, **row}).execute()
    assert db.count(typed, eq(typed[name], row[name])) == 1


def test_serial_autoincrement_default_now_on_update_now(db: Database) -> None:
    t = mysql_table(
        "gen",
        {
            "id": serial().primary_key(),
            "n": int_(),
            "created": timestamp().default_now(),
            "touched": timestamp(fsp=6).default_now().on_update_now(),
        },
    )
    push(db, [t])
    db.insert(t).values([{"n": 1}, {"n": 2}]).execute()
    rows = db.select().from_(t).all()
    assert [r["id"] for r in rows] == [1, 2]
    assert all(isinstance(r["created"], dt.datetime) for r in rows)
    before = rows[0]["touched"]
    db.execute("do sleep(0.01)")
    db.update(t).set_({"n": 5}).where(eq(t.id, 1)).execute()
    after = db.select({"touched": t.touched}).from_(t).where(eq(t.id, 1)).get()
    assert after is not None and after["touched"] > before
