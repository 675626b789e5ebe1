"""``connect()``: pick the dialect from the URL scheme (or the driver object) and open it.

The registry maps schemes and driver modules to the dialect package that opens them, so
this module never branches on a dialect itself.
"""

from __future__ import annotations

import importlib
from typing import Any

from harness.core.database import Database

#: URL scheme -> module with ``open_url``/``open_client``
SCHEMES: dict[str, str] = {
    "postgresql": "harness.pg.session",
    "postgres": "harness.pg.session",
    "mysql": "harness.mysql.session",
    "mariadb": "harness.mysql.session",
    "sqlite": "harness.sqlite.session",
    "file": "harness.sqlite.session",
}

#: top-level module of a driver connection's class -> module that wraps it
CLIENT_MODULES: dict[str, str] = {
    "psycopg": "harness.pg.session",
    "pymysql": "harness.mysql.session",
    "sqlite3": "harness.sqlite.session",
}


def dialect_module(url: str) -> str:
    """The module that opens ``url``; a URL without a scheme is a SQLite file path."""
    scheme, sep, _ = url.partition("://")
    if not sep:
        if url.startswith("file:"):
            return SCHEMES["file"]
        return SCHEMES["sqlite"]
    try:
        return SCHEMES[scheme.split("+")[0].lower()]
    except KeyError:
        raise ValueError(
            f"unsupported database URL scheme {scheme!r}; use one of "
            f"{sorted(SCHEMES)} (e.g. postgresql://user@host/db, mysql://root@host/db, "
            f"sqlite:///path.db)"
        ) from None


def connect(
    url: str | None = None,
    *,
    client: Any = None,
    casing: str | None = None,
    schema: Any = None,
    prepare: bool = True,
    logger: Any = None,
) -> Database:
    """Open a database: ``connect("postgresql://...")`` or ``connect(client=conn)``.

    ``casing`` renames columns declared without a name (``"snake_case"``/``"camelCase"``);
    ``logger=True`` logs each statement to the ``harness`` logger, an object with
    ``log_query(sql, params)`` receives each one; ``prepare=False`` turns off server-side
    prepared statements (PgBouncer/Supabase transaction pooling).
    """
    options: dict[str, Any] = {"casing": casing, "schema": schema, "logger": logger}
    if client is not None:
        if url is not None:
            raise ValueError("connect(): pass either a URL or client=, not both")
        root = type(client).__module__.split(".")[0]
        try:
            module = CLIENT_MODULES[root]
        except KeyError:
            raise TypeError(
                f"connect(client=...): unsupported driver object {type(client).__qualname__} "
                f"from {root!r}; use a psycopg, pymysql or sqlite3 connection"
            ) from None
        return importlib.import_module(module).open_client(client, prepare=prepare, **options)  # type: ignore[no-any-return]
    if url is None:
        raise ValueError("connect(): pass a database URL or client=<driver connection>")
    opener = importlib.import_module(dialect_module(url))
    return opener.open_url(url, prepare=prepare, **options)  # type: ignore[no-any-return]


def mock(dialect: str, *, casing: str | None = None, schema: Any = None) -> Database:
    """A database that compiles queries for ``dialect`` without connecting (Drizzle's mock).

    ``dialect`` is a URL scheme name: ``"postgresql"``, ``"mysql"``, ``"mariadb"``, ``"sqlite"``.
    """
    try:
        module = SCHEMES[dialect.lower()]
    except KeyError:
        raise ValueError(f"mock({dialect!r}): use one of {sorted(SCHEMES)}") from None
    opener = importlib.import_module(module)
    return opener.open_mock(casing=casing, schema=schema)  # type: ignore[no-any-return]
