"""Helpers for the plugin's own tests: each runs pytest in a subprocess on a project copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[2] / "examples" / "blog"


@pytest.fixture
def blog(pytester: pytest.Pytester) -> Path:
    """A fresh copy of examples/blog as the pytester project."""
    for item in EXAMPLE.iterdir():
        if item.name in ("__pycache__", ".pytest_cache", "__init__.py"):
            continue
        target = pytester.path / item.name
        if item.is_dir():
            shutil.copytree(item, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(item, target)
    return pytester.path


URLS = {
    "postgres": ("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
    "mariadb": ("HARNESS_MYSQL_URL", "mysql://root@127.0.0.1:3306/test"),
    "mysql": ("HARNESS_MYSQL_URL", "mysql://root@127.0.0.1:3306/test"),
}


def require(engine: str) -> None:
    """Skip when ``engine``'s server does not answer — unless HARNESS_REQUIRE_SERVERS=1 (CI),
    where a missing server must fail the run instead of hiding tests."""
    if engine == "sqlite":
        return
    import os

    from harness import connect

    var, default = URLS[engine]
    try:
        connect(os.environ.get(var, default)).close()
    except Exception as exc:
        if os.environ.get("HARNESS_REQUIRE_SERVERS") == "1":
            raise
        pytest.skip(f"{engine} server not reachable ({var}): {exc}")


@pytest.fixture
def servers() -> None:
    """The local PostgreSQL and MariaDB the plugin tests talk to."""
    require("postgres")
    require("mariadb")


#: a Docker endpoint that never answers: the harness then skips the containers path
NO_DOCKER = "unix:///nonexistent/docker.sock"


@pytest.fixture
def no_docker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Subprocess runs see no Docker engine, whether or not one answers on this machine (for
    tests of the local-binaries and no-server paths)."""
    monkeypatch.setenv("DOCKER_HOST", NO_DOCKER)


def header(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("harness: ")]
