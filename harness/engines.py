"""The one registry of database engines: every name, scheme, driver and server fact in one place.

Everything that needs to go from a name the user typed (``--db=postgres``, ``mariadb://...``,
``dialect: "postgresql"`` in a Kit config, a psycopg connection) to the code that serves it
asks this module, so there is one vocabulary:

=========  ==============================  ============  =========================
engine     also accepted as                Kit dialect   URL schemes
=========  ==============================  ============  =========================
postgres   postgresql, pg                  postgresql    postgresql://, postgres://
mysql                                      mysql         mysql://
mariadb                                    mysql         mariadb://
sqlite     turso, file                     sqlite        sqlite://, file:, *.db path
=========  ==============================  ============  =========================

A record's loaders import lazily, so the registry costs nothing for engines a run never uses
(and the PostgreSQL driver need not be installed to use SQLite).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from harness.core.database import Database
    from harness.core.dialect import Dialect
    from harness.servers.base import Server


class DialectPackage(Protocol):
    """What a dialect package's ``session`` module offers ``connect()`` and ``mock()``."""

    def open_url(self, url: str, prepare: bool = True, **options: Any) -> Database: ...

    def open_client(self, client: Any, prepare: bool = True, **options: Any) -> Database: ...

    def open_mock(self, **options: Any) -> Database: ...


#: starts a container from an image with these labels: (the testcontainers object, the URL)
ContainerStarter = Callable[[str, dict[str, str]], tuple[Any, str]]
#: starts a temporary local server process from the installed binaries
LocalStarter = Callable[[bool], "Server"]


@dataclass(frozen=True)
class Engine:
    """One database engine the harness can serve."""

    #: canonical name, as ``--db`` takes it
    name: str
    #: other names accepted wherever an engine is named
    aliases: tuple[str, ...]
    #: the Kit / drizzle-kit ``dialect`` (``postgresql``, ``mysql``, ``sqlite``)
    dialect: str
    #: the engine whose configuration files and markers this one shares (MariaDB: mysql)
    family: str
    #: URL schemes that open this engine (``+driver`` suffixes are ignored)
    url_schemes: tuple[str, ...]
    #: top-level module of the driver's connection class (``connect(client=...)``)
    driver_module: str
    #: environment variables holding a server URL for this engine, most specific first
    url_env: tuple[str, ...]
    #: default container image (None: needs no server)
    image: str | None
    #: the server binaries a local temporary server needs, for messages
    binaries: str | None
    load_package: Callable[[], DialectPackage]
    load_dialect: Callable[[], type[Dialect]]
    start_container: ContainerStarter | None = None
    start_local: LocalStarter | None = None
    #: the driver takes host lists (``h1:5432,h2:5433``) and ``?host=/socket/dir`` (libpq)
    url_host_lists: bool = False
    #: a URL without a database name cannot be migrated (libpq falls back to the user's)
    url_needs_database: bool = False

    @property
    def serverless(self) -> bool:
        """True when databases are files and no server process is involved."""
        return self.image is None

    def package(self) -> DialectPackage:
        return self.load_package()

    def dialect_class(self) -> type[Dialect]:
        return self.load_dialect()


# -- lazy loaders (imports happen on first use) ----------------------------------------------
def _pg_package() -> DialectPackage:
    from harness.pg import session

    return session


def _pg_dialect() -> type[Dialect]:
    from harness.pg.dialect import PgDialect

    return PgDialect


def _mysql_package() -> DialectPackage:
    from harness.mysql import session

    return session


def _mysql_dialect() -> type[Dialect]:
    from harness.mysql.dialect import MySqlDialect

    return MySqlDialect


def _sqlite_package() -> DialectPackage:
    from harness.sqlite import session

    return session


def _sqlite_dialect() -> type[Dialect]:
    from harness.sqlite.dialect import SQLiteDialect

    return SQLiteDialect


def _pg_container(image: str, labels: dict[str, str]) -> tuple[Any, str]:
    from harness.servers.containers import postgres_container

    return postgres_container(image, labels)


def _mysql_container(image: str, labels: dict[str, str]) -> tuple[Any, str]:
    from harness.servers.containers import mysql_container

    return mysql_container(image, labels)


def _pg_local(keep: bool) -> Server:
    from harness.servers.local import start_local_postgres

    return start_local_postgres(keep=keep)


def _mariadb_local(keep: bool) -> Server:
    from harness.servers.local import start_local_mariadb

    return start_local_mariadb(keep=keep)


