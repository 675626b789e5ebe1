"""Rows decode only the fields that need it; the rest pass through untouched."""

from __future__ import annotations

from decimal import Decimal

from harness.core.query.result import RowMapper, flatten_fields
from harness.pg import boolean, integer, numeric, pg_table, text


def test_native_columns_are_not_decoded_and_others_are() -> None:
    t = pg_table(
        "t",
        {"id": integer(), "name": text(), "ok": boolean(), "price": numeric(precision=6, scale=2)},
    )
    mapper = RowMapper(flatten_fields(dict(t._columns)))
    # only the numeric column has a decoder: psycopg returns int, str and bool as such
    assert [key for key, _ in mapper.decoding_keys] == ["price"]
    assert mapper.to_dict((1, "a", True, "1.50")) == {
        "id": 1,
        "name": "a",
        "ok": True,
        "price": Decimal("1.50"),
    }
    assert mapper.to_dict((None, None, None, None)) == dict.fromkeys(["id", "name", "ok", "price"])
    assert mapper.decode_tuple((2, "b", False, "3")) == (2, "b", False, Decimal("3"))


def test_nested_rows_still_decode_per_group() -> None:
    t = pg_table("t", {"id": integer(), "price": numeric()})
    u = pg_table("u", {"id": integer()})
    mapper = RowMapper(
        flatten_fields({"t": dict(t._columns), "u": dict(u._columns)}), frozenset({"u"})
    )
    assert mapper.to_dict((1, "2.5", None)) == {"t": {"id": 1, "price": Decimal("2.5")}, "u": None}
