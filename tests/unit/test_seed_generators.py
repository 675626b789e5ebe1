"""drizzle-seed's generators: names, options, uniqueness and reproducibility (no database)."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from harness.seed import Generators
from harness.seed.generators import Gen

# picks one generator, with its options, from a Generators instance
Make = Callable[[Generators], Gen]


def gens(seed: int = 0) -> Generators:
    return Generators(random.Random(seed))


NAMES = [
    "default",
    "values_from_array",
    "int_primary_key",
    "number",
    "int_",
    "boolean",
    "date",
    "time",
    "timestamp",
    "datetime",
    "year",
    "json",
    "interval",
    "string",
    "uuid",
    "email",
    "first_name",
    "last_name",
    "full_name",
    "country",
    "city",
    "street_address",
    "postcode",
    "company_name",
    "job_title",
    "phone_number",
    "lorem_ipsum",
    "point",
    "line",
    "weighted_random",
]


@pytest.mark.parametrize("name", NAMES)
def test_every_drizzle_seed_generator_exists(name: str) -> None:
    assert callable(getattr(gens(), name))


@pytest.mark.parametrize(
    "make",
    [
        lambda f: f.int_(min_value=5, is_unique=True),
        lambda f: f.number(is_unique=True),
        lambda f: f.string(is_unique=True),
        lambda f: f.email(),
        lambda f: f.city(is_unique=True),
        lambda f: f.interval(is_unique=True),
        lambda f: f.phone_number(template="+1 ###-####", is_unique=True),
        lambda f: f.point(is_unique=True),
        lambda f: f.line(is_unique=True),
        lambda f: f.values_from_array(list(range(500)), is_unique=True),
    ],
)
def test_unique_generators_never_repeat(make: Make) -> None:
    generate = make(gens())
    values = [generate(n) for n in range(500)]
    assert len(set(map(str, values))) == 500


def test_same_seed_same_values_and_options_respected() -> None:
    a, b = gens(3), gens(3)
    makers: list[Make] = [lambda f: f.full_name(), lambda f: f.int_(1, 6), lambda f: f.date()]
    for make in makers:
        ga, gb = make(a), make(b)
        assert [ga(n) for n in range(20)] == [gb(n) for n in range(20)]
    values = [gens().int_(1, 6)(n) for n in range(200)]
    assert min(values) >= 1 and max(values) <= 6
    weighted = gens().values_from_array([{"weight": 1.0, "values": ["only"]}])
    assert {weighted(n) for n in range(10)} == {"only"}
    phone = gens().phone_number(template="+44 ## ####")(0)
    assert phone.startswith("+44 ") and len(phone) == len("+44 ## ####")
    pick = gens().weighted_random(
        [{"weight": 0.0, "value": lambda n: "never"}, {"weight": 1.0, "value": lambda n: "always"}]
    )
    assert {pick(n) for n in range(10)} == {"always"}
