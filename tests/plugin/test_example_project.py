"""The example project runs with no conftest on every engine, with and without xdist."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugin.conftest import header

ENGINES = ["sqlite", "postgres", "mariadb"]

pytestmark = pytest.mark.usefixtures("servers")


#: SQLite runs in the quick suite; the server engines (same code path, slower) with -m slow
QUICK_FIRST = [e if e == "sqlite" else pytest.param(e, marks=pytest.mark.slow) for e in ENGINES]


@pytest.mark.parametrize(
    "workers", [None, pytest.param("2", marks=pytest.mark.slow)], ids=["serial", "xdist"]
)
@pytest.mark.parametrize("engine", QUICK_FIRST)
def test_example_project(
    pytester: pytest.Pytester, blog: Path, engine: str, workers: str | None
) -> None:
    args = [f"--db={engine}", "-p", "no:cacheprovider"]
    if workers:
        args += ["-n", workers]
    result = pytester.runpytest_subprocess(*args)
    result.assert_outcomes(passed=12)
    (line,) = header(result)
    assert line.startswith(f"harness: {engine} — ")
    assert "2 migrations applied" in line or "reused (cached)" in line or "worker database" in line


@pytest.mark.slow
def test_all_mode_runs_each_test_once_per_engine(pytester: pytest.Pytester, blog: Path) -> None:
    result = pytester.runpytest_subprocess("--db=all", "-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=36)
    for engine in ("sqlite", "postgres", "mysql"):
        result.stdout.fnmatch_lines([f"*test_queries[[]{engine}[]] PASSED*"])
    assert len(header(result)) == 3
