"""drizzle-seed's value generators, Python-spelt: ``f.email()``, ``f.int_(min_value=1)``, ...

Each returns a function of the row number ``n``; ``is_unique=True`` folds ``n`` into the value
so it cannot repeat.  Faker supplies the realistic words, seeded from the run's seed.
"""

from __future__ import annotations

import datetime as _dt
import random
import uuid as _uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from faker import Faker

Gen = Callable[[int], Any]


class Generators:
    """The ``f`` handed to ``refine``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.faker = Faker()
        self.faker.seed_instance(rng.random())

    def default(self, default_value: Any) -> Gen:
        return lambda n: default_value

    def values_from_array(self, values: Sequence[Any], is_unique: bool = False) -> Gen:
        """Plain values, or drizzle-seed's weighted form ``[{"weight": 0.3, "values": [...]}]``."""
        items = list(values)
        if items and isinstance(items[0], dict) and "weight" in items[0]:
            groups = [(float(g["weight"]), list(g["values"])) for g in items]

            def weighted(n: int) -> Any:
                roll, acc = self.rng.random(), 0.0
                for weight, group in groups:
                    acc += weight
                    if roll <= acc:
                        return self.rng.choice(group)
                return self.rng.choice(groups[-1][1])

            return weighted
        if is_unique:
            return lambda n: items[n]  # IndexError past the list: more rows than values
        return lambda n: self.rng.choice(items)

    def int_primary_key(self) -> Gen:
        return lambda n: n + 1

    def number(
        self,
        min_value: float = 0,
        max_value: float = 1000,
        precision: int = 100,
        is_unique: bool = False,
    ) -> Gen:
        if is_unique:
            return lambda n: min_value + n / precision
        return lambda n: round(self.rng.uniform(min_value, max_value) * precision) / precision

    def int_(self, min_value: int = 0, max_value: int = 2**31 - 1, is_unique: bool = False) -> Gen:
        if is_unique:
            return lambda n: min_value + n
        return lambda n: self.rng.randint(min_value, max_value)

    def boolean(self) -> Gen:
        return lambda n: self.rng.random() < 0.5

    def date(
        self, min_date: _dt.date = _dt.date(2020, 1, 1), max_date: _dt.date = _dt.date(2030, 1, 1)
    ) -> Gen:
        span = (max_date - min_date).days
        return lambda n: min_date + _dt.timedelta(days=self.rng.randint(0, span))

    def time(self) -> Gen:
        return lambda n: _dt.time(
            self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        )

    def timestamp(self) -> Gen:
        start = _dt.datetime(2020, 1, 1)
        return lambda n: start + _dt.timedelta(seconds=self.rng.randint(0, 10 * 365 * 86400))

    datetime = timestamp

    def year(self) -> Gen:
        return lambda n: self.rng.randint(1970, 2099)

    def json(self) -> Gen:
        return lambda n: {"email": self.faker.email(), "name": self.faker.name(), "n": n}

    def interval(self, is_unique: bool = False) -> Gen:
        if is_unique:
            return lambda n: _dt.timedelta(minutes=n + 1)
        return lambda n: _dt.timedelta(minutes=self.rng.randint(1, 100_000))

    def string(self, is_unique: bool = False) -> Gen:
        if is_unique:
            return lambda n: f"{self.faker.word()}-{n}"
        return lambda n: self.faker.word()

    def uuid(self) -> Gen:
        return lambda n: _uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def email(self) -> Gen:
        return lambda n: f"{self.faker.user_name()}.{n}@{self.faker.free_email_domain()}"

    def first_name(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.first_name, is_unique)

    def last_name(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.last_name, is_unique)

    def full_name(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.name, is_unique)

    def country(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.country, is_unique)

    def city(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.city, is_unique)

    def street_address(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.street_address, is_unique)

    def postcode(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.postcode, is_unique)

    def company_name(self, is_unique: bool = False) -> Gen:
        return self._words(self.faker.company, is_unique)

    def job_title(self) -> Gen:
        return lambda n: self.faker.job()

    def phone_number(self, template: str | None = None, is_unique: bool = False) -> Gen:
        """``template="+1 (###) ###-####"``: each ``#`` becomes a digit (drizzle-seed's option)."""
        if template is not None:

            def from_template(n: int) -> str:
                digits = iter(str(n).zfill(template.count("#"))) if is_unique else None
                return "".join(
                    (next(digits) if digits else str(self.rng.randint(0, 9))) if ch == "#" else ch
                    for ch in template
                )

            return from_template
        return self._words(self.faker.phone_number, is_unique)

    def lorem_ipsum(self, sentences_count: int = 1) -> Gen:
        return lambda n: " ".join(self.faker.sentences(sentences_count))

    def point(
        self,
        is_unique: bool = False,
        min_x_value: float = -180,
        max_x_value: float = 180,
        min_y_value: float = -90,
        max_y_value: float = 90,
    ) -> Gen:
        if is_unique:
            return lambda n: (min_x_value + n, self.rng.uniform(min_y_value, max_y_value))
        return lambda n: (
            self.rng.uniform(min_x_value, max_x_value),
            self.rng.uniform(min_y_value, max_y_value),
        )

    def line(
        self,
        is_unique: bool = False,
        min_a_value: float = -10,
        max_a_value: float = 10,
        min_b_value: float = -10,
        max_b_value: float = 10,
        min_c_value: float = -10,
        max_c_value: float = 10,
    ) -> Gen:
        if is_unique:
            return lambda n: (1.0, 1.0, min_c_value + n)
        return lambda n: (
            self.rng.uniform(min_a_value, max_a_value),
            self.rng.uniform(min_b_value, max_b_value),
            self.rng.uniform(min_c_value, max_c_value),
        )

    def decimal(self, min_value: int = 0, max_value: int = 1000, scale: int = 2) -> Gen:
        return lambda n: (
            Decimal(self.rng.randint(min_value * 10**scale, max_value * 10**scale)) / 10**scale
        )

    def weighted_random(self, options: Sequence[dict[str, Any]]) -> Gen:
        """``[{"weight": 0.7, "value": f.email()}, {"weight": 0.3, "value": f.default(None)}]``"""

        def pick(n: int) -> Any:
            roll, acc = self.rng.random(), 0.0
            for option in options:
                acc += float(option["weight"])
                if roll <= acc:
                    return option["value"](n)
            return options[-1]["value"](n)

        return pick

    def _words(self, make: Callable[[], str], is_unique: bool) -> Gen:
        if is_unique:
            return lambda n: f"{make()} {n}"
        return lambda n: make()
