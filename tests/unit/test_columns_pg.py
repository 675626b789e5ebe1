"""PostgreSQL column declarations: DDL types as drizzle-kit writes them, names, value encoding.

The expected types are the column lines ``drizzle-kit generate`` (0.31.11, drizzle-orm 0.45.4)
wrote for the same declarations in TypeScript — including its spacing quirks
(``timestamp (3)`` in date mode, ``timestamp(3)`` in string mode, ``time(3)``) and the
double-quoted names of types it does not list as native (``"point"``, ``"smallserial"``).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from decimal import Decimal
from typing import Any

import pytest

from harness import SchemaError, to_snake_case
from harness.pg import (
    bigint,
    bigserial,
    boolean,
    char,
    cidr,
    date,
    decimal,
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
    pg_schema,
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
from harness.pg.columns import (
    PgEnum,
    parse_array,
    parse_interval,
    parse_time,
    parse_timestamp,
)

UTC = dt.timezone.utc
mood = pg_enum("mood", ["sad", "ok"])
other_mood = pg_schema("other").enum("smood", ["a", "b"])
public_mood = PgEnum("pmood", ["a"], schema="public")


def column(builder: Any, key: str = "c") -> Any:
    """The column a table builds from ``builder`` under ``key``."""
    return getattr(pg_table("t", {key: builder}), key)


SQL_TYPES: list[tuple[Any, str]] = [
    (integer(), "integer"),
    (smallint(), "smallint"),
    (bigint(), "bigint"),
    (bigint(mode="bigint"), "bigint"),
    (serial(), "serial"),
    (smallserial(), '"smallserial"'),
    (bigserial(), "bigserial"),
    (boolean(), "boolean"),
    (text(), "text"),
    (text(enum=["a", "b"]), "text"),
    (varchar(), "varchar"),
    (varchar(length=256), "varchar(256)"),
    (char(), "char"),
    (char(length=3), "char(3)"),
    (numeric(), "numeric"),
    (numeric(precision=10), "numeric(10)"),
    (numeric(precision=10, scale=2), "numeric(10, 2)"),
    (numeric(scale=2), "numeric"),
    (decimal(precision=5, scale=1), "numeric(5, 1)"),
    (numeric(precision=10, scale=2, mode="string"), "numeric(10, 2)"),
    (real(), "real"),
    (double_precision(), "double precision"),
    (json(), "json"),
    (jsonb(), "jsonb"),
    (uuid(), "uuid"),
    (uuid().default_random(), "uuid"),
    (time(), "time"),
    (time(precision=3), "time(3)"),
    (time(with_timezone=True), "time with time zone"),
    (time(precision=3, with_timezone=True), "time(3) with time zone"),
    (timestamp(), "timestamp"),
    (timestamp(precision=3), "timestamp (3)"),
    (timestamp(precision=0), "timestamp (0)"),
    (timestamp(with_timezone=True), "timestamp with time zone"),
    (timestamp(precision=6, with_timezone=True), "timestamp (6) with time zone"),
    (timestamp(mode="string"), "timestamp"),
    (timestamp(mode="string", precision=3), "timestamp(3)"),
    (timestamp(mode="string", precision=3, with_timezone=True), "timestamp(3) with time zone"),
    (timestamp().default_now(), "timestamp"),
    (date(), "date"),
    (date(mode="string"), "date"),
    (interval(), "interval"),
    (interval(fields="day"), "interval day"),
    (interval(precision=3), "interval(3)"),
    (interval(fields="second", precision=3), "interval second(3)"),
    (interval(fields="day to second"), "interval day to second"),
    (point(), '"point"'),
    (point(mode="xy"), '"point"'),
    (line(), '"line"'),
    (line(mode="abc"), '"line"'),
    (inet(), '"inet"'),
    (cidr(), '"cidr"'),
    (macaddr(), '"macaddr"'),
    (macaddr8(), '"macaddr8"'),
    (mood(), '"mood"'),
    (other_mood(), '"other"."smood"'),
    (public_mood(), '"pmood"'),
    (mood().array(), '"mood"[]'),
    (other_mood().array(), '"other"."smood"[]'),
    (integer().array(), "integer[]"),
    (integer().array().array(), "integer[][]"),
    (integer().array(3), "integer[3]"),
    (text().array(), "text[]"),
    (varchar(length=10).array(), "varchar(10)[]"),
    (uuid().array(), "uuid[]"),
    (boolean().array(), "boolean[]"),
    (numeric(precision=5, scale=1).array(), "numeric(5, 1)[]"),
    (jsonb().array(), "jsonb[]"),
    (timestamp(with_timezone=True, precision=3).array(), "timestamp (3) with time zone[]"),
    (point().array(), '"point"[]'),
    (inet().array(), '"inet"[]'),
    (interval().array(), "interval[]"),
]


@pytest.mark.parametrize(("builder", "expected"), SQL_TYPES, ids=[e for _, e in SQL_TYPES])
def test_sql_type_is_what_drizzle_kit_writes(builder: Any, expected: str) -> None:
    assert column(builder).sql_type() == expected


def test_interval_precision_zero_is_kept() -> None:
    # drizzle-orm drops it (a falsy 0), which would make the column a plain interval
    assert column(interval(precision=0)).sql_type() == "interval(0)"


def test_enum_names_are_quoted_safely() -> None:
    weird = PgEnum('we"ird', ["x"], schema="s p")
    assert column(weird()).sql_type() == '"s p"."we""ird"'


# -- names ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "make",
    [
        integer,
        smallint,
        bigint,
        serial,
        smallserial,
        bigserial,
        boolean,
        text,
        varchar,
        char,
        numeric,
        real,
        double_precision,
        json,
        jsonb,
        uuid,
        time,
        timestamp,
        date,
        interval,
        point,
        line,
        inet,
        cidr,
        macaddr,
        macaddr8,
        mood,
    ],
)
def test_name_is_optional_and_defaults_to_the_key(make: Any) -> None:
    by_key = column(make(), key="first_name")
    assert (by_key.name, by_key.key, by_key.key_as_name) == ("first_name", "first_name", True)
    named = column(make("fname"), key="first_name")
    assert (named.name, named.key, named.key_as_name) == ("fname", "first_name", False)


def test_casing_renames_only_key_names() -> None:
    t = pg_table("t", {"firstName": text(), "lastName": text("LastName")})
    assert t.firstName.db_name(to_snake_case) == "first_name"
    assert t.lastName.db_name(to_snake_case) == "LastName"


def test_array_keeps_the_element_name_and_options() -> None:
    c = column(varchar("tag_list", length=20).array(), key="tags")
    assert c.name == "tag_list"
    assert c.element.sql_type() == "varchar(20)"


def test_keyword_options_match_drizzle_config_objects() -> None:
    c = column(numeric("price", precision=10, scale=2, mode="string"))
    assert (c.name, c.config["precision"], c.config["scale"], c.config["mode"]) == (
        "price",
        10,
        2,
        "string",
    )


def test_builders_in_a_shared_dict_give_each_table_its_own_columns() -> None:
    shared = {"created_at": timestamp().default_now()}
    a = pg_table("a", {**shared})
    b = pg_table("b", {**shared})
    assert a.created_at is not b.created_at
    assert (a.created_at.table, b.created_at.table) == (a, b)


# -- declaration errors --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: timestamp(precision=7), "0 to 6"),
        (lambda: time(precision=-1), "0 to 6"),
        (lambda: interval(precision=9), "0 to 6"),
        (lambda: interval(fields="days"), "interval\\(fields='days'\\)"),
        (lambda: varchar(length=0), "positive int"),
        (lambda: char(length="3"), "positive int"),  # type: ignore[arg-type]  # wrong on purpose
        (lambda: text(enum="abc"), "list of values"),
        (lambda: pg_enum("e", []), "at least one value"),
        (lambda: pg_enum("e", ["a", "a"]), "duplicate"),
        (lambda: pg_enum("e", "ab"), "list of values"),  # type: ignore[arg-type]  # on purpose
        (lambda: integer().generated_always_as_identity(start=1), "unknown"),
    ],
)
def test_invalid_declarations_are_refused(make: Any, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        make()


def test_interval_fields_are_case_insensitive() -> None:
    assert column(interval(fields="DAY TO SECOND")).sql_type() == "interval day to second"


# -- encoding (what the driver is given) ---------------------------------------------------
def test_array_literal_quotes_and_escapes_every_string() -> None:
    c = column(text().array())
    value = ['a"b', "c,d", "{e}", "back\\slash", "", " pad ", "NULL", None]
    assert c.map_to_driver(value) == (
        '{"a\\"b","c,d","{e}","back\\\\slash",""," pad ","NULL",NULL}'
    )


def test_array_literal_writes_numbers_and_booleans_bare() -> None:
    # as drizzle-kit writes array defaults: '{1,2}', '{true,false}'
    assert column(integer().array()).map_to_driver([1, 2]) == "{1,2}"
    assert column(boolean().array()).map_to_driver([True, False, None]) == "{true,false,NULL}"
    assert column(numeric().array()).map_to_driver([Decimal("1.50"), 0.1]) == "{1.50,0.1}"
    assert column(double_precision().array()).map_to_driver(
        [float("inf"), float("-inf"), float("nan")]
    ) == ("{Infinity,-Infinity,NaN}")


def test_array_literal_dimensions() -> None:
    assert column(integer().array().array()).map_to_driver([[1, None], [3, 4]]) == (
        "{{1,NULL},{3,4}}"
    )
    assert column(integer().array()).map_to_driver([[1, 2], [3, 4]]) == "{{1,2},{3,4}}"
    assert column(integer().array().array()).map_to_driver([]) == "{}"
    assert column(text().array()).map_to_driver("{raw}") == "{raw}"  # a literal passes through


def test_array_of_composite_values_treats_a_list_as_one_element() -> None:
    assert column(jsonb().array()).map_to_driver([[1, 2], {"a": "x"}, "s"]) == (
        '{"[1,2]","{\\"a\\":\\"x\\"}","\\"s\\""}'
    )
    assert column(point().array()).map_to_driver([(1, 2), [3.5, 4]]) == '{"(1,2)","(3.5,4)"}'
    assert column(point().array().array()).map_to_driver([[(1, 2)]]) == '{{"(1,2)"}}'
    assert column(line().array()).map_to_driver([(1, 2, 3)]) == '{"{1,2,3}"}'


def test_array_literal_encodes_elements_with_the_element_column() -> None:
    stamps = column(timestamp(with_timezone=True).array())
    assert stamps.map_to_driver([dt.datetime(2024, 1, 1, 12)]) == '{"2024-01-01 12:00:00+00:00"}'
    uuids = column(uuid().array())
    assert uuids.map_to_driver([uuid_module.UUID(int=1)]) == (
        '{"00000000-0000-0000-0000-000000000001"}'
    )
    intervals = column(interval().array())
    assert intervals.map_to_driver([dt.timedelta(days=-1, microseconds=7)]) == (
        '{"-1 days 0.000007 seconds"}'
    )


def test_json_is_compact_keeps_unicode_and_serialises_strings() -> None:
    c = column(jsonb())
    assert c.map_to_driver({"ü": [1, None]}) == '{"ü":[1,null]}'
    assert c.map_to_driver("text") == '"text"'
    assert c.map_to_driver(None) == "null"  # only reached inside arrays; None is SQL NULL


def test_timestamps_naive_means_utc_for_with_time_zone() -> None:
    tz = column(timestamp(with_timezone=True))
    naive = dt.datetime(2024, 1, 1, 12)
    assert tz.map_to_driver(naive) == naive.replace(tzinfo=UTC)
    assert tz.map_to_driver("2024-01-01 12:00:00") == "2024-01-01 12:00:00+00"
    assert tz.map_to_driver("2024-01-01") == "2024-01-01 00:00:00+00"
    assert tz.map_to_driver("2024-01-01 12:00:00+02") == "2024-01-01 12:00:00+02"
    assert tz.map_to_driver("now") == "now"
    plain = column(timestamp())
    aware = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert plain.map_to_driver(aware) == dt.datetime(2024, 1, 1, 10)
    assert column(time(with_timezone=True)).map_to_driver("08:15") == "08:15+00"
    assert column(time(with_timezone=True)).map_to_driver(dt.time(8)) == dt.time(8, tzinfo=UTC)


def test_real_is_sent_as_float4_and_numeric_floats_as_their_shortest_decimal() -> None:
    sent = column(real()).map_to_driver(1.1)
    assert type(sent).__name__ == "Float4" and sent == 1.1
    assert column(real()).map_to_driver(True) is True  # not silently a number
    assert column(numeric()).map_to_driver(0.1) == Decimal("0.1")


# -- decoding (what the driver returned) ---------------------------------------------------
def test_modes_decode_to_their_python_types() -> None:
    assert column(bigint(mode="string")).map_from_driver(2**62) == str(2**62)
    assert column(bigint(mode="bigint")).map_from_driver("9007199254740993") == 2**53 + 1
    assert column(numeric(mode="string")).map_from_driver(Decimal("1E-8")) == "0.00000001"
    assert column(numeric(mode="string")).map_from_driver("1.50") == "1.50"
    assert column(numeric(mode="number")).map_from_driver(Decimal("2.5")) == 2.5
    assert column(numeric(mode="bigint")).map_from_driver(Decimal("1E+20")) == 10**20
    assert column(numeric()).map_from_driver("1.50") == Decimal("1.50")
    assert column(timestamp(mode="string")).map_from_driver(
        dt.datetime(2024, 1, 1, 10, 0, 0, 120000)
    ) == ("2024-01-01 10:00:00.12")
    assert column(timestamp(mode="string", with_timezone=True)).map_from_driver(
        dt.datetime(2024, 1, 1, 15, 45, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45)))
    ) == ("2024-01-01 10:00:00+00")
    assert column(date(mode="string")).map_from_driver(dt.date(2024, 1, 1)) == "2024-01-01"
    assert column(point(mode="xy")).map_from_driver("(1,-2.5)") == {"x": 1.0, "y": -2.5}
    assert column(line(mode="abc")).map_from_driver("{1,2,3}") == {"a": 1.0, "b": 2.0, "c": 3.0}
    assert column(boolean()).map_from_driver("t") is True
    assert column(boolean()).map_from_driver("false") is False


@pytest.mark.parametrize(
    ("text_value", "expected"),
    [
        ("2024-01-01 10:00:00", dt.datetime(2024, 1, 1, 10)),
        ("2024-01-01T10:00:00.12", dt.datetime(2024, 1, 1, 10, 0, 0, 120000)),
        ("2024-01-01 10:00:00.000005", dt.datetime(2024, 1, 1, 10, 0, 0, 5)),
        ("2024-01-01 10:00:00+00", dt.datetime(2024, 1, 1, 10, tzinfo=UTC)),
        ("2024-01-01T10:00:00Z", dt.datetime(2024, 1, 1, 10, tzinfo=UTC)),
        (
            "2024-01-01 15:45:00.5+05:45",
            dt.datetime(
                2024, 1, 1, 15, 45, 0, 500000, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45))
            ),
        ),
        (
            "2024-01-01 05:00:00-05",
            dt.datetime(2024, 1, 1, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("0099-01-01", dt.datetime(99, 1, 1)),
    ],
)
def test_parse_timestamp_reads_the_server_forms(text_value: str, expected: dt.datetime) -> None:
    got = parse_timestamp(text_value)
    assert got == expected and got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text_value", ["infinity", "2024-01-01 BC", "yesterday"])
def test_parse_timestamp_refuses_what_python_cannot_hold(text_value: str) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        parse_timestamp(text_value)


def test_parse_time() -> None:
    assert parse_time("12:00:00.5") == dt.time(12, 0, 0, 500000)
    assert parse_time("12:30") == dt.time(12, 30)
    offset = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert parse_time("12:00:00+05:30") == dt.time(12, tzinfo=offset)
    assert parse_time("12:00:00-02").utcoffset() == dt.timedelta(hours=-2)


@pytest.mark.parametrize(
    ("text_value", "expected"),
    [
        ("3 days 00:00:05", dt.timedelta(days=3, seconds=5)),
        ("-1 days +00:00:05", dt.timedelta(days=-1, seconds=5)),
        ("1 day", dt.timedelta(days=1)),
        ("-00:00:01", dt.timedelta(seconds=-1)),
        ("00:00:00.000007", dt.timedelta(microseconds=7)),
        ("1 year 2 mons", dt.timedelta(days=365 + 60)),
        (
            "1 year 2 mons -3 days -04:05:06.7",
            dt.timedelta(days=365 + 60 - 3) - dt.timedelta(hours=4, minutes=5, seconds=6.7),
        ),
        ("100:00:00", dt.timedelta(hours=100)),
        ("00:00:00", dt.timedelta()),
    ],
)
def test_parse_interval(text_value: str, expected: dt.timedelta) -> None:
    assert parse_interval(text_value) == expected


def test_parse_interval_refuses_other_styles() -> None:
    with pytest.raises(ValueError, match="cannot read"):
        parse_interval("P1Y2M")


@pytest.mark.parametrize(
    ("text_value", "expected"),
    [
        ("{}", []),
        ("{a,b}", ["a", "b"]),
        ('{"a\\"b","c,d","{e}","back\\\\slash",""," pad ","NULL",NULL}', None),
        ("{{1,NULL},{3,4}}", [["1", None], ["3", "4"]]),
        ('{"(1,2)","(3,4)"}', ["(1,2)", "(3,4)"]),
        ("[0:1]={x,y}", ["x", "y"]),
    ],
)
def test_parse_array(text_value: str, expected: list[Any] | None) -> None:
    if expected is None:  # the literal the encoder writes for these strings
        expected = ['a"b', "c,d", "{e}", "back\\slash", "", " pad ", "NULL", None]
    assert parse_array(text_value) == expected


def test_array_decodes_each_element_with_the_element_column() -> None:
    moods = column(mood().array())
    assert moods.map_from_driver('{sad,"NULL",NULL}') == ["sad", "NULL", None]
    points = column(point().array())
    assert points.map_from_driver(["(1,2)"]) == [(1.0, 2.0)]
    grid = column(integer().array().array())
    assert grid.map_from_driver("{{1,NULL},{3,4}}") == [[1, None], [3, 4]]
    docs = column(jsonb().array())
    assert docs.map_from_driver([[1, 2], "s"]) == [[1, 2], "s"]
