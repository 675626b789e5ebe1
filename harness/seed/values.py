"""Values for a column, generated from its declaration: type, length, precision, enum,
uniqueness, and the column's name as a hint for Faker.

Everything draws from one ``Streams`` (a ``random.Random`` and a seeded ``Faker``), so a seed
reproduces every value.  Unique columns fold the factory's sequence number into the value, so
they never collide however many rows are made.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import uuid as _uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from faker import Faker

from harness.core.column import Column, ColumnKind

Generator = Callable[[int], Any]

MONEY = re.compile(r"price|amount|total|cost|balance")
#: the largest value generated for an integer kind (bigint: the largest exact in JavaScript)
INT_LIMITS: dict[ColumnKind, int] = {
    ColumnKind.TINYINT: 127,
    ColumnKind.SMALLINT: 32767,
    ColumnKind.SMALLSERIAL: 32767,
    ColumnKind.MEDIUMINT: 8_388_607,
    ColumnKind.BIGINT: 2**53,
    ColumnKind.BIGSERIAL: 2**53,
}
NETWORK_KINDS = frozenset({ColumnKind.INET, ColumnKind.CIDR})
MAC_KINDS = {ColumnKind.MACADDR: 6, ColumnKind.MACADDR8: 8}
EPOCH = _dt.datetime(2020, 1, 1)


class Streams:
    """The random sources of one factory (or one seed() run); ``reseed`` makes them replay."""

    def __init__(self, seed: str = "0") -> None:
        self.rng = random.Random()
        self.faker = Faker()
        self.reseed(seed)

    def reseed(self, seed: str) -> None:
        self.rng.seed(seed)
        self.faker.seed_instance(seed)


def _unique_text(base: str, n: int, length: int | None) -> str:
    """``base`` with ``-n`` appended, cut to ``length`` without losing the number."""
    suffix = f"-{n}"
    if length is None:
        return base + suffix
    if len(suffix) >= length:
        return str(n)[-length:]
    return base[: length - len(suffix)] + suffix


NAME_HINTS: list[tuple[re.Pattern[str], Callable[[Faker], str]]] = [
    (re.compile(r"e_?mail"), lambda f: f.email()),
    (re.compile(r"first_?name"), lambda f: f.first_name()),
    (re.compile(r"last_?name|surname"), lambda f: f.last_name()),
    (re.compile(r"user_?name|login"), lambda f: f.user_name()),
    (re.compile(r"slug"), lambda f: f.slug()),
    (re.compile(r"title"), lambda f: f.sentence(nb_words=4).rstrip(".")),
    (re.compile(r"url|website|link"), lambda f: f.url()),
    (re.compile(r"phone"), lambda f: f.phone_number()),
    (re.compile(r"city"), lambda f: f.city()),
    (re.compile(r"country"), lambda f: f.country()),
    (re.compile(r"address|street"), lambda f: f.street_address()),
    (re.compile(r"company|organi[sz]ation"), lambda f: f.company()),
    (
        re.compile(r"description|body|content|text|bio|comment"),
        lambda f: f.paragraph(nb_sentences=2),
    ),
    (re.compile(r"(^|_)name$"), lambda f: f.name()),
]


POOL_SIZE = 500
_POOLS: dict[str, list[str]] = {}


def pool(label: str, make: Callable[[Faker], str]) -> list[str]:
    """``POOL_SIZE`` realistic values made once by a fixed-seed Faker; rows draw from the pool
    with the factory's own random stream, which keeps them reproducible and ~100x cheaper than
    asking Faker per row."""
    values = _POOLS.get(label)
    if values is None:
        faker = Faker()
        faker.seed_instance(f"pool:{label}")
        values = [make(faker) for _ in range(POOL_SIZE)]
        _POOLS[label] = values
    return values


def chooser(rng: random.Random, values: list[str]) -> Callable[..., str]:
    """``rng.choice(values)`` as one call (its argument, a sequence number, is ignored).

    Draws exactly what ``rng.choice`` draws (the same ``getrandbits`` rejection sampling as
    ``Random._randbelow_with_getrandbits``, inlined), so seeds give the values they gave;
    per value it saves the two Python calls of ``choice`` and ``_randbelow``, which were most
    of the cost of generating a batch.  Any other ``Random`` keeps ``rng.choice``."""
    randbelow = getattr(type(rng), "_randbelow", None)
    if not values or randbelow is not getattr(
        random.Random, "_randbelow_with_getrandbits", object()
    ):
        return lambda n=None: rng.choice(values)
    size = len(values)
    bits = size.bit_length()
    getrandbits = rng.getrandbits

    def choose(n: Any = None) -> str:
        r = getrandbits(bits)
        while r >= size:
            r = getrandbits(bits)
        return values[r]

    return choose


def text_pool(column: Column) -> list[str]:
    """The pool realistic texts for ``column`` are drawn from (its name hints which)."""
    name = column.name.lower()
    for pattern, make in NAME_HINTS:
        if pattern.search(name):
            return pool(pattern.pattern, make)
    return pool("word", lambda f: f.word())


def text_for(column: Column, streams: Streams) -> Callable[..., str]:
    """A function drawing a realistic text for ``column`` (its argument is ignored)."""
    return chooser(streams.rng, text_pool(column))


def _length(column: Column) -> int | None:
    length = column.config.get("length")
    return int(length) if length else None


def _int_limit(column: Column) -> int:
    return INT_LIMITS.get(column.kind, 2_147_483_647)


def generator(column: Column, streams: Streams, unique: bool) -> Generator:
    """A function of the sequence number ``n`` giving this column's next value."""
    rng = streams.rng
    value_type = column.data_type  # what Python value; column.kind says which SQL type
    name = column.name.lower()
    length = _length(column)
    enum = column.enum_values
    if enum:
        values = list(enum)
        return lambda n: values[n % len(values)] if unique else rng.choice(values)
    if value_type == "json":
        words = pool("word", lambda f: f.word())
        return lambda n: {"key": rng.choice(words), "n": n if unique else rng.randint(0, 1000)}
    if value_type == "string":
        if column.kind in NETWORK_KINDS:
            mask = "/32" if column.kind is ColumnKind.CIDR else ""
            return lambda n: f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}" + mask
        if column.kind in MAC_KINDS:
            octets = MAC_KINDS[column.kind]
            return lambda n: ":".join(
                f"{(n >> (8 * i)) & 255:02x}" for i in reversed(range(octets))
            )
        texts = text_pool(column)
        make = chooser(rng, texts)
        if unique:
            if "mail" in name:
                return _mail(streams, length)
            return lambda n: _unique_text(make(), n, length)
        if not length or all(len(text) <= length for text in texts):
            return make  # one value per call, whatever its argument: nothing to cut
        return lambda n: make()[:length]
    if value_type == "number":
        if column.kind is ColumnKind.FLOAT:
            return lambda n: float(n) + 0.5 if unique else round(rng.uniform(0, 1000), 2)
        if column.kind is ColumnKind.YEAR:
            return lambda n: 1970 + (n % 130) if unique else rng.randint(1970, 2099)
        limit = _int_limit(column)
        return lambda n: (n + 1) % limit if unique else rng.randint(0, min(limit, 10_000))
    if value_type == "bigint":
        return lambda n: n + 1 if unique else rng.randint(0, 2**40)
    if value_type == "decimal":
        precision = int(column.config.get("precision") or 10)
        scale = int(column.config.get("scale") or 2)
        top = 10 ** min(precision - scale, 6) - 1
        if MONEY.search(name):  # price/amount/total: money-like, two decimals, modest range
            top = min(top, 9_999)

        def decimal(n: int) -> Any:
            whole = n % (top + 1) if unique else rng.randint(0, top)
            value = (
                Decimal(whole) + Decimal(rng.randint(0, 10**scale - 1)) / (10**scale)
                if scale
                else Decimal(whole)
            )
            return (
                column.map_from_driver(value)
                if column.config.get("mode") not in (None, "decimal")
                else value
            )

        return decimal
    if value_type == "boolean":
        return lambda n: rng.random() < 0.5
    if value_type == "uuid":
        return lambda n: _uuid.UUID(int=rng.getrandbits(128), version=4)
    if value_type == "date":
        return _date_generator(column, rng, unique, name)
    if value_type == "time":
        return lambda n: _dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    if value_type == "interval":
        return lambda n: _dt.timedelta(minutes=rng.randint(0, 10_000))
    if value_type == "buffer":
        size = length or 8
        return lambda n: (n.to_bytes(8, "big") if unique else rng.randbytes(8))[-size:].rjust(
            size, b"\0"
        )
    if value_type == "point":
        return lambda n: (float(n), rng.uniform(-90, 90))
    if value_type == "line":
        return lambda n: (1.0, float(n) + 1.0, rng.uniform(-10, 10))
    if value_type == "array":
        # two elements each: nested arrays must be rectangular in PostgreSQL
        element = generator(column.element, streams, False)  # type: ignore[attr-defined]
        return lambda n: [element(n) for _ in range(2)]
    raise TypeError(
        f"column {column.table._name}.{column.name}: no generator for {value_type!r} values"
    )


