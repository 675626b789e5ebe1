"""PostgreSQL's network address types: inet, cidr, macaddr, macaddr8.

All four are strings on the Python side, in the server's canonical spelling; they differ only
in the type the server checks and in the values a seeder must make, which is why each has its
own class and ``kind`` (before, seeding told them apart by searching the SQL type's text).
"""

from __future__ import annotations

from typing import Any

from harness.core.column import Column, ColumnKind
from harness.pg.columns.base import PgColumn, PgColumnBuilder, _builder, _quote


class PgNetwork(PgColumn[str]):
    """inet / cidr / macaddr / macaddr8 as strings, in the server's canonical spelling
    (psycopg's ``ipaddress`` objects are turned back into text, as Drizzle returns it)."""

    data_type = "string"

    def sql_type(self) -> str:
        return _quote(str(self.config["type"]))

    def map_to_driver(self, value: Any) -> str:
        return str(value)

    def map_from_driver(self, value: Any) -> str:
        return str(value)


class PgInet(PgNetwork):
    kind = ColumnKind.INET


class PgCidr(PgNetwork):
    kind = ColumnKind.CIDR


class PgMacaddr(PgNetwork):
    kind = ColumnKind.MACADDR


class PgMacaddr8(PgNetwork):
    kind = ColumnKind.MACADDR8


def _network(cls: type[Column[Any]], name: str | None) -> PgColumnBuilder:
    return _builder(cls, name, type=cls.kind.value)


def inet(name: str | None = None) -> PgColumnBuilder:
    """``inet`` (host address, optional netmask)."""
    return _network(PgInet, name)


def cidr(name: str | None = None) -> PgColumnBuilder:
    """``cidr`` (network)."""
    return _network(PgCidr, name)


def macaddr(name: str | None = None) -> PgColumnBuilder:
    """``macaddr``."""
    return _network(PgMacaddr, name)


def macaddr8(name: str | None = None) -> PgColumnBuilder:
    """``macaddr8`` (6-byte input is widened to 8 bytes by the server)."""
    return _network(PgMacaddr8, name)
