"""Warm start on a URL server, and cleanup after a run killed with SIGKILL."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from harness.servers.local import postgres_bindir
from harness.servers.url import url_server
from tests.plugin.conftest import NO_DOCKER, URLS, header

pytestmark = pytest.mark.usefixtures("servers")


def setup_seconds(line: str) -> float:
    match = re.search(r"in ([0-9.]+)s$", line)
    assert match, line
    return float(match.group(1))


@pytest.mark.slow
def test_second_run_reuses_the_template(pytester: pytest.Pytester, blog: Path) -> None:
    # a bio default changes the folder's hash, so the first run must build a new template
    (blog / "drizzle" / "postgres" / "0001_add_bio_and_tags.sql").write_text(
        (blog / "drizzle" / "postgres" / "0001_add_bio_and_tags.sql").read_text()
        + f"\n-- run {time.time_ns()}\n"
    )
    first = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
    first.assert_outcomes(passed=12)
    second = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
    second.assert_outcomes(passed=12)
    rebuilt = pytester.runpytest_subprocess(
        "--db=postgres", "--db-rebuild", "-p", "no:cacheprovider"
    )
    rebuilt.assert_outcomes(passed=12)
    assert " built (2 migrations applied)" in header(rebuilt)[0]  # --db-rebuild: not reused
    built, reused = header(first)[0], header(second)[0]
    # the folder's content is unique to this test: its template would only wait to be idle
    name = re.search(r"template (harness_tpl_\w+) built", built)
    assert name, built
    url_server(os.environ.get(*URLS["postgres"])).drop_database(name.group(1))
    assert " built (2 migrations applied)" in built
    assert "reused (cached)" in reused
    first_s, second_s = setup_seconds(built), setup_seconds(reused)
    print(f"template set-up: first run {first_s:.3f}s, second {second_s:.3f}s")


@pytest.mark.slow
@pytest.mark.skipif(
    postgres_bindir() is None, reason="needs local PostgreSQL server binaries (initdb, pg_ctl)"
)
def test_server_left_by_a_killed_run_is_removed_next_time(
    pytester: pytest.Pytester, blog: Path
) -> None:
    # the server runs as the postgres user under root: its folder must be reachable for it,
    # which pytest's private tmp_path is not
    state = Path(tempfile.mkdtemp(prefix="harness-crash-test-"))
    state.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("HARNESS_POSTGRES_URL", "DATABASE_URL")}
    env["HARNESS_STATE_DIR"] = str(state)
    env["DOCKER_HOST"] = NO_DOCKER  # the local-binaries path, even where Docker answers
    (blog / "tests" / "test_slow.py").write_text(
        "import time\n\ndef test_hangs(db):\n    time.sleep(120)\n"
    )
    victim = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "--db=postgres",
            "-p",
            "no:cacheprovider",
            "tests/test_slow.py",
        ],
        cwd=blog,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    servers = state / "servers"
    deadline = time.monotonic() + 60
    owner: dict[str, object] = {}
    while time.monotonic() < deadline:
        files = list(servers.glob("postgresql-*/owner.json")) if servers.exists() else []
        if files:
            owner = json.loads(files[0].read_text())
            break
        time.sleep(0.2)
    assert owner, "the run never started its local server"
    time.sleep(1.0)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    server_pid = int(str(owner["server_pid"]))
    os.kill(server_pid, 0)  # the killed run left its server running
    assert list(servers.iterdir())
    (blog / "tests" / "test_slow.py").unlink()
    rerun = subprocess.run(
        [sys.executable, "-m", "pytest", "--db=sqlite", "-p", "no:cacheprovider"],
        cwd=blog,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    # sqlite needs no server: the stale one is removed by the postgres resolution path only;
    # a postgres run removes it before starting its own
    rerun = subprocess.run(
        [sys.executable, "-m", "pytest", "--db=postgres", "-p", "no:cacheprovider"],
        cwd=blog,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    for _ in range(50):
        try:
            os.kill(server_pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the stale server is still running")
    port = str(owner["url"]).split(":")[2].split("/")[0]
    assert not (servers / f"postgresql-{port}").exists()
    shutil.rmtree(state, ignore_errors=True)
