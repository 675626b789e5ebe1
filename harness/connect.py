"""``connect()`` and ``mock()``: the engine registry picks the dialect package from the URL
scheme (or the driver object's module) and opens it; nothing here branches on a dialect."""

from __future__ import annotations

from typing import Any

from harness import engines
from harness.core.database import Database


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

    A URL that cannot be right (no scheme, an empty host, a bad port, an unknown scheme) raises
    ``harness.InvalidUrl`` (a ``ValueError``) before anything is opened; ``harness.urls`` lists
    the accepted forms (a SQLite file: ``sqlite:///path``, ``file:path`` or a path ending in
    ``.db``/``.sqlite``/``.sqlite3``; in memory: ``:memory:``).
    """
    options: dict[str, Any] = {"casing": casing, "schema": schema, "logger": logger}
    if client is not None:
        if url is not None:
            raise ValueError("connect(): pass either a URL or client=, not both")
        try:
            package = engines.for_client(client).package()
        except engines.UnknownEngine as exc:
            raise TypeError(str(exc)) from None
        return package.open_client(client, prepare=prepare, **options)
    if url is None:
        raise ValueError("connect(): pass a database URL or client=<driver connection>")
    return engines.for_url(url).package().open_url(url, prepare=prepare, **options)


def mock(dialect: str, *, casing: str | None = None, schema: Any = None) -> Database:
    """A database that compiles queries for ``dialect`` without connecting (Drizzle's mock).

    ``dialect`` is an engine name or alias: ``"postgresql"``, ``"mysql"``, ``"mariadb"``,
    ``"sqlite"`` (see ``harness.engines``).
    """
    try:
        engine = engines.get(dialect)
    except engines.UnknownEngine as exc:
        raise ValueError(f"mock({dialect!r}): {exc}") from None
    return engine.package().open_mock(casing=casing, schema=schema)
