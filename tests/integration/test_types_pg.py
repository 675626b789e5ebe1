"""Every PostgreSQL column type round-trips through the server with its declared Python type.

One table holds a column per case.  The checks: values read back equal the expected Python
values and types (NULL too); the same holds when the session's ``TimeZone`` is not UTC; values
in WHERE, IN, array operators and prepared-statement placeholders are encoded by the column;
the JSON text forms (relational queries) and PostgreSQL's text output decode the same way; the
declared types are the ones the server creates.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from harness import (
    Database,
    array_contained,
    array_contains,
    array_overlaps,
    eq,
    in_array,
    ne,
    sql,
)
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
from harness.pg.columns import PgArray, PgJson
from tests.support.roundtrip import (
    assert_every_type_round_trips,
    assert_nulls_round_trip,
    written,
)

pytestmark = pytest.mark.dialects("postgres")

TRICKY_LABELS = ["it's", 'say "hi"', "a,b", "{x}", "NULL", " sp ", "back\\slash", "ü"]
mood = pg_enum("mood", ["sad", "ok", "happy", *TRICKY_LABELS])
UTC = dt.timezone.utc
PLUS2 = dt.timezone(dt.timedelta(hours=2))
# strings that break naive array-literal or JSON encoding
TRICKY = ['a"b', "c,d", "{e}", "back\\slash", "", " pad ", "NULL", "null", "it's", "ü🎉", "x\ny"]
BIG = 2**53 + 1  # the first integer a float (JavaScript number) cannot hold

# (column key, builder, value written, value expected back); NULLs are checked separately
CASES: list[tuple[str, Any, Any, Any]] = [
    # integers
    ("int", integer(), 2_147_483_647, 2_147_483_647),
    ("int_min", integer(), -2_147_483_648, -2_147_483_648),
    ("small", smallint(), -32768, -32768),
    ("big", bigint(), BIG, BIG),
    ("big_bigint_mode", bigint(mode="bigint"), 2**63 - 1, 2**63 - 1),
    ("big_bigint_min", bigint(mode="bigint"), -(2**63), -(2**63)),
    ("big_string_mode", bigint(mode="string"), 2**62, str(2**62)),
    # booleans
    ("flag", boolean(), True, True),
    ("flag_false", boolean(), False, False),
    # strings
    ("txt", text(), 'it\'s \\ %s ? $1 ünï 🎉 "q"', 'it\'s \\ %s ? $1 ünï 🎉 "q"'),
    ("txt_empty", text(), "", ""),
    ("vc", varchar(length=10), "hello", "hello"),
    ("ch", char(length=3), "ab", "ab "),
    ("enum_text", text(enum=["a", "b"]), "b", "b"),
    # exact numerics
    ("num", numeric(precision=12, scale=4), Decimal("12345678.1234"), Decimal("12345678.1234")),
    ("num_neg", numeric(), Decimal("-0.000000000001"), Decimal("-0.000000000001")),
    ("num_huge", numeric(), Decimal("1" * 40 + ".5"), Decimal("1" * 40 + ".5")),
    ("num_inf", numeric(), Decimal("Infinity"), Decimal("Infinity")),
    ("num_from_float", numeric(precision=10, scale=2), 0.1, Decimal("0.10")),
    ("num_str", numeric(precision=6, scale=2, mode="string"), "1.5", "1.50"),
    ("num_str_tiny", numeric(mode="string"), Decimal("0.00000001"), "0.00000001"),
    ("num_str_big", numeric(mode="string"), Decimal("1E+25"), "10000000000000000000000000"),
    ("num_float", numeric(mode="number"), 2.5, 2.5),
    ("num_bigint", numeric(mode="bigint"), 10**20, 10**20),
    # floats (real is float4: about 6 digits)
    ("r", real(), 1.1, 1.1),
    ("r_int", real(), 3, 3.0),
    ("dp", double_precision(), 1 / 3, 1 / 3),
    ("dp_inf", double_precision(), float("-inf"), float("-inf")),
    # json: objects, lists, nesting, unicode, and bare scalars
    ("j", json(), {"a": [1, 2, {"b": None}], "ü": "x"}, {"a": [1, 2, {"b": None}], "ü": "x"}),
    ("j_list", json(), [1, "two", [3, {"four": 4}]], [1, "two", [3, {"four": 4}]]),
    ("j_str", json(), 'a "quoted" ü \\ string', 'a "quoted" ü \\ string'),
    ("j_json_text", json(), '{"a": 1}', '{"a": 1}'),  # a str is a JSON string, not parsed
    ("j_number", json(), 3.25, 3.25),
    ("j_bool", json(), False, False),
    ("jb", jsonb(), [1, "two", True], [1, "two", True]),
    ("jb_nested", jsonb(), {"k": {"l": [{"m": TRICKY}]}}, {"k": {"l": [{"m": TRICKY}]}}),
    ("jb_scalar", jsonb(), "just a string", "just a string"),
    ("jb_number", jsonb(), 42, 42),
    ("jb_empty", jsonb(), {}, {}),
    # uuid
    ("u", uuid(), uuid_module.UUID(int=7), uuid_module.UUID(int=7)),
    ("u_str", uuid(), "00000000-0000-0000-0000-00000000000a", uuid_module.UUID(int=10)),
    # timestamps
    (
        "ts",
        timestamp(),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
        dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
    ),
    (
        "ts_aware_in",
        timestamp(),
        dt.datetime(2024, 1, 1, 12, tzinfo=PLUS2),
        dt.datetime(2024, 1, 1, 10),
    ),
    (
        "tstz",
        timestamp(with_timezone=True),
        dt.datetime(2024, 1, 1, 12, tzinfo=PLUS2),
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
    (
        "tstz_p0",
        timestamp(precision=0, with_timezone=True),
        dt.datetime(2024, 1, 1, 0, 0, 0, 600000, tzinfo=UTC),
        dt.datetime(2024, 1, 1, 0, 0, 1, tzinfo=UTC),
    ),
    ("ts_str", timestamp(mode="string"), "2024-01-01 10:00:00", "2024-01-01 10:00:00"),
    (
        "ts_str_p3",
        timestamp(mode="string", precision=3),
        "2024-01-01 10:00:00.1239",
        "2024-01-01 10:00:00.124",
    ),
    (
        "ts_str_from_datetime",
        timestamp(mode="string"),
        dt.datetime(2024, 1, 1, 10, 0, 0, 500000),
        "2024-01-01 10:00:00.5",
    ),
    (
        "tstz_str",
        timestamp(with_timezone=True, mode="string"),
        "2024-01-01 12:00:00.5+02",
        "2024-01-01 10:00:00.5+00",
    ),
    (
        "tstz_str_naive_is_utc",
        timestamp(with_timezone=True, mode="string"),
        "2024-01-01 12:00:00",
        "2024-01-01 12:00:00+00",
    ),
    # dates and times
    ("d", date(), dt.date(1999, 12, 31), dt.date(1999, 12, 31)),
    ("d_str", date(mode="string"), "1999-12-31", "1999-12-31"),
    ("d_from_datetime", date(), dt.datetime(2024, 3, 1, 23, 30), dt.date(2024, 3, 1)),
    ("tm", time(), dt.time(23, 59, 59, 5), dt.time(23, 59, 59, 5)),
    ("tm_str", time(), "12:30", dt.time(12, 30)),
    ("tm_p0", time(precision=0), dt.time(1, 2, 3, 400000), dt.time(1, 2, 3)),
    (
        "tmtz",
        time(with_timezone=True),
        dt.time(12, 0, tzinfo=PLUS2),
        dt.time(12, 0, tzinfo=PLUS2),
    ),
    ("tmtz_naive_is_utc", time(with_timezone=True), dt.time(8, 15), dt.time(8, 15, tzinfo=UTC)),
    # intervals
    (
        "iv",
        interval(),
        dt.timedelta(days=3, hours=4, seconds=5),
        dt.timedelta(days=3, hours=4, seconds=5),
    ),
    (
        "iv_neg",
        interval(),
        dt.timedelta(days=-1, microseconds=7),
        dt.timedelta(days=-1, microseconds=7),
    ),
    ("iv_str", interval(), "1 day 02:00:00", dt.timedelta(days=1, hours=2)),
    ("iv_month", interval(fields="month"), "1 mon", dt.timedelta(days=30)),
    # geometry
    ("pt", point(), (1.5, -2.0), (1.5, -2.0)),
    ("pt_xy", point(mode="xy"), {"x": 1.0, "y": 2e20}, {"x": 1.0, "y": 2e20}),
    ("ln", line(), (1.0, -1.0, 0.0), (1.0, -1.0, 0.0)),
    ("ln_abc", line(mode="abc"), {"a": 1, "b": 2, "c": 3}, {"a": 1.0, "b": 2.0, "c": 3.0}),
    # network
    ("ip", inet(), "192.168.0.1/24", "192.168.0.1/24"),
    ("ip_host", inet(), "10.0.0.1", "10.0.0.1"),
    ("ip6", inet(), "2001:db8::1/64", "2001:db8::1/64"),
    ("net", cidr(), "10.0.0.0/8", "10.0.0.0/8"),
    ("mac", macaddr(), "08-00-2B-01-02-03", "08:00:2b:01:02:03"),
    ("mac8", macaddr8(), "08:00:2b:01:02:03:04:05", "08:00:2b:01:02:03:04:05"),
    # enums
    ("m", mood(), "happy", "happy"),
    ("m_tricky", mood(), "it's", "it's"),
    # arrays
    ("ints", integer().array(), [1, 2, 3], [1, 2, 3]),
    ("ints_null", integer().array(), [1, None, 3], [1, None, 3]),
    ("ints_only_null", integer().array(), [None], [None]),
    ("texts", text().array(), [*TRICKY, None], [*TRICKY, None]),
    ("empty", text().array(), [], []),
    ("grid", integer().array().array(), [[1, 2], [3, 4]], [[1, 2], [3, 4]]),
    ("grid_null", integer().array().array(), [[1, None], [None, 4]], [[1, None], [None, 4]]),
    ("grid_in_1d", integer().array(), [[1, 2], [3, 4]], [[1, 2], [3, 4]]),
    (
        "text_grid",
        text().array().array(),
        [["a,b", None], ["{}", '"']],
        [["a,b", None], ["{}", '"']],
    ),
    ("vcs", varchar(length=10).array(), ['q"', "v,w"], ['q"', "v,w"]),
    ("uuids", uuid().array(), [uuid_module.UUID(int=1), None], [uuid_module.UUID(int=1), None]),
    ("moods", mood().array(), ["ok", *TRICKY_LABELS, None], ["ok", *TRICKY_LABELS, None]),
    (
        "mood_grid",
        mood().array().array(),
        [["ok", "NULL"], [None, "a,b"]],
        [["ok", "NULL"], [None, "a,b"]],
    ),
    ("flags", boolean().array(), [True, None, False], [True, None, False]),
    (
        "nums",
        numeric(precision=5, scale=1).array(),
        [Decimal("1.5"), 2],
        [Decimal("1.5"), Decimal("2.0")],
    ),
    ("nums_str", numeric(mode="string").array(), [Decimal("1E-8"), "2.50"], ["0.00000001", "2.50"]),
    ("bigs", bigint(mode="bigint").array(), [BIG, -(2**63)], [BIG, -(2**63)]),
    ("reals", real().array(), [1.1, 0.5], [1.1, 0.5]),
    ("doubles", double_precision().array(), [0.1, float("inf")], [0.1, float("inf")]),
    (
        "jbs",
        jsonb().array(),
        [{"a": TRICKY}, [1, 2], "s", 1, None],
        [{"a": TRICKY}, [1, 2], "s", 1, None],
    ),
    ("js", json().array(), [{"k": "v,}"}, []], [{"k": "v,}"}, []]),
    (
        "tstzs",
        timestamp(with_timezone=True).array(),
        [dt.datetime(2024, 1, 1, 12), dt.datetime(2024, 1, 1, 12, tzinfo=PLUS2)],
        [dt.datetime(2024, 1, 1, 12, tzinfo=UTC), dt.datetime(2024, 1, 1, 10, tzinfo=UTC)],
    ),
    (
        "tss",
        timestamp().array(),
        [dt.datetime(2024, 1, 1, 0, 0, 0, 5)],
        [dt.datetime(2024, 1, 1, 0, 0, 0, 5)],
    ),
    ("dates", date().array(), [dt.date(2024, 1, 1), None], [dt.date(2024, 1, 1), None]),
    ("times", time().array(), [dt.time(1, 2, 3, 4)], [dt.time(1, 2, 3, 4)]),
    (
        "intervals",
        interval().array(),
        [dt.timedelta(days=3, seconds=5), dt.timedelta(days=-1, microseconds=7)],
        [dt.timedelta(days=3, seconds=5), dt.timedelta(days=-1, microseconds=7)],
    ),
    ("points", point().array(), [(1, 2), (3.5, -4)], [(1.0, 2.0), (3.5, -4.0)]),
    ("lines", line().array(), [(1, 2, 3)], [(1.0, 2.0, 3.0)]),
    ("inets", inet().array(), ["10.0.0.1", "10.0.0.0/8"], ["10.0.0.1", "10.0.0.0/8"]),
    ("macs", macaddr().array(), ["08:00:2b:01:02:03"], ["08:00:2b:01:02:03"]),
]
BY_NAME = {name: (builder, value, expected) for name, builder, value, expected in CASES}

# PostgreSQL has no "=" for these types (json, point) or arrays of them
NO_EQUALITY = {"j", "j_list", "j_str", "j_json_text", "j_number", "j_bool", "pt", "pt_xy"}
NO_EQUALITY |= {"js", "points", "lines"}  # line has "=" but no btree class for arrays
NO_INEQUALITY = {"ln", "ln_abc"}  # line has "=" but no "<>"
# the server rounds or converts these, so the value written is not the value compared
CHANGED_ON_WRITE = {"ts_p3", "tstz_p0", "ts_str_p3", "tm_p0", "num_from_float"}


def make_table() -> Any:
    columns: dict[str, Any] = {"id": integer().primary_key()}
    columns.update({name: builder for name, builder, _, _ in CASES})
    return pg_table("all_types", columns)


@pytest.fixture
def typed(db: Database) -> Any:
    table = make_table()
    push(db, [mood, table])
    return table


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Kathmandu"])
def zoned(request: pytest.FixtureRequest, db: Database, typed: Any) -> Iterator[Any]:
    """``typed`` with the session's TimeZone set (UTC, behind UTC, +05:45 ahead of UTC)."""
    db.execute(f"set timezone to '{request.param}'")
    yield typed