def _mail(streams: Streams, length: int | None) -> Generator:
    """Unique e-mail addresses: a user name and a domain drawn from pools, with ``n`` between."""
    local_of = chooser(streams.rng, pool("user_name", lambda f: f.user_name()))
    domain_of = chooser(streams.rng, pool("email_domain", lambda f: f.free_email_domain()))

    def mail(n: int) -> str:
        local = local_of()
        domain = domain_of()
        value = f"{local}.{n}@{domain}"
        if length is not None and len(value) > length:
            value = f"u{n}@{domain}"[-length:]
        return value

    return mail


def _date_generator(column: Column, rng: random.Random, unique: bool, name: str) -> Generator:
    with_tz = bool(column.config.get("with_timezone")) or column.config.get("mode") in (
        "timestamp",
        "timestamp_ms",
    )
    as_string = column.config.get("mode") == "string"
    date_only = column.kind is ColumnKind.DATE

    def value(n: int) -> Any:
        offset = n * 60 if unique else rng.randint(0, 5 * 365 * 24 * 3600)
        moment = EPOCH + _dt.timedelta(seconds=offset)
        if date_only:
            day = moment.date()
            return day.isoformat() if as_string else day
        if with_tz:
            moment = moment.replace(tzinfo=_dt.timezone.utc)
        return moment.isoformat(sep=" ") if as_string else moment

    return value
