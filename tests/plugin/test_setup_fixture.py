"""Set-up as pytest-django does it: servers and templates only for the engines the selected
tests use, and an overridable session fixture (``db_setup``) for session-wide data."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from harness.servers.local import postgres_bindir, servers_dir
from tests.plugin.conftest import NO_DOCKER, header

UNREACHABLE = "postgresql://u:hunter2pw@127.0.0.1:9/x"


@pytest.mark.slow
def test_a_run_without_database_tests_starts_no_server(
    pytester: pytest.Pytester, blog: Path
) -> None:
    pytester.makepyfile(test_plain="def test_arithmetic():\n    assert 1 + 1 == 2\n")
    # the server cannot be reached: the run only passes if nothing tries to
    result = pytester.runpytest_subprocess(
        "--db=postgres", f"--db-url={UNREACHABLE}", "-p", "no:cacheprovider", "test_plain.py"
    )
    result.assert_outcomes(passed=1)
    assert header(result) == []
    # selecting a database test does try, and stops the run in one line (exit 4)
    result = pytester.runpytest_subprocess(
        "--db=postgres", f"--db-url={UNREACHABLE}", "-p", "no:cacheprovider"
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.stderr.lines if line.startswith("ERROR")]
    assert len(errors) == 1 and "127.0.0.1:9/x" in errors[0]
    assert "hunter2pw" not in result.stdout.str() + result.stderr.str()


@pytest.mark.slow
def test_only_the_engines_of_selected_tests_are_prepared(
    pytester: pytest.Pytester, blog: Path
) -> None:
    result = pytester.runpytest_subprocess(
        "--db=all", "-k", "sqlite", f"--db-url={UNREACHABLE}", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=12)
    lines = header(result)
    assert len(lines) == 1 and lines[0].startswith("harness: sqlite"), lines


@pytest.mark.slow
def test_collect_only_prepares_nothing(pytester: pytest.Pytester, blog: Path) -> None:
    result = pytester.runpytest_subprocess(
        "--db=postgres", f"--db-url={UNREACHABLE}", "--collect-only", "-q", "-p", "no:cacheprovider"
    )
    assert result.ret == pytest.ExitCode.OK
    assert header(result) == []


def test_db_setup_override_adds_session_wide_data(pytester: pytest.Pytester, blog: Path) -> None:
    """pytest-django's ``django_db_setup`` override: rows committed once per session are seen
    by every test, and each test's own writes still vanish."""
    (blog / "tests" / "conftest.py").write_text(
        "import pytest\n"
        "from blog_schema import for_dialect\n\n"
        "@pytest.fixture(scope='session')\n"
        "def db_setup(db_setup, db_dialect):\n"
        "    s = for_dialect(db_dialect)\n"
        "    db_setup.connection.insert(s.tags).values({'name': 'pinned'}).execute()\n"
        "    return db_setup\n"
    )
    (blog / "tests" / "test_session_data.py").write_text(
        "from blog_schema import for_dialect\n\n"
        "def test_sees_the_session_row_and_adds_one(db, db_dialect):\n"
        "    s = for_dialect(db_dialect)\n"
        "    assert [r['name'] for r in db.select().from_(s.tags).all()] == ['pinned']\n"
        "    db.insert(s.tags).values({'name': 'mine'}).execute()\n"
        "    assert db.count(s.tags) == 2\n\n"
        "def test_the_other_test_s_row_is_gone(db, db_dialect):\n"
        "    s = for_dialect(db_dialect)\n"
        "    assert [r['name'] for r in db.select().from_(s.tags).all()] == ['pinned']\n"
    )
    result = pytester.runpytest_subprocess(
        "--db=sqlite", "-p", "no:cacheprovider", "tests/test_session_data.py"
    )
    result.assert_outcomes(passed=2)


@pytest.mark.slow
@pytest.mark.skipif(
    postgres_bindir() is None, reason="needs local PostgreSQL server binaries (initdb, pg_ctl)"
)
def test_xdist_server_started_by_a_worker_is_stopped_by_the_controller(
    pytester: pytest.Pytester, blog: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HARNESS_POSTGRES_URL", "DATABASE_URL")}
    env["DOCKER_HOST"] = NO_DOCKER  # the local-binaries path, even where Docker answers
    before = set(servers_dir().glob("postgresql-*")) if servers_dir().exists() else set()
    completed = subprocess.run(
        [
            "python",
            "-m",
            "pytest",
            "--db=postgres",
            "-n",
            "2",
            "-p",
            "no:cacheprovider",
            f"--basetemp={pytester.path / 'basetemp'}",
        ],
        cwd=blog,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    match = re.search(r"harness: postgres .*\(local binaries\) at \S+:(\d+)/", completed.stdout)
    assert match, completed.stdout
    port = match.group(1)
    assert "template harness_tpl_" in match.group(0) or "template harness_tpl_" in (
        completed.stdout
    )  # two workers share one template
    # the worker's server is gone: its folder removed, nothing listening on its port
    after = set(servers_dir().glob("postgresql-*")) if servers_dir().exists() else set()
    assert not any(p.name.endswith(f"-{port}") for p in after - before)
    import psycopg

    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", connect_timeout=3)


@pytest.mark.slow
def test_db_seed_rows_seeds_the_template(pytester: pytest.Pytester, blog: Path) -> None:
    """``--db-seed-rows=N``: every declared table starts each test with N seeded rows (the
    template is seeded once); ``--db-seed`` stays the random seed, as its help says."""
    (blog / "tests" / "test_seeded.py").write_text(
        "from blog_schema import for_dialect\n\n"
        "def test_starts_seeded(db, db_dialect):\n"
        "    s = for_dialect(db_dialect)\n"
        "    assert db.count(s.users) == 5 and db.count(s.posts) == 5\n"
        "    db.delete(s.comments).execute()\n"
        "    db.delete(s.posts).execute()\n\n"
        "def test_still_seeded(db, db_dialect):\n"
        "    assert db.count(for_dialect(db_dialect).posts) == 5\n"
    )
    result = pytester.runpytest_subprocess(
        "--db=sqlite", "--db-seed-rows=5", "-p", "no:cacheprovider", "tests/test_seeded.py"
    )
    result.assert_outcomes(passed=2)
    assert "seeded" in header(result)[0] and "5 per table" in header(result)[0]
    assert (
        "this many rows per declared table" in pytester.runpytest_subprocess("--help").stdout.str()
    )
    result = pytester.runpytest_subprocess("--db=sqlite", "--db-seed-rows=many")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "'many' is not a count" in result.stderr.str()


@pytest.mark.slow
@pytest.mark.skipif(
    postgres_bindir() is None, reason="needs local PostgreSQL server binaries (initdb, pg_ctl)"
)
def test_a_server_of_this_run_only_gets_no_template(pytester: pytest.Pytester, blog: Path) -> None:
    """One process and a server started for this run: a template would be built, cloned once
    and thrown away with the server, so the migrations go straight into the worker database
    (cold start); with xdist workers (the test above) the template is still built."""
    env = {k: v for k, v in os.environ.items() if k not in ("HARNESS_POSTGRES_URL", "DATABASE_URL")}
    env["DOCKER_HOST"] = NO_DOCKER
    completed = subprocess.run(
        ["python", "-m", "pytest", "--db=postgres", "-p", "no:cacheprovider"],
        cwd=blog,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    line = next(x for x in completed.stdout.splitlines() if x.startswith("harness: postgres"))
    assert "(local binaries)" in line and "a server of this run only" in line
    assert "harness_tpl_" not in line