def _same(got: Any, expected: Any) -> bool:
    if isinstance(expected, float):
        return got == pytest.approx(expected) and type(got) is float
    return bool(got == expected) and type(got) is type(expected)


def test_every_type_round_trips(db: Database, typed: Any) -> None:
    assert_every_type_round_trips(db, typed, CASES)


def test_null_round_trips_for_every_type(db: Database, typed: Any) -> None:
    assert_nulls_round_trip(db, typed, CASES)


def test_round_trip_does_not_depend_on_the_session_time_zone(db: Database, zoned: Any) -> None:
    assert_every_type_round_trips(db, zoned, CASES)


def test_returning_and_update_decode_and_encode(db: Database, typed: Any) -> None:
    returned = db.insert(typed).values({"id": 1, **written(CASES)}).returning().all()
    wrong = [n for n, _, _, expected in CASES if not _same(returned[0][n], expected)]
    assert wrong == []
    db.update(typed).set_({"id": 2, **written(CASES)}).where(eq(typed.id, 1)).execute()
    back = db.select().from_(typed).get()
    assert back is not None and back["id"] == 2
    wrong = [n for n, _, _, expected in CASES if not _same(back[n], expected)]
    assert wrong == []


COMPARABLE = [name for name, *_ in CASES if name not in NO_EQUALITY]


