"""Cold start: one whole pytest run of a single database test on a PostgreSQL server started
from local binaries (initdb, start, schema, test, stop), the blog example's two migrations.

- ``harness_plugin_cold``: ``pytest --db=postgres`` on a copy of ``examples/blog`` with no
  server URL and no Docker, so the plugin starts its own server from the local binaries,
  builds the template, clones the worker database, runs the test and stops the server;
- ``pytest_postgresql_proc_cold`` (peer): pytest-postgresql's ``postgresql_proc`` (the same
  two migration files as ``load``) and ``postgresql`` fixtures, the same kind of test.

Each call is one ``python -m pytest`` subprocess with this interpreter; each side turns the
other's plugin off.  As root, pytest-postgresql gets ``pg_ctl_as_postgres.sh`` (PostgreSQL
refuses root; the harness runs its binaries as ``postgres`` itself).  Needs the ``bench`` extra
(pytest-postgresql) and PostgreSQL's server binaries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness.servers.local import postgres_bindir

HERE = Path(__file__).parent
BLOG = HERE.parent / "examples" / "blog"
NO_DOCKER = "unix:///nonexistent/docker.sock"


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HARNESS_POSTGRES_URL", "DATABASE_URL")}
    env["DOCKER_HOST"] = NO_DOCKER
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or "1 passed" not in done.stdout:
        raise RuntimeError(f"cold-start run failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")


def harness_plugin_cold() -> Callable[[], Any]:
    project = Path(tempfile.mkdtemp(prefix="bench-cold-harness-"))
    shutil.copytree(BLOG, project, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    args = [
        "-p",
        "no:postgresql",
        "--db=postgres",
        "tests/test_blog.py::test_previous_test_left_nothing",
        f"--basetemp={project / 'tmp'}",
    ]
    env = _environment()
    return lambda: _run(args, project, env)


CONFTEST = """
from pathlib import Path
from pytest_postgresql import factories

HERE = Path(__file__).parent
postgresql_proc = factories.postgresql_proc(
    executable={executable!r}, load=sorted(HERE.glob("0*.sql"))
)
postgresql = factories.postgresql("postgresql_proc")
"""

TEST = """
def test_previous_test_left_nothing(postgresql):
    with postgresql.cursor() as cursor:
        cursor.execute('select count(*) from "users"')
        assert cursor.fetchone()[0] == 0
"""


def pytest_postgresql_proc_cold() -> Callable[[], Any]:
    import pytest_postgresql  # noqa: F401  (the bench extra)

    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("needs PostgreSQL's server binaries (initdb, pg_ctl)")
    project = Path(tempfile.mkdtemp(prefix="bench-cold-ppg-"))
    for sql in (BLOG / "drizzle" / "postgres").glob("0*.sql"):
        shutil.copy(sql, project / sql.name)
    env = _environment()
    executable = str(bindir / "pg_ctl")
    if os.geteuid() == 0:
        env["PG_CTL"] = executable
        executable = str(HERE / "pg_ctl_as_postgres.sh")
    (project / "conftest.py").write_text(CONFTEST.format(executable=executable))
    (project / "test_cold.py").write_text(TEST)
    args = ["-p", "no:harness", f"--basetemp={project / 'tmp'}", "test_cold.py"]
    return lambda: _run(args, project, env)


CASES = {
    "harness_plugin_cold": harness_plugin_cold,
    "pytest_postgresql_proc_cold": pytest_postgresql_proc_cold,
}
PAIRS = [("harness_plugin_cold", "pytest_postgresql_proc_cold")]
