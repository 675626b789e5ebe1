"""Servers in containers through testcontainers, when a Docker engine answers.

Images default to ``postgres:17-alpine``, ``mysql:8.4`` and ``mariadb:11``; durability is turned
off for speed.  Ryuk (testcontainers' reaper) stays on, so a killed run's containers are removed
by Docker; ``keep`` disables the stop at exit (the container id is printed for ``--db-reuse``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.servers.base import Server, ServerUnavailable

if TYPE_CHECKING:
    from harness.engines import Engine

log = logging.getLogger("harness.servers")


def docker_available() -> bool:
    """True when testcontainers is installed and a Docker engine answers a ping."""
    try:
        import docker
    except ImportError:
        return False
    try:
        client = docker.from_env()
        client.ping()
    except Exception:
        return False
    return True


def postgres_container(image: str) -> tuple[Any, str]:
    from testcontainers.postgres import PostgresContainer

    container: Any = PostgresContainer(
        image, username="postgres", password="postgres", dbname="postgres"
    ).with_command("postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    container.start()
    host, port = container.get_container_host_ip(), container.get_exposed_port(5432)
    return container, f"postgresql://postgres:postgres@{host}:{port}/postgres"


def mysql_container(image: str) -> tuple[Any, str]:
    from testcontainers.mysql import MySqlContainer

    container: Any = MySqlContainer(image, username="root", root_password="test", dbname="test")
    container.with_command("--innodb-flush-log-at-trx-commit=0 --skip-log-bin")
    container.start()
    host, port = container.get_container_host_ip(), container.get_exposed_port(3306)
    return container, f"mysql://root:test@{host}:{port}/test"


def _kept_file(dialect: str) -> Path:
    from harness.servers.local import servers_dir

    return servers_dir() / f"container-{dialect}.json"


def kept_container(dialect: str) -> Server | None:
    """A container kept by an earlier run (``--db-keep``) that is still running."""
    path = _kept_file(dialect)
    if not path.exists():
        return None
    info = json.loads(path.read_text())
    try:
        import docker

        container = docker.from_env().containers.get(info["id"])
        if container.status != "running":
            raise LookupError(container.status)
    except Exception:
        path.unlink(missing_ok=True)
        return None
    server = Server(dialect, info["url"], f"container {info['image']} (reused)")
    server.details["container_id"] = info["id"]
    server.fill_version()
    return server


def start_container(engine: Engine, image: str | None = None, keep: bool = False) -> Server:
    """Start ``image`` (default: the engine's) and return its server; stopped at exit unless
    kept (a kept container is recorded so that ``--db-reuse`` finds it next time)."""
    chosen = image or engine.image
    dialect = engine.dialect
    if chosen is None or engine.start_container is None:
        raise ServerUnavailable(f"{engine.name} does not run in a container")
    try:
        container, url = engine.start_container(chosen)
    except ImportError:
        raise ServerUnavailable(
            "testcontainers is not installed: pip install 'drizzle-harness[containers]'"
        ) from None
    server = Server(dialect, url, f"container {chosen}")
    container_id = container.get_wrapped_container().id
    if keep:
        _kept_file(dialect).write_text(
            json.dumps({"id": container_id, "url": url, "image": chosen})
        )
    else:
        server.stopper = container.stop
    server.details["container_id"] = container_id
    server.fill_version()
    return server