@pytest.mark.parametrize("name", COMPARABLE)
def test_value_read_back_finds_the_row_in_where(db: Database, zoned: Any, name: str) -> None:
    """``eq(col, value)`` / ``in_array`` with the Python value the column returned."""
    db.insert(zoned).values({"id": 1, **written(CASES)}).execute()
    expected = BY_NAME[name][2]
    column = zoned[name]
    assert db.count(zoned, eq(column, expected)) == 1
    assert db.count(zoned, in_array(column, [expected])) == 1
    if name not in NO_INEQUALITY:
        assert db.count(zoned, ne(column, expected)) == 0


@pytest.mark.parametrize("name", [n for n in COMPARABLE if n not in CHANGED_ON_WRITE])
def test_value_written_finds_the_row_in_where(db: Database, zoned: Any, name: str) -> None:
    """The value as written (another offset, a string, a naive datetime) compares equal."""
    db.insert(zoned).values({"id": 1, **written(CASES)}).execute()
    assert db.count(zoned, eq(zoned[name], BY_NAME[name][1])) == 1


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("big", BIG - 1),  # 2**53 and 2**53 + 1 are the same float: must not match
        ("r", 1.1000001),
        ("tstz", dt.datetime(2024, 1, 1, 12)),  # naive means 12:00 UTC; stored is 10:00 UTC
        ("tstz_naive_is_utc", dt.datetime(2024, 1, 1, 12, tzinfo=PLUS2)),
        ("ts", dt.datetime(2024, 2, 29, 23, 59, 58, 123457)),
        ("jb", [1, "two", False]),
        ("jb_scalar", {"just a string": None}),
        ("num", Decimal("12345678.1235")),
        ("texts", TRICKY),  # without the trailing NULL
        ("u", uuid_module.UUID(int=8)),
        ("m", "sad"),
    ],
)
def test_a_different_value_does_not_match(db: Database, zoned: Any, name: str, other: Any) -> None:
    db.insert(zoned).values({"id": 1, **written(CASES)}).execute()
    assert db.count(zoned, eq(zoned[name], other)) == 0


