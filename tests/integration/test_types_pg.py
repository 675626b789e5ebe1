"""Every PostgreSQL column type round-trips through the server with its declared Python type."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from decimal import Decimal
from typing import Any

import pytest

from harness import Database, array_contained, array_contains, array_overlaps, eq
from harness.kit import push
from harness.pg import (
    bigint,
    bigserial,
    boolean,
    char,
    cidr,
    date,
    double_precision,
    inet,
    integer,
    interval,
    json,
    jsonb,
    line,
    macaddr,
    macaddr8,
    numeric,
    pg_enum,
    pg_table,
    point,
    real,
    serial,
    smallint,
    smallserial,
    text,
    time,
    timestamp,
    uuid,
    varchar,
)
from tests.support.roundtrip import (
    assert_every_type_round_trips,
    assert_nulls_round_trip,
    written,
)

pytestmark = pytest.mark.dialects("postgres")

mood = pg_enum("mood", ["sad", "ok", "happy"])
UTC = dt.timezone.utc

# (builder, value written, value expected back); None rows are checked separately
CASES: list[tuple[str, Any, Any, Any]] = [
    ("int", integer(), 2_147_483_647, 2_147_483_647),
    ("small", smallint(), -32768, -32768),
    ("big", bigint(), 2**53 + 1, 2**53 + 1),
    ("big_bigint_mode", bigint(mode="bigint"), 2**62, 2**62),
    ("big_string_mode", bigint(mode="string"), 2**62, str(2**62)),
    ("flag", boolean(), True, True),
    ("txt", text(), "it's \\ %s ? $1 ünï 🎉", "it's \\ %s ? $1 ünï 🎉"),
    ("vc", varchar(length=10), "hello", "hello"),
    ("ch", char(length=3), "ab", "ab "),
    ("enum_text", text(enum=["a", "b"]), "b", "b"),
    ("num", numeric(precision=12, scale=4), Decimal("12345678.1234"), Decimal("12345678.1234")),
    ("num_str", numeric(precision=6, scale=2, mode="string"), "1.5", "1.50"),
    ("num_float", numeric(mode="number"), 2.5, 2.5),
    ("num_bigint", numeric(mode="bigint"), 10**20, 10**20),
    ("r", real(), 1.5, 1.5),
    ("dp", double_precision(), 1 / 3, 1 / 3),
    ("j", json(), {"a": [1, 2, {"b": None}], "ü": "x"}, {"a": [1, 2, {"b": None}], "ü": "x"}),
    ("jb", jsonb(), [1, "two", True], [1, "two", True]),
    ("jb_scalar", jsonb(), "just a string", "just a string"),
    ("jb_number", jsonb(), 42, 42),
    ("u", uuid(), uuid_module.UUID(int=7), uuid_module.UUID(int=7)),
    (
        "ts",
        timestamp(),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
    ),
    (
        "ts_aware_in",
        timestamp(),
        dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2024, 1, 1, 10),
    ),
    (
        "tstz",
        timestamp(with_timezone=True),
        dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2024, 1, 1, 10, tzinfo=UTC),
    ),
    (
        "tstz_naive_is_utc",
        timestamp(with_timezone=True),
        dt.datetime(2024, 1, 1, 12),
        dt.datetime(2024, 1, 1, 12, tzinfo=UTC),
    ),
    (
        "ts_p3",
        timestamp(precision=3),
        dt.datetime(2024, 1, 1, 0, 0, 0, 123456),
        dt.datetime(2024, 1, 1, 0, 0, 0, 123000),
    ),
    ("ts_str", timestamp(mode="string"), "2024-01-01 10:00:00", "2024-01-01 10:00:00"),
    ("d", date(), dt.date(1999, 12, 31), dt.date(1999, 12, 31)),
    ("d_str", date(mode="string"), "1999-12-31", "1999-12-31"),
    ("tm", time(), dt.time(23, 59, 59, 5), dt.time(23, 59, 59, 5)),
    (
        "iv",
        interval(),
        dt.timedelta(days=3, hours=4, seconds=5),
        dt.timedelta(days=3, hours=4, seconds=5),
    ),
    ("pt", point(), (1.5, -2.0), (1.5, -2.0)),
    ("pt_xy", point(mode="xy"), {"x": 1.0, "y": 2.0}, {"x": 1.0, "y": 2.0}),
    ("ln", line(), (1.0, -1.0, 0.0), (1.0, -1.0, 0.0)),
    ("ip", inet(), "192.168.0.1/24", "192.168.0.1/24"),
    ("net", cidr(), "10.0.0.0/8", "10.0.0.0/8"),
    ("mac", macaddr(), "08:00:2b:01:02:03", "08:00:2b:01:02:03"),
    ("mac8", macaddr8(), "08:00:2b:01:02:03:04:05", "08:00:2b:01:02:03:04:05"),
    ("m", mood(), "happy", "happy"),
    ("ints", integer().array(), [1, 2, 3], [1, 2, 3]),
    (
        "texts",
        text().array(),
        ['a"b', "c,d", "{e}", "back\\slash", "", None],
        ['a"b', "c,d", "{e}", "back\\slash", "", None],
    ),
    ("empty", text().array(), [], []),
    ("grid", integer().array().array(), [[1, 2], [3, 4]], [[1, 2], [3, 4]]),
    ("uuids", uuid().array(), [uuid_module.UUID(int=1)], [uuid_module.UUID(int=1)]),
    ("moods", mood().array(), ["ok", "sad"], ["ok", "sad"]),
    ("flags", boolean().array(), [True, False], [True, False]),
    ("nums", numeric(precision=5, scale=1).array(), [Decimal("1.5")], [Decimal("1.5")]),
]


def make_table() -> Any:
    columns: dict[str, Any] = {"id": integer().primary_key()}
    columns.update({name: builder for name, builder, _, _ in CASES})
    return pg_table("all_types", columns)


@pytest.fixture
def typed(db: Database) -> Any:
    table = make_table()
    push(db, [mood, table])
    return table


def test_every_type_round_trips(db: Database, typed: Any) -> None:
    assert_every_type_round_trips(db, typed, CASES)


def test_null_round_trips_for_every_type(db: Database, typed: Any) -> None:
    assert_nulls_round_trip(db, typed, CASES)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ts", dt.datetime(2024, 2, 29, 23, 59, 58, 123456)),
        ("tstz", dt.datetime(2024, 1, 1, 10, tzinfo=UTC)),
        ("jb", [1, "two", True]),
        ("u", uuid_module.UUID(int=7)),
        ("num", Decimal("12345678.1234")),
        ("pt", None),
        ("m", "happy"),
        ("d", dt.date(1999, 12, 31)),
        ("ints", [1, 2, 3]),
    ],
)
def test_values_in_where_are_encoded_by_the_column(
    db: Database, typed: Any, name: str, value: Any
) -> None:
    row = written(CASES)
    db.insert(typed).values({"id": 1, **row}).execute()
    if value is None:
        pytest.skip("point has no equality operator in PostgreSQL")
    assert db.count(typed, eq(typed[name], value)) == 1


def test_array_operators(db: Database, typed: Any) -> None:
    db.insert(typed).values({"id": 1, "texts": ["a", "b"], "ints": [1, 2, 3]}).execute()
    assert db.count(typed, array_contains(typed.texts, ["a"])) == 1
    assert db.count(typed, array_contains(typed.texts, ["z"])) == 0
    assert db.count(typed, array_overlaps(typed.ints, [3, 9])) == 1
    assert db.count(typed, array_contained(typed.ints, [1, 2, 3, 4])) == 1
    assert db.count(typed, array_contained(typed.ints, [1])) == 0


def test_serial_identity_and_uuid_defaults(db: Database) -> None:
    t = pg_table(
        "gen",
        {
            "s": serial(),
            "ss": smallserial(),
            "bs": bigserial(),
            "u": uuid().default_random(),
            "at": timestamp(with_timezone=True).default_now(),
            "i": integer().generated_always_as_identity(),
        },
    )
    push(db, [t])
    db.insert(t).values({}).execute()
    db.insert(t).values({}).execute()
    rows = db.select().from_(t).all()
    assert [r["s"] for r in rows] == [1, 2]
    assert [r["i"] for r in rows] == [1, 2]
    assert all(isinstance(r["u"], uuid_module.UUID) for r in rows)
    assert rows[0]["at"].tzinfo is not None
