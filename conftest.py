"""The repo's own test wiring: which database engine the suite runs against.

``pytest`` runs on SQLite; ``pytest --db=postgres`` / ``--db=mysql`` run the same suite against
the servers named by ``HARNESS_POSTGRES_URL`` / ``HARNESS_MYSQL_URL`` (defaults: the local
services).  ``--db`` is the harness plugin's option; this file's fixtures (``db`` and friends)
override the plugin's for the repo's own tests, which need empty databases, not migrated ones.
Each test gets an empty database: a fresh SQLite file, a PostgreSQL database whose schemas are
reset, or a MySQL database dropped and created again.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest_plugins = ["pytester"]

DEFAULT_URLS = {
    "postgres": "postgresql://postgres@127.0.0.1:5432/test",
    "mysql": "mysql://root@127.0.0.1:3306/test",
}
ENV_URLS = {"postgres": "HARNESS_POSTGRES_URL", "mysql": "HARNESS_MYSQL_URL"}
# the plugin reads the same variables: point it at the local services unless told otherwise
for _name, _var in ENV_URLS.items():
    os.environ.setdefault(_var, DEFAULT_URLS[_name])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dialects(*names): run only on these engines")
    if config.getoption("--db") in ("all", "mariadb"):
        raise pytest.UsageError("the repo's own suite runs with --db=sqlite|postgres|mysql")


def _engine(config: pytest.Config) -> str:
    return str(config.getoption("--db") or "sqlite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    current = _engine(config)
    for item in items:
        marker = item.get_closest_marker("dialects")
        if marker is not None and current not in marker.args:
            item.add_marker(pytest.mark.skip(reason=f"only for {', '.join(marker.args)}"))


@pytest.fixture(scope="session")
def dialect(request: pytest.FixtureRequest) -> str:
    """The engine under test: ``sqlite``, ``postgres`` or ``mysql``."""
    return _engine(request.config)


@pytest.fixture(scope="session")
def server_url(dialect: str) -> str | None:
    if dialect == "sqlite":
        return None
    return os.environ.get(ENV_URLS[dialect], DEFAULT_URLS[dialect])


#: the suite's own database on each server, one per process: ``harness_t_<owner>_<random>``
SUITE_PREFIX = "harness_t_"


@pytest.fixture(scope="session")
def test_database(dialect: str, server_url: str | None) -> Iterator[str | None]:
    """A database of our own on the server for the whole run (dropped afterwards)."""
    if server_url is None:
        yield None
        return
    from harness.servers.owners import Owner, owned_name, reap
    from harness.servers.url import url_server
    from tests.support import servers

    # the name carries this process (host, pid, start): a run killed before its teardown
    # leaves its database behind, and the next run drops it here
    reap(url_server(server_url), (SUITE_PREFIX,))
    name = owned_name(SUITE_PREFIX, Owner.current(), uuid.uuid4().hex[:6])
    url = servers.create_database(dialect, server_url, name)
    try:
        yield url
    finally:
        servers.drop_database(dialect, server_url, name)


@pytest.fixture
def db_url(dialect: str, test_database: str | None, tmp_path: Path) -> str:
    """URL of an empty database for this test."""
    if test_database is None:
        return f"sqlite:///{tmp_path / 'test.db'}"
    from tests.support import servers

    servers.reset_database(dialect, test_database)
    return test_database


@pytest.fixture
def db(db_url: str) -> Iterator[Any]:
    """A ``harness`` Database on an empty database."""
    from harness import connect

    database = connect(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def schema(dialect: str) -> ModuleType:
    """The seed's users/posts/comments schema declared for the engine under test."""
    from tests.schemas import for_dialect

    return for_dialect(dialect)


@pytest.fixture
def blog_db(db: Any, schema: ModuleType) -> Any:
    """``db`` with the seed schema created."""
    from harness.kit.push import push

    push(db, schema)
    return db