def test_array_operators(db: Database, typed: Any) -> None:
    db.insert(typed).values(
        {
            "id": 1,
            "texts": TRICKY,
            "ints": [1, 2, 3],
            "uuids": [uuid_module.UUID(int=1), uuid_module.UUID(int=2)],
            "moods": ["ok", "a,b", "NULL"],
            "flags": [True, True],
            "jbs": [{"a": 1}, [1, 2]],
            "tstzs": [dt.datetime(2024, 1, 1, 12, tzinfo=UTC)],
            "inets": ["10.0.0.1"],
        }
    ).execute()
    db.insert(typed).values({"id": 2, "texts": ["NULL"], "ints": [], "moods": []}).execute()

    def ids(condition: Any) -> list[int]:
        rows = db.select({"id": typed.id}).from_(typed).where(condition).all()
        return sorted(r["id"] for r in rows)

    assert ids(array_contains(typed.texts, ['a"b', "back\\slash", "{e}"])) == [1]
    assert ids(array_contains(typed.texts, ["NULL"])) == [1, 2]  # the string, not SQL NULL
    assert ids(array_contains(typed.texts, ["c"])) == []
    assert ids(array_contains(typed.ints, [])) == [1, 2]
    assert ids(array_overlaps(typed.ints, [3, 9])) == [1]
    assert ids(array_contained(typed.ints, [1, 2, 3, 4])) == [1, 2]
    assert ids(array_contained(typed.ints, [1])) == [2]
    assert ids(array_contains(typed.uuids, [uuid_module.UUID(int=2)])) == [1]
    assert ids(array_overlaps(typed.uuids, [str(uuid_module.UUID(int=1))])) == [1]
    assert ids(array_contains(typed.moods, ["a,b", "NULL"])) == [1]
    assert ids(array_contained(typed.moods, ["ok", "a,b", "NULL", "sad"])) == [1, 2]
    assert ids(array_contains(typed.flags, [True])) == [1]
    assert ids(array_contains(typed.jbs, [[1, 2]])) == [1]
    assert ids(array_contains(typed.jbs, [{"a": 2}])) == []
    assert ids(array_contains(typed.tstzs, [dt.datetime(2024, 1, 1, 14, tzinfo=PLUS2)])) == [1]
    assert ids(array_overlaps(typed.inets, ["10.0.0.1", "10.0.0.2"])) == [1]


