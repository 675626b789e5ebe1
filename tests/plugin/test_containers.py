"""The example project through Docker containers (testcontainers), end to end: each engine,
``--db=all`` on two xdist workers, kept containers reused per engine, ``--db-image`` per engine,
and the containers of a run killed with SIGKILL removed by the next run (no Ryuk).

Needs a Docker engine with the images (``postgres:17-alpine``, ``postgres:17``, ``mariadb:11``,
``mysql:8.4``); deselected by default, run with ``pytest -m containers tests/plugin``.  Each run
here sees no server URL and no local binaries, so the containers path is the only one.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.servers.containers import (
    KEPT_LABEL,
    PID_LABEL,
    docker_available,
    harness_containers,
    owner_of_labels,
)
from tests.plugin.conftest import header

pytestmark = [pytest.mark.containers, pytest.mark.usefixtures("containers_only")]

IMAGES = {"postgres": "postgres:17-alpine", "mariadb": "mariadb:11", "mysql": "mysql:8.4"}


@pytest.fixture
def containers_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Subprocess runs get a server from a container or not at all."""
    if not docker_available():
        message = "no Docker engine answers (or testcontainers is not installed)"
        if os.environ.get("HARNESS_REQUIRE_SERVERS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    for name in ("HARNESS_POSTGRES_URL", "HARNESS_MYSQL_URL", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HARNESS_LOCAL_SERVERS", "0")
    monkeypatch.setenv("TESTCONTAINERS_RYUK_DISABLED", "true")
    if "TESTCONTAINERS_CONNECTION_MODE" not in os.environ:
        monkeypatch.setenv("TESTCONTAINERS_CONNECTION_MODE", "docker_host")


@pytest.fixture
def kept() -> Iterator[None]:
    """Remove the containers kept during the test."""
    before = {c.id for c in harness_containers(kept="1")}
    yield
    for container in harness_containers(kept="1"):
        if container.id not in before:
            with contextlib.suppress(Exception):
                container.remove(force=True, v=True)


def run(pytester: pytest.Pytester, *args: str, passed: int = 12) -> tuple[str, float]:
    """Run the example project; returns its (only) header line and the run's seconds."""
    started = time.perf_counter()
    result = pytester.runpytest_subprocess(*args, "-p", "no:cacheprovider")
    seconds = time.perf_counter() - started
    result.assert_outcomes(passed=passed)
    (line,) = header(result)
    return line, seconds


def ready(line: str) -> float:
    match = re.search(r"server ready in ([0-9.]+)s", line)
    assert match, line
    return float(match.group(1))


def container_id(line: str) -> str:
    match = re.search(r"\(container \S+ ([0-9a-f]{12})", line)
    assert match, line
    return match.group(1)


def unkept() -> set[str]:
    return {str(c.short_id) for c in harness_containers(kept="0")}


