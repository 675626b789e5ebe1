"""Servers in containers through testcontainers, when a Docker engine answers.

Images default to ``postgres:17-alpine``, ``mysql:8.4`` and ``mariadb:11`` (``--db-image``
overrides them per engine); durability is turned off for speed.  Credentials are passed to
testcontainers explicitly, so ``MYSQL_PASSWORD`` / ``POSTGRES_USER`` ... in the environment
(which testcontainers would otherwise read) do not change the server's password.

Reaping does not rely on Ryuk (testcontainers' reaper: often disabled, and unreliable upstream).
Every container the harness starts carries labels (``LABEL=1``, the engine, the image, its owner
as in ``harness.servers.owners``: host, pid, process start; kept or not).  Each set-up removes
the harness containers whose owner ran on this host and is gone (a run killed with SIGKILL),
unless they are kept.  The labels are also the record of kept containers (``--db-keep``): one
per engine and image; ``--db-reuse`` finds it, and a new ``--db-keep`` replaces it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.servers.base import Server, ServerUnavailable
from harness.servers.owners import Owner

if TYPE_CHECKING:
    from harness.engines import Engine

log = logging.getLogger("harness.servers")

#: every container the harness starts has this label, set to ``1``
LABEL = "drizzle-harness"
ENGINE_LABEL = f"{LABEL}.engine"
IMAGE_LABEL = f"{LABEL}.image"
KEPT_LABEL = f"{LABEL}.kept"
HOST_LABEL = f"{LABEL}.owner.host"
PID_LABEL = f"{LABEL}.owner.pid"
START_LABEL = f"{LABEL}.owner.start"

#: the port each engine's server listens on inside its container
PORTS = {"postgres": 5432, "mysql": 3306, "mariadb": 3306}
PG_USER, PG_PASSWORD, PG_DB = "postgres", "postgres", "postgres"
MYSQL_USER, MYSQL_PASSWORD, MYSQL_DB = "root", "test", "test"


def _client() -> Any:
    import docker

    return docker.from_env()


def _no_local_socket() -> bool:
    """True when Docker is reached through a local socket that does not exist: then no engine
    can answer, and importing the Docker SDK (~0.15 s) is not worth it."""
    host = os.environ.get("DOCKER_HOST", "")
    if host and not host.startswith("unix://"):
        return False  # tcp:// or ssh://: only a ping can tell
    path = host[len("unix://") :] if host else "/var/run/docker.sock"
    return not Path(path).exists()


def docker_available() -> bool:
    """True when the Docker SDK is installed and a Docker engine answers a ping."""
    if _no_local_socket():
        return False
    try:
        import docker  # noqa: F401
    except ImportError:
        return False
    try:
        client = _client()
        try:
            client.ping()
        finally:
            client.close()
    except Exception:
        return False
    return True


def labels(engine: str, image: str, keep: bool, owner: Owner | None = None) -> dict[str, str]:
    """The labels of a container the harness starts."""
    owner = owner or Owner.run()
    return {
        LABEL: "1",
        ENGINE_LABEL: engine,
        IMAGE_LABEL: image,
        KEPT_LABEL: "1" if keep else "0",
        HOST_LABEL: owner.host,
        PID_LABEL: str(owner.pid),
        START_LABEL: owner.start,
    }


def owner_of_labels(found: dict[str, str]) -> Owner | None:
    """The owner recorded in a container's labels, else None."""
    host, pid, start = found.get(HOST_LABEL), found.get(PID_LABEL), found.get(START_LABEL)
    if not host or not pid or not pid.isdigit() or not start:
        return None
    return Owner(host, int(pid), start)


def url_for(engine: str, host: str, port: int) -> str:
    """The admin URL of ``engine``'s container reachable at ``host:port``."""
    if engine == "postgres":
        return f"postgresql://{PG_USER}:{PG_PASSWORD}@{host}:{port}/{PG_DB}"
    return f"mysql://{MYSQL_USER}:{MYSQL_PASSWORD}@{host}:{port}/{MYSQL_DB}"