def test_prepared_placeholders_are_encoded_by_the_column(db: Database, typed: Any) -> None:
    db.insert(typed).values({"id": 1, **written(CASES)}).execute()
    query = (
        db.select({"id": typed.id})
        .from_(typed)
        .where(
            sql(
                "{} and {} and {} and {} and {}",
                eq(typed.tstz, sql.placeholder("at")),
                eq(typed.jb, sql.placeholder("doc")),
                eq(typed.r, sql.placeholder("r")),
                eq(typed.moods, sql.placeholder("moods")),
                array_contains(typed.texts, sql.placeholder("texts")),
            )
        )
        .prepare("typed_lookup")
    )
    values = {
        "at": dt.datetime(2024, 1, 1, 12, tzinfo=PLUS2),
        "doc": [1, "two", True],
        "r": 1.1,
        "moods": BY_NAME["moods"][1],
        "texts": ["it's", "x\ny"],
    }
    for _ in range(6):  # past psycopg's prepare threshold: server-side prepared too
        assert query.all(values) == [{"id": 1}]
    assert query.all({**values, "r": 1.2}) == []


def test_bigint_beyond_2_53_is_exact(db: Database) -> None:
    t = pg_table("bigs", {"a": bigint(mode="bigint"), "b": bigint()})
    push(db, [t])
    values = [2**53, 2**53 + 1, 2**63 - 1, -(2**63)]
    db.insert(t).values([{"a": v, "b": v} for v in values]).execute()
    rows = db.select().from_(t).all()
    assert [r["a"] for r in rows] == values
    assert [r["b"] for r in rows] == values
    assert db.count(t, eq(t.a, 2**53 + 1)) == 1
    assert db.count(t, in_array(t.b, [2**63 - 1, 2**53])) == 2


