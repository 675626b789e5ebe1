"""What runs leave on a server, end to end: worker databases of a run killed with SIGKILL are
dropped by the next run, and templates are shared by content and dropped when idle."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from harness.servers.base import Server
from harness.servers.owners import abandoned, owner_of
from harness.servers.url import url_server
from harness_pytest.lifecycle import TEMPLATE_IDLE_DAYS, TEMPLATE_PREFIX, WORKER_PREFIX
from tests.plugin.conftest import URLS, header

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("servers")]

HANG = """
import time

import pytest


@pytest.mark.parametrize("n", range(4))
def test_hangs(db, n):
    time.sleep(300)
"""


def server(engine: str) -> Server:
    var, default = URLS[engine]
    return url_server(os.environ.get(var, default))


def process_group(pgid: int) -> set[int]:
    """The pids in process group ``pgid`` (Linux /proc)."""
    pids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2 :].split()
        if int(fields[2]) == pgid:
            pids.add(int(stat.parent.name))
    return pids


def owned_by(names: list[str], pids: set[int]) -> list[str]:
    found = []
    for name in names:
        owner = owner_of(name, WORKER_PREFIX)
        if owner is not None and owner.on_this_host() and owner.pid in pids:
            found.append(name)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the victims via /proc")
def test_worker_databases_of_a_killed_run_are_dropped_by_the_next_run(
    pytester: pytest.Pytester, blog: Path
) -> None:
    (blog / "tests" / "test_hang.py").write_text(HANG)
    common = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_hang.py"]
    runs = {  # PostgreSQL with two xdist workers (three processes), MariaDB serially
        "postgres": [*common, "--db=postgres", "-p", "xdist", "-n", "2"],
        "mariadb": [*common, "--db=mariadb"],
    }
    expected = {"postgres": 2, "mariadb": 1}
    victims = {
        engine: subprocess.Popen(
            args,
            cwd=blog,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, killed as a whole
        )
        for engine, args in runs.items()
    }
    left: dict[str, list[str]] = {}
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            for engine, victim in victims.items():
                names = server(engine).database_names(WORKER_PREFIX)
                left[engine] = owned_by(names, process_group(victim.pid))
            if all(len(left[e]) >= expected[e] for e in victims):
                break
            assert all(v.poll() is None for v in victims.values()), "a victim run ended early"
            time.sleep(0.3)
        else:
            pytest.fail(f"the runs never created their worker databases: {left}")
    finally:
        for victim in victims.values():
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
    for engine in victims:  # the killed runs could not drop them
        still = set(server(engine).database_names(WORKER_PREFIX))
        assert set(left[engine]) <= still
        print(f"{engine}: {len(left[engine])} worker databases left by the killed run")

    (blog / "tests" / "test_hang.py").unlink()
    # the next run, on both servers (--db=all: sqlite, postgres and mysql on MariaDB)
    result = pytester.runpytest_subprocess(
        "--db=all", "-p", "no:cacheprovider", "-k", "previous_test_left_nothing"
    )
    result.assert_outcomes(passed=3)
    lines = header(result)
    assert any("left by killed runs" in line for line in lines), lines
    for engine in victims:
        names = server(engine).database_names(WORKER_PREFIX)
        assert not set(left[engine]) & set(names)
        assert abandoned(names, WORKER_PREFIX) == []  # count 0: none with a dead owner here
        print(f"{engine}: 0 left after the next run")


def templates(pg: Server) -> set[str]:
    return {n for n in pg.database_names(TEMPLATE_PREFIX) if n.startswith(TEMPLATE_PREFIX)}


def template_of(lines: list[str]) -> tuple[str, str]:
    """(template name, built|reused) from a run's header line."""
    match = re.search(r"template (harness_tpl_\w+) (built|reused)", lines[0])
    assert match, lines
    return match.group(1), match.group(2)


def run_in(path: Path, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith("harness: ")]


def test_copies_of_a_project_share_one_template_and_idle_ones_are_dropped(
    pytester: pytest.Pytester, blog: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere" / "blog-copy"
    shutil.copytree(blog, other)
    pg = server("postgres")
    day = 86400.0
    idle, recent = (f"{TEMPLATE_PREFIX}{uuid.uuid4().hex[:16]}" for _ in range(2))
    for name, age in ((idle, TEMPLATE_IDLE_DAYS + 1), (recent, 1)):
        pg.create_database(name)
        pg.record_use(name, time.time() - age * day)
    try:
        first = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
        first.assert_outcomes(passed=12)
        name, _ = template_of(header(first))
        after_first = templates(pg)
        assert idle not in after_first  # unused for 8 days: dropped at set-up
        assert recent in after_first  # used yesterday: kept
        assert name in after_first

        assert template_of(run_in(other, "--db=postgres")) == (name, "reused")
        assert template_of(run_in(blog, "--db=postgres")) == (name, "reused")
        assert templates(pg) == after_first  # three runs from two paths: no new template

        # SQLite's file templates are keyed the same way
        sqlite_name, _ = template_of(run_in(blog, "--db=sqlite"))
        assert template_of(run_in(other, "--db=sqlite")) == (sqlite_name, "reused")
    finally:
        for name in (idle, recent):
            pg.drop_database(name)