@pytest.mark.parametrize("engine", ["postgres", "mariadb", "mysql"])
def test_each_engine_in_a_container(
    pytester: pytest.Pytester, blog: Path, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # testcontainers reads these; the harness passes its credentials explicitly
    monkeypatch.setenv("MYSQL_PASSWORD", "secret")
    monkeypatch.setenv("POSTGRES_PASSWORD", "secret")
    monkeypatch.setenv("POSTGRES_USER", "someone")
    before = unkept()
    line, seconds = run(pytester, f"--db={engine}")
    assert f"(container {IMAGES[engine]} " in line, line
    assert container_id(line) not in unkept()  # stopped and removed at the end of the run
    assert unkept() <= before
    print(f"cold {engine}: server ready in {ready(line):.2f}s, run {seconds:.1f}s")


def test_all_engines_on_two_workers(pytester: pytest.Pytester, blog: Path) -> None:
    before = unkept()
    result = pytester.runpytest_subprocess("--db=all", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=36)
    lines = header(result)
    assert len(lines) == 3, lines
    assert any(f"(container {IMAGES['postgres']} " in line for line in lines), lines
    assert any(f"(container {IMAGES['mysql']} " in line for line in lines), lines
    assert unkept() <= before


@pytest.mark.usefixtures("kept")
@pytest.mark.parametrize("engine", ["postgres", "mariadb", "mysql"])
def test_keep_then_reuse(pytester: pytest.Pytester, blog: Path, engine: str) -> None:
    first, first_s = run(pytester, f"--db={engine}", "--db-keep")
    kept_id = container_id(first)
    assert f"kept: reuse with --db-reuse, remove with docker rm -f {kept_id}" in first
    (record,) = [c for c in harness_containers(engine=engine, kept="1") if c.short_id == kept_id]
    assert record.status == "running"
    second, second_s = run(pytester, f"--db={engine}", "--db-reuse")
    assert f"(container {IMAGES[engine]} {kept_id} (reused))" in second, second
    if engine == "postgres":  # MySQL has no templates: each worker database loads the schema
        assert "reused (cached)" in second
    print(
        f"{engine}: cold (--db-keep) server ready in {ready(first):.2f}s, run {first_s:.1f}s; "
        f"warm (--db-reuse) server ready in {ready(second):.2f}s, run {second_s:.1f}s"
    )


@pytest.mark.usefixtures("kept")
def test_kept_containers_are_per_engine_and_replaced(pytester: pytest.Pytester, blog: Path) -> None:
    first, _ = run(pytester, "--db=mariadb", "--db-keep")
    maria = container_id(first)
    # MySQL shares MariaDB's Kit dialect, not its server: no reuse across engines
    other, _ = run(pytester, "--db=mysql", "--db-reuse")
    assert maria not in other and "(container mysql:8.4 " in other, other
    # a second --db-keep replaces the first instead of losing track of it
    second, _ = run(pytester, "--db=mariadb", "--db-keep")
    replacement = container_id(second)
    assert replacement != maria and f"replaced kept {maria}" in second, second
    ids = {c.short_id for c in harness_containers(engine="mariadb", kept="1")}
    assert maria not in ids and replacement in ids


def test_db_image_per_engine(pytester: pytest.Pytester, blog: Path) -> None:
    line, _ = run(
        pytester, "--db=postgres", "--db-image=postgres=postgres:17", "--db-image=mysql=mysql:8.4"
    )
    assert "(container postgres:17 " in line, line
    line, _ = run(pytester, "--db=mariadb", "--db-image=mariadb:11")  # bare: the one engine
    assert "(container mariadb:11 " in line, line


HANG = """
import os
import time
from pathlib import Path


def test_hangs(db):
    Path(os.environ["HANG_STARTED"]).write_text("started")
    time.sleep(300)
"""


def owned_by(pid: int) -> list[Any]:
    return [c for c in harness_containers() if (c.labels or {}).get(PID_LABEL) == str(pid)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="owners are checked via /proc")
def test_containers_of_a_killed_run_are_removed_by_the_next_run(
    pytester: pytest.Pytester, blog: Path, tmp_path: Path
) -> None:
    (blog / "tests" / "test_hang.py").write_text(HANG)
    started = tmp_path / "started"
    args = ["-p", "no:cacheprovider", "--db=postgres", "tests/test_hang.py"]
    victim = subprocess.Popen(
        [sys.executable, "-m", "pytest", *args],
        cwd=blog,
        env={**os.environ, "HANG_STARTED": str(started)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, killed as a whole
    )
    try:
        deadline = time.monotonic() + 120
        while not started.exists():
            assert time.monotonic() < deadline, "the run never reached its test"
            assert victim.poll() is None, "the run ended early"
            time.sleep(0.2)
    finally:
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
    left = owned_by(victim.pid)
    assert len(left) == 1 and left[0].status == "running", left  # nothing stopped it
    assert (left[0].labels or {}).get(KEPT_LABEL) == "0"
    owner = owner_of_labels(left[0].labels)
    assert owner is not None and not owner.alive()
    print(f"after SIGKILL: {len(left)} container left by the killed run ({left[0].short_id})")

    (blog / "tests" / "test_hang.py").unlink()
    run(pytester, "--db=postgres")
    remaining = owned_by(victim.pid)
    assert remaining == [], remaining
    print(f"after the next run: {len(remaining)} containers with the dead owner")