def test_json_is_stored_as_drizzle_writes_it(db: Database, typed: Any) -> None:
    """Compact, non-ASCII kept (``JSON.stringify``), and a str is a JSON string scalar."""
    db.insert(typed).values({"id": 1, **written(CASES)}).execute()
    row = db.execute(
        'select "j"::text as j, jsonb_typeof("jb_scalar") as scalar, '
        'json_typeof("j_json_text") as json_text, jsonb_typeof("jb_empty") as empty '
        "from all_types"
    )[0]
    assert row == {
        "j": '{"a":[1,2,{"b":null}],"ü":"x"}',
        "scalar": "string",
        "json_text": "string",
        "empty": "object",
    }


def test_json_rejects_values_json_cannot_hold(db: Database, typed: Any) -> None:
    with pytest.raises(TypeError, match=r"all_types\.j: .*not JSON serializable"):
        db.insert(typed).values({"id": 1, "j": {"when": dt.date(2024, 1, 1)}}).execute()
    with pytest.raises(TypeError, match=r"all_types\.jb: Out of range float"):
        db.insert(typed).values({"id": 1, "jb": [float("nan")]}).execute()


def _json_rows(db: Database, table: Any, names: list[str]) -> list[Any]:
    """The values of row 1 as the relational query builder gets them: each column embedded in
    ``json_build_array`` the way the dialect embeds it (``json_value``)."""
    out: list[Any] = []
    for start in range(0, len(names), 90):  # a function takes at most 100 arguments
        values = [db.dialect.json.value(table[n]) for n in names[start : start + 90]]
        tree = sql("select {} as row from {}", db.dialect.json.row(values), table)
        text_, params = db.dialect.to_sql(tree, db.casing)
        out += db.execute(text_, params)[0]["row"]
    return out


def _decode_mismatches(table: Any, names: list[str], raw: list[Any]) -> dict[str, Any]:
    wrong = {}
    for name, value in zip(names, raw, strict=True):
        decoded = table[name].map_from_driver(value)
        if not _same(decoded, BY_NAME[name][2]):
            wrong[name] = (value, decoded)
    return wrong


NUMERIC_ARRAYS = ["nums", "nums_str"]


def test_json_forms_decode_to_the_same_values(db: Database, zoned: Any) -> None:
    """Relational queries get each value in its JSON form; the columns decode it the same."""
    db.insert(zoned).values({"id": 1, **written(CASES)}).execute()
    names = [name for name, *_ in CASES if name not in NUMERIC_ARRAYS]
    assert _decode_mismatches(zoned, names, _json_rows(db, zoned, names)) == {}


def test_json_forms_of_numeric_arrays_keep_their_digits(db: Database, typed: Any) -> None:
    db.insert(typed).values({"id": 1, **written(CASES)}).execute()
    raw = _json_rows(db, typed, NUMERIC_ARRAYS)
    assert _decode_mismatches(typed, NUMERIC_ARRAYS, raw) == {}


def _is_json(column: Any) -> bool:
    while isinstance(column, PgArray):
        column = column.element
    return isinstance(column, PgJson)


def test_text_forms_decode_to_the_same_values(db: Database, zoned: Any) -> None:
    """PostgreSQL's text output (what psycopg hands over for enum, point and line arrays)."""
    db.insert(zoned).values({"id": 1, **written(CASES)}).execute()
    # JSON text is ambiguous with a JSON string scalar that psycopg already parsed
    names = [name for name, *_ in CASES if not _is_json(zoned[name])]
    # format() prints with the type's output function (a ::text cast would trim char padding
    # and add /32 to inet hosts)
    listed = ", ".join(f'format(\'%s\', "{n}") as "{n}"' for n in names)
    raw = db.execute(f"select {listed} from all_types")[0]
    assert _decode_mismatches(zoned, names, [raw[n] for n in names]) == {}