def postgres_container(image: str, tags: dict[str, str]) -> tuple[Any, str]:
    try:
        from testcontainers.community.postgres import PostgresContainer
    except ImportError:  # testcontainers before the community/ split
        from testcontainers.postgres import PostgresContainer

    container: Any = PostgresContainer(
        image, username=PG_USER, password=PG_PASSWORD, dbname=PG_DB
    ).with_command("postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    container.with_kwargs(labels=tags)
    return _started(container, "postgres")


def mysql_container(image: str, tags: dict[str, str]) -> tuple[Any, str]:
    try:
        from testcontainers.community.mysql import MySqlContainer
    except ImportError:  # testcontainers before the community/ split
        from testcontainers.mysql import MySqlContainer

    # as root, testcontainers takes the root password from ``password`` (default: the
    # MYSQL_PASSWORD variable): both are given so that the environment cannot change them
    container: Any = MySqlContainer(
        image,
        username=MYSQL_USER,
        root_password=MYSQL_PASSWORD,
        password=MYSQL_PASSWORD,
        dbname=MYSQL_DB,
    )
    container.with_command("--innodb-flush-log-at-trx-commit=0 --skip-log-bin")
    container.with_kwargs(labels=tags)
    return _started(container, "mysql")


def _started(container: Any, engine: str) -> tuple[Any, str]:
    try:
        container.start()
    except BaseException:
        # a container that failed its readiness check is still there: remove it now
        wrapped = getattr(container, "_container", None)
        if wrapped is not None:
            try:
                wrapped.remove(force=True, v=True)
            except Exception as exc:
                log.warning("could not remove a container that failed to start: %s", exc)
        raise
    host, port = container.get_container_host_ip(), container.get_exposed_port(PORTS[engine])
    return container, url_for(engine, host, int(port))


def _address(container_id: str, port: int) -> tuple[str, int]:
    """Where a running container's ``port`` is reached from here (as testcontainers does)."""
    from testcontainers.core.config import ConnectionMode
    from testcontainers.core.docker_client import DockerClient

    client = DockerClient()
    mode = client.get_connection_mode()
    if mode == ConnectionMode.docker_host:
        host = client.host()
    elif mode == ConnectionMode.gateway_ip:
        host = client.gateway_ip(container_id)
    else:
        host = client.bridge_ip(container_id)
    if mode.use_mapped_port:
        port = int(client.port(container_id, port))
    return host, port


def harness_containers(**wanted: str) -> list[Any]:
    """The containers (running or not) the harness started, with these label values
    (``engine=``, ``image=``, ``kept=``)."""
    keys = {"engine": ENGINE_LABEL, "image": IMAGE_LABEL, "kept": KEPT_LABEL}
    filters = [f"{LABEL}=1", *(f"{keys[k]}={v}" for k, v in wanted.items())]
    client = _client()
    try:
        found: list[Any] = client.containers.list(all=True, filters={"label": filters})
    finally:
        client.close()
    return found


def reap_containers() -> list[str]:
    """Remove the harness's containers whose owner ran on this host and is gone (a run killed
    before it could stop them), unless kept; returns their short ids.  A container that cannot
    be removed is logged and left."""
    removed = []
    for container in harness_containers():
        found = container.labels or {}
        if found.get(KEPT_LABEL) == "1":
            continue
        owner = owner_of_labels(found)
        if owner is None or owner.alive():
            continue
        try:
            container.remove(force=True, v=True)
        except Exception as exc:
            log.warning("could not remove container %s, left by a killed run: %s", container, exc)
            continue
        log.info("removed container %s, left by a killed run", container.short_id)
        removed.append(str(container.short_id))
    return removed


def remove_container(container_id: str) -> None:
    """Stop and remove the container ``container_id`` (a server another process of the same
    run started); a container that is gone already is fine."""
    client = _client()
    try:
        try:
            container = client.containers.get(container_id)
        except Exception as exc:
            if type(exc).__name__ == "NotFound":
                return
            raise
        container.remove(force=True, v=True)
    finally:
        client.close()


def kept_container(engine: Engine, image: str | None = None) -> Server | None:
    """The running container kept (``--db-keep``) for this engine and image (default: the
    engine's), the newest when there are several; None when there is none."""
    chosen = image or engine.image
    if chosen is None:
        return None
    for container in harness_containers(engine=engine.name, image=chosen, kept="1"):
        if container.status != "running":
            continue
        try:
            host, port = _address(container.id, PORTS[engine.name])
            server = Server(
                engine.dialect,
                url_for(engine.name, host, port),
                f"container {chosen} {container.short_id} (reused)",
            )
            server.details["container_id"] = container.id
            server.fill_version()
        except Exception as exc:
            log.info("kept container %s does not answer: %s", container.short_id, exc)
            continue
        return server
    return None


def _replace_kept(engine: Engine, image: str, current: str) -> list[str]:
    """Remove the containers kept earlier for this engine and image on this host: the one
    kept now replaces them (nothing else would ever find them)."""
    replaced = []
    for container in harness_containers(engine=engine.name, image=image, kept="1"):
        owner = owner_of_labels(container.labels or {})
        if container.id == current or owner is None or not owner.on_this_host():
            continue
        try:
            container.remove(force=True, v=True)
        except Exception as exc:
            log.warning("could not remove the earlier kept container %s: %s", container, exc)
            continue
        replaced.append(str(container.short_id))
    return replaced


def start_container(engine: Engine, image: str | None = None, keep: bool = False) -> Server:
    """Start ``image`` (default: the engine's) and return its server; stopped at exit unless
    kept (a kept container is found again by ``--db-reuse`` through its labels)."""
    chosen = image or engine.image
    if chosen is None or engine.start_container is None:
        raise ServerUnavailable(f"{engine.name} does not run in a container")
    try:
        container, url = engine.start_container(chosen, labels(engine.name, chosen, keep))
    except ImportError:
        raise ServerUnavailable(
            "testcontainers is not installed: pip install 'drizzle-harness[containers]'"
        ) from None
    except Exception as exc:
        raise ServerUnavailable(f"container {chosen} did not start: {exc}") from None
    wrapped = container.get_wrapped_container()
    how = f"container {chosen} {wrapped.short_id}"
    if keep:
        how += ", kept: reuse with --db-reuse, remove with docker rm -f " + wrapped.short_id
        replaced = _replace_kept(engine, chosen, wrapped.id)
        if replaced:
            how += f"; replaced kept {', '.join(replaced)}"
    server = Server(engine.dialect, url, how)
    if not keep:
        server.stopper = container.stop
    server.details["container_id"] = wrapped.id
    server.details["fresh"] = True  # started by this call (not a kept one found again)
    try:
        server.fill_version()
    except BaseException:
        if not keep:
            server.stop()
        raise
    return server
