"""Every SQLite column type and mode round-trips with its declared Python type.

Decisions: timestamps come back UTC-aware (``mode="timestamp"`` keeps seconds, ``timestamp_ms``
milliseconds); ``numeric`` follows SQLite's NUMERIC affinity, so trailing zeros are not kept
(``Decimal("1.10")`` reads back as ``Decimal("1.1")``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from harness import Database, eq
from harness.kit import push
from harness.sqlite import blob, integer, numeric, real, sqlite_table, text
from tests.support.roundtrip import (
    assert_every_type_round_trips,
    assert_nulls_round_trip,
    written,
)

pytestmark = pytest.mark.dialects("sqlite")
UTC = dt.timezone.utc

CASES: list[tuple[str, Any, Any, Any]] = [
    ("n", integer(), 2**62, 2**62),
    ("flag", integer(mode="boolean"), True, True),
    ("flag_false", integer(mode="boolean"), False, False),
    (
        "ts",
        integer(mode="timestamp"),
        dt.datetime(2024, 1, 1, 12, 0, 5, 999000, tzinfo=UTC),
        dt.datetime(2024, 1, 1, 12, 0, 5, tzinfo=UTC),
    ),
    (
        "ts_naive_is_utc",
        integer(mode="timestamp"),
        dt.datetime(2024, 1, 1, 12),
        dt.datetime(2024, 1, 1, 12, tzinfo=UTC),
    ),
    (
        "ts_ms",
        integer(mode="timestamp_ms"),
        dt.datetime(2024, 1, 1, 12, 0, 5, 123000, tzinfo=UTC),
        dt.datetime(2024, 1, 1, 12, 0, 5, 123000, tzinfo=UTC),
    ),
    ("t", text(), "it's \\ %s ? $1 ünï 🎉", "it's \\ %s ? $1 ünï 🎉"),
    ("t_len", text(length=5), "abc", "abc"),
    ("t_enum", text(enum=["a", "b"]), "a", "a"),
    ("t_json", text(mode="json"), {"a": [1, None], "ü": True}, {"a": [1, None], "ü": True}),
    ("t_json_scalar", text(mode="json"), "just a string", "just a string"),
    ("b", blob(), b"\x00\xffab", b"\x00\xffab"),
    ("b_json", blob(mode="json"), [1, {"x": 2}], [1, {"x": 2}]),
    ("b_big", blob(mode="bigint"), 2**100, 2**100),
    ("num", numeric(), Decimal("12.5"), Decimal("12.5")),
    ("num_str", numeric(mode="string"), "7.25", "7.25"),
    ("num_float", numeric(mode="number"), 2.5, 2.5),
    ("num_big", numeric(mode="bigint"), 2**40, 2**40),
    ("r", real(), 1 / 3, 1 / 3),
]


@pytest.fixture
def typed(db: Database) -> Any:
    columns: dict[str, Any] = {"id": integer().primary_key()}
    columns.update({name: builder for name, builder, _, _ in CASES})
    table = sqlite_table("all_types", columns)
    push(db, [table])
    return table


def test_every_type_round_trips(db: Database, typed: Any) -> None:
    assert_every_type_round_trips(db, typed, CASES)


def test_null_round_trips_for_every_type(db: Database, typed: Any) -> None:
    assert_nulls_round_trip(db, typed, CASES)


@pytest.mark.parametrize("name", ["flag", "ts", "ts_ms", "t_json", "b", "b_big", "num"])
def test_values_in_where_are_encoded_by_the_column(db: Database, typed: Any, name: str) -> None:
    row = written(CASES)
    db.insert(typed).values({"id": 1, **row}).execute()
    stored = db.select({"v": typed[name]}).from_(typed).get()
    assert stored is not None
    assert db.count(typed, eq(typed[name], stored["v"])) == 1


def test_numeric_affinity_drops_trailing_zeros(db: Database, typed: Any) -> None:
    db.insert(typed).values({"id": 3, "num": Decimal("1.10")}).execute()
    assert db.select({"v": typed.num}).from_(typed).get() == {"v": Decimal("1.1")}
