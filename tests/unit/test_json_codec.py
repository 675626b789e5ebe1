"""JSON results parse as the json module parses them, including what orjson refuses."""

from __future__ import annotations

import json
import math

import pytest

from harness.core.json_codec import loads


@pytest.mark.parametrize(
    "text",
    [
        '[[1, "a", null, true, 1.5], []]',
        '{"nested": [{"x": "\\u00e9"}], "n": -0.0}',
        "123456789012345678901234567890",  # beyond 64 bits: orjson would make it a float
        "[-9999999999999999999, 18446744073709551616, 9223372036854775807]",
        '{"id": 12345678901234567890123, "f": 0.12345678901234567890}',
        '"text"',
    ],
)
def test_same_values_as_the_json_module(text: str) -> None:
    for form in (text, text.encode(), memoryview(text.encode())):
        assert loads(form) == json.loads(text)


def test_nan_and_infinity_as_json_reads_them() -> None:
    values = loads(b"[NaN, Infinity, -Infinity]")
    assert math.isnan(values[0]) and values[1:] == [math.inf, -math.inf]


def test_invalid_json_still_raises() -> None:
    with pytest.raises(ValueError):
        loads("[1, ")