def test_declared_types_are_the_types_created(db: Database, typed: Any) -> None:
    rows = db.execute(
        "select a.attname as name, format_type(a.atttypid, a.atttypmod) as type "
        "from pg_attribute a where a.attrelid = 'all_types'::regclass and a.attnum > 0"
    )
    created = {r["name"]: r["type"] for r in rows}
    expected = {
        "int": "integer",
        "small": "smallint",
        "big": "bigint",
        "flag": "boolean",
        "vc": "character varying(10)",
        "ch": "character(3)",
        "num": "numeric(12,4)",
        "num_neg": "numeric",
        "num_str": "numeric(6,2)",
        "r": "real",
        "dp": "double precision",
        "j": "json",
        "jb": "jsonb",
        "u": "uuid",
        "ts": "timestamp without time zone",
        "tstz": "timestamp with time zone",
        "ts_p3": "timestamp(3) without time zone",
        "tstz_p0": "timestamp(0) with time zone",
        "ts_str_p3": "timestamp(3) without time zone",
        "d": "date",
        "tm": "time without time zone",
        "tm_p0": "time(0) without time zone",
        "tmtz": "time with time zone",
        "iv": "interval",
        "iv_month": "interval month",
        "pt": "point",
        "ln": "line",
        "ip": "inet",
        "net": "cidr",
        "mac": "macaddr",
        "mac8": "macaddr8",
        "m": "mood",
        "ints": "integer[]",
        "grid": "integer[]",  # PostgreSQL does not record the number of dimensions
        "vcs": "character varying(10)[]",
        "moods": "mood[]",
        "nums": "numeric(5,1)[]",
        "tstzs": "timestamp with time zone[]",
        "points": "point[]",
        "inets": "inet[]",
    }
    assert {k: created[k] for k in expected} == expected


def test_serial_identity_and_generated_defaults(db: Database) -> None:
    t = pg_table(
        "gen",
        {
            "s": serial(),
            "ss": smallserial(),
            "bs": bigserial(mode="bigint"),
            "u": uuid().default_random(),
            "at": timestamp(with_timezone=True).default_now(),
            "at_naive": timestamp().default_now(),
            "on": date().default_now(),
            "clock": time(with_timezone=True).default_now(),
            "i": integer().generated_always_as_identity(),
        },
    )
    push(db, [t])
    db.insert(t).values({}).execute()
    db.insert(t).values({}).execute()
    rows = db.select().from_(t).all()
    assert [r["s"] for r in rows] == [1, 2]
    assert [r["ss"] for r in rows] == [1, 2]
    assert [r["bs"] for r in rows] == [1, 2]
    assert [r["i"] for r in rows] == [1, 2]
    assert all(isinstance(r["u"], uuid_module.UUID) for r in rows)
    assert rows[0]["u"] != rows[1]["u"]
    now = dt.datetime.now(UTC)
    assert rows[0]["at"].tzinfo is UTC
    assert abs(rows[0]["at"] - now) < dt.timedelta(minutes=5)
    assert rows[0]["at_naive"].tzinfo is None
    assert isinstance(rows[0]["on"], dt.date)
    assert isinstance(rows[0]["clock"], dt.time) and rows[0]["clock"].tzinfo is not None


def test_value_defaults_round_trip(db: Database) -> None:
    """Python defaults written into the DDL read back as the values declared."""
    when = dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    declared: dict[str, tuple[Any, Any]] = {
        "n": (numeric(precision=10, scale=2), Decimal("1.50")),
        "r": (real(), 1.5),
        "b": (bigint(mode="bigint"), BIG),
        "flag": (boolean(), False),
        "label": (text(), "it's"),
        "doc": (jsonb(), {"a": [1, "ü"]}),
        "tags": (text().array(), TRICKY),
        "nums": (integer().array(), [1, 2]),
        "u": (uuid(), uuid_module.UUID(int=3)),
        "at": (timestamp(with_timezone=True), when),
        "on": (date(), dt.date(2024, 1, 2)),
        "pt": (point(), (1.0, 2.0)),
        "ip": (inet(), "10.0.0.1"),
        "m": (mood(), "a,b"),
        "iv": (interval(), dt.timedelta(days=1, seconds=2)),
    }
    t = pg_table(
        "defaults",
        {"id": integer(), **{k: b.default(v) for k, (b, v) in declared.items()}},
    )
    push(db, [mood, t])
    db.insert(t).values({"id": 1}).execute()
    row = db.select().from_(t).get()
    assert row is not None
    assert {k: row[k] for k in declared} == {k: v for k, (_, v) in declared.items()}