_MYSQL = Engine(
    name="mysql",
    aliases=(),
    dialect="mysql",
    family="mysql",
    url_schemes=("mysql",),
    driver_module="pymysql",
    url_env=("HARNESS_MYSQL_URL",),
    image="mysql:8.4",
    binaries="mariadb-install-db/mariadbd",
    load_package=_mysql_package,
    load_dialect=_mysql_dialect,
    start_container=_mysql_container,
    start_local=_mariadb_local,
    url_needs_database=True,
)

ENGINES: tuple[Engine, ...] = (
    Engine(
        name="sqlite",
        aliases=("turso", "file"),
        dialect="sqlite",
        family="sqlite",
        url_schemes=("sqlite", "file"),
        driver_module="sqlite3",
        url_env=(),
        image=None,
        binaries=None,
        load_package=_sqlite_package,
        load_dialect=_sqlite_dialect,
    ),
    Engine(
        name="postgres",
        aliases=("postgresql", "pg"),
        dialect="postgresql",
        family="postgres",
        url_schemes=("postgresql", "postgres"),
        driver_module="psycopg",
        url_env=("HARNESS_POSTGRES_URL",),
        image="postgres:17-alpine",
        binaries="initdb/pg_ctl",
        load_package=_pg_package,
        load_dialect=_pg_dialect,
        start_container=_pg_container,
        start_local=_pg_local,
        url_host_lists=True,
    ),
    _MYSQL,
    # MariaDB speaks MySQL: the same record but for its name, scheme and image
    replace(_MYSQL, name="mariadb", url_schemes=("mariadb",), image="mariadb:11"),
)

_BY_NAME: dict[str, Engine] = {}
for _engine in ENGINES:
    for _key in (_engine.name, *_engine.aliases):
        _BY_NAME.setdefault(_key, _engine)
#: Kit dialects map to the first engine that declares them (mysql -> mysql, not mariadb)
for _engine in ENGINES:
    _BY_NAME.setdefault(_engine.dialect, _engine)
_BY_SCHEME = {scheme: e for e in ENGINES for scheme in e.url_schemes}
_BY_DRIVER: dict[str, Engine] = {}
for _engine in ENGINES:
    _BY_DRIVER.setdefault(_engine.driver_module, _engine)

#: canonical names in the order ``--db`` lists them
NAMES: tuple[str, ...] = tuple(e.name for e in ENGINES)
#: Kit dialect names (drizzle-kit's spelling) and their aliases
KIT_DIALECTS: tuple[str, ...] = ("postgresql", "mysql", "sqlite", "turso")


class UnknownEngine(ValueError):
    """A name, scheme or driver object no engine serves; the message lists what is."""


def get(name: str) -> Engine:
    """The engine for a name or alias (``postgres``, ``postgresql``, ``pg``, ``mariadb`` ...)."""
    try:
        return _BY_NAME[name.lower()]
    except KeyError:
        raise UnknownEngine(
            f"unknown database engine {name!r}; use one of {', '.join(NAMES)}"
        ) from None


def scheme_of(url: str) -> str | None:
    """The URL's scheme without a ``+driver`` suffix; None for a bare SQLite path."""
    scheme, sep, _ = url.partition("://")
    if not sep:
        return "file" if url.startswith("file:") else None
    return scheme.split("+")[0].lower()


def for_url(url: str) -> Engine:
    """The engine a URL opens, after ``harness.urls.parse`` accepted it (which raises
    ``harness.urls.InvalidUrl``, a ``ValueError``, naming what is wrong: no scheme, no host, a
    bad port, an unknown scheme ...).  A bare path is a SQLite file only with a ``.db``,
    ``.sqlite`` or ``.sqlite3`` suffix."""
    from harness import urls

    return urls.parse(url).engine


def for_scheme(scheme: str) -> Engine:
    """The engine of a URL scheme (without its ``+driver`` suffix)."""
    try:
        return _BY_SCHEME[scheme.lower()]
    except KeyError:
        raise UnknownEngine(
            f"unsupported database URL scheme {scheme!r}; use one of {sorted(_BY_SCHEME)} "
            f"(e.g. postgresql://user@host/db, mysql://root@host/db, sqlite:///path.db)"
        ) from None


def for_client(client: object) -> Engine:
    """The engine of a driver connection object (psycopg, PyMySQL or sqlite3)."""
    root = type(client).__module__.split(".")[0]
    try:
        return _BY_DRIVER[root]
    except KeyError:
        drivers = ", ".join(sorted(_BY_DRIVER))
        raise UnknownEngine(
            f"connect(client=...): unsupported driver object {type(client).__qualname__} "
            f"from {root!r}; use a connection from one of: {drivers}"
        ) from None
