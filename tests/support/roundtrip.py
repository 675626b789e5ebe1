"""Shared checks of the per-engine type round-trip tests."""

from __future__ import annotations

from typing import Any

import pytest

from harness import Database, eq

# (column key, builder, value written, value expected back)
Case = tuple[str, Any, Any, Any]


def written(cases: list[Case]) -> dict[str, Any]:
    return {name: value for name, _, value, _ in cases}


def assert_every_type_round_trips(db: Database, table: Any, cases: list[Case]) -> None:
    """Insert one row holding every case; read it back with the declared Python types."""
    db.insert(table).values({"id": 1, **written(cases)}).execute()
    back = db.select().from_(table).where(eq(table.id, 1)).get()
    assert back is not None
    for name, _, _, expected in cases:
        got = back[name]
        if isinstance(expected, float):
            assert got == pytest.approx(expected), name
        else:
            assert got == expected, name
            assert type(got) is type(expected), name


def assert_nulls_round_trip(db: Database, table: Any, cases: list[Case]) -> None:
    db.insert(table).values({"id": 2}).execute()
    back = db.select().from_(table).where(eq(table.id, 2)).get()
    assert back is not None
    assert all(back[name] is None for name, _, _, _ in cases)
