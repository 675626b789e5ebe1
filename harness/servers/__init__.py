"""Ephemeral database servers, usable without pytest::

    with harness.servers.start("postgres") as server:
        url = server.create_database("harness_example")

Resolution for postgres/mysql/mariadb: a URL given (argument or ``HARNESS_POSTGRES_URL`` /
``HARNESS_MYSQL_URL`` / ``DATABASE_URL``) -> a container when a Docker engine answers -> local
server binaries (unless ``HARNESS_LOCAL_SERVERS=0``) -> ``ServerUnavailable`` listing the three
ways to get a server.  When Docker answers, set-up first removes the containers of killed runs
(``harness.servers.containers``: labelled with their owner, no Ryuk needed).
SQLite needs no server: databases are files in a directory.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness import engines, urls
from harness.servers.base import Server, ServerUnavailable
from harness.servers.containers import (
    docker_available,
    kept_container,
    reap_containers,
    remove_container,
    start_container,
)
from harness.servers.local import clean_stale_servers, kept_server, stop_local
from harness.servers.sqlite_server import SQLiteServer
from harness.servers.url import dialect_of_url, url_server
from harness.urls import mask_url

#: the name this helper is documented under in ``harness.servers``
mask = mask_url

log = logging.getLogger("harness.servers")


def env_url(dialect: str) -> str | None:
    """A server URL from the environment for ``dialect`` (an engine name, alias or Kit
    dialect; ``DATABASE_URL`` when its scheme fits)."""
    for name in engines.get(dialect).url_env:
        if os.environ.get(name):
            return os.environ[name]
    generic = os.environ.get("DATABASE_URL")
    if generic and _dialect_or_none(generic) == engines.get(dialect).dialect:
        return generic
    return None


def _dialect_or_none(url: str) -> str | None:
    """``DATABASE_URL`` is generic: one that is no database URL of ours does not fit."""
    try:
        return dialect_of_url(url)
    except ValueError:
        return None


def _memory_url(url: str) -> bool:
    """``--db-url=:memory:`` (or another in-memory form): each connection gets its own."""
    try:
        return urls.parse(url).memory
    except urls.InvalidUrl as exc:
        raise ServerUnavailable(str(exc)) from None


def _reap_containers() -> list[str]:
    """Remove containers of killed runs; set-up goes on when Docker refuses (they only cost
    memory)."""
    try:
        return reap_containers()
    except Exception as exc:
        log.warning("could not look for containers left by killed runs: %s", exc)
        return []


def how_to_get(name: str) -> str:
    engine = engines.get(name)
    return (
        f"no {name} server available. Get one in any of three ways: pass --db-url "
        f"(or set {engine.url_env[0]}) to use a running server; install Docker and "
        f"pip install 'drizzle-harness[containers]' for a container; or install the server "
        f"binaries ({engine.binaries}) for a local temporary server"
    )


def acquire(
    name: str,
    url: str | None = None,
    image: str | None = None,
    keep: bool = False,
    reuse: bool = False,
    directory: Path | None = None,
) -> Server:
    """A server for ``name`` (sqlite|postgres|mysql|mariadb); stop it with ``server.stop()``."""
    try:
        engine = engines.get(name)
    except engines.UnknownEngine as exc:
        raise ServerUnavailable(str(exc)) from None
    dialect = engine.dialect
    if engine.serverless:  # databases are files in a folder
        folder = directory or Path(tempfile.mkdtemp(prefix="harness-sqlite-"))
        server = SQLiteServer(folder)
        if directory is None:  # our own temporary folder goes away with the server
            server.stopper = lambda: shutil.rmtree(folder, ignore_errors=True)
        if url is not None and _memory_url(url):
            server.memory = True  # each connection gets a private in-memory database
            server.how = "sqlite :memory:"
            server.admin_url = ":memory:"
        return server
    url = url or env_url(name)
    if url:
        return url_server(url)
    clean_stale_servers()
    docker = docker_available()
    if docker:
        _reap_containers()
    if reuse:
        kept = kept_server(dialect) or (kept_container(engine, image) if docker else None)
        if kept is not None:
            return kept
    if docker:
        return start_container(engine, image, keep=keep)
    if os.environ.get("HARNESS_LOCAL_SERVERS", "1") == "0":
        raise ServerUnavailable(
            f"{how_to_get(name)} (local servers disabled: HARNESS_LOCAL_SERVERS=0)"
        )
    if engine.start_local is None:
        raise ServerUnavailable(how_to_get(name))
    try:
        return engine.start_local(keep)
    except ServerUnavailable as exc:
        raise ServerUnavailable(f"{how_to_get(name)} ({exc})") from None


def release(details: dict[str, object]) -> None:
    """Stop a server from its ``details`` alone (``Server.details``: the local server's home
    folder or the container's id), for a process other than the one that started it: the
    pytest plugin's controller stops the servers its xdist workers started."""
    if isinstance(details.get("home"), str):
        stop_local(Path(str(details["home"])))
    elif isinstance(details.get("container_id"), str):
        remove_container(str(details["container_id"]))


@contextmanager
def start(name: str, **options: object) -> Iterator[Server]:
    """Context-managed ``acquire``: the server is stopped on exit (unless ``keep=True``)."""
    server = acquire(name, **options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        if not options.get("keep"):
            server.stop()


__all__ = [
    "Server",
    "ServerUnavailable",
    "acquire",
    "clean_stale_servers",
    "env_url",
    "mask",
    "reap_containers",
    "release",
    "start",
]
