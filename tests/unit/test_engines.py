"""The engine registry: one vocabulary for names, schemes, drivers and Kit dialects, and every
dialect carrying every part."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from harness import engines
from harness.core.parts import Admin, Ddl, MigrationHooks, RelationalJson, SeedHooks
from harness.mysql.dialect import MySqlDialect, MySqlServer


@pytest.mark.parametrize(
    ("name", "canonical", "dialect", "family"),
    [
        ("postgres", "postgres", "postgresql", "postgres"),
        ("postgresql", "postgres", "postgresql", "postgres"),
        ("pg", "postgres", "postgresql", "postgres"),
        ("PostgreSQL", "postgres", "postgresql", "postgres"),
        ("mysql", "mysql", "mysql", "mysql"),
        ("mariadb", "mariadb", "mysql", "mysql"),
        ("sqlite", "sqlite", "sqlite", "sqlite"),
        ("turso", "sqlite", "sqlite", "sqlite"),
    ],
)
def test_every_spelling_names_one_engine(
    name: str, canonical: str, dialect: str, family: str
) -> None:
    engine = engines.get(name)
    assert (engine.name, engine.dialect, engine.family) == (canonical, dialect, family)


def test_unknown_engine_lists_the_choices() -> None:
    with pytest.raises(engines.UnknownEngine, match="use one of sqlite, postgres, mysql, mariadb"):
        engines.get("oracle")


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("postgresql://u@h/db", "postgres"),
        ("postgres://u@h/db", "postgres"),
        ("postgresql+psycopg://u@h/db", "postgres"),
        ("mysql://root@h/db", "mysql"),
        ("mariadb://root@h/db", "mariadb"),
        ("sqlite:///x.db", "sqlite"),
        ("file:x.db", "sqlite"),
        ("x.db", "sqlite"),
    ],
)
def test_urls_pick_their_engine(url: str, name: str) -> None:
    assert engines.for_url(url).name == name


def test_unknown_scheme_is_explained() -> None:
    with pytest.raises(ValueError, match="unsupported database URL scheme 'oracle'"):
        engines.for_url("oracle://h/db")


def test_driver_objects_pick_their_engine(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    try:
        assert engines.for_client(conn).name == "sqlite"
    finally:
        conn.close()
    with pytest.raises(engines.UnknownEngine, match="unsupported driver object"):
        engines.for_client(object())


@pytest.mark.parametrize("name", engines.NAMES)
def test_every_dialect_has_every_part(name: str) -> None:
    """mypy proves the types; this proves the wiring at run time (no part missing)."""
    dialect = engines.get(name).dialect_class()()
    parts: list[tuple[object, type]] = [
        (dialect.ddl, Ddl),
        (dialect.migrations, MigrationHooks),
        (dialect.admin, Admin),
        (dialect.seeding, SeedHooks),
        (dialect.json, RelationalJson),
    ]
    for part, protocol in parts:
        missing = [
            member
            for member in protocol.__dict__
            if not member.startswith("_") and not hasattr(part, member)
        ]
        assert missing == [], (name, protocol.__name__)


@pytest.mark.parametrize(
    ("version", "mariadb", "numbers", "returning"),
    [
        ("8.4.3", False, (8, 4, 3), frozenset()),
        ("10.11.19-MariaDB-0+deb12u1", True, (10, 11, 19), frozenset({"insert", "delete"})),
        # MariaDB's handshake prefix for old replication clients (what PyMySQL reports)
        ("5.5.5-10.11.19-MariaDB-0+deb12u1", True, (10, 11, 19), frozenset({"insert", "delete"})),
        ("10.4.34-MariaDB", True, (10, 4, 34), frozenset()),
        ("11.4.2-MariaDB-ubu2404", True, (11, 4, 2), frozenset({"insert", "delete"})),
    ],
)
def test_mariadb_capabilities_come_from_the_server_version(
    version: str, mariadb: bool, numbers: tuple[int, ...], returning: frozenset[str]
) -> None:
    server = MySqlServer.parse(version)
    assert (server.mariadb, server.version) == (mariadb, numbers)
    dialect = MySqlDialect(server)
    assert dialect.returning == returning
    # one dialect's capabilities never leak into another instance
    assert MySqlDialect().returning == frozenset()


def test_kit_dialect_names_are_drizzle_kits() -> None:
    assert {engines.get(d).dialect for d in engines.KIT_DIALECTS} == {
        "postgresql",
        "mysql",
        "sqlite",
    }
