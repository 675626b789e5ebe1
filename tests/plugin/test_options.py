"""Every option in CLI and ini form, the marker, the header and the error paths."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from tests.plugin.conftest import header

PG_URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
MYSQL_URL = os.environ.get("HARNESS_MYSQL_URL", "mysql://root@127.0.0.1:3306/test")

pytestmark = pytest.mark.usefixtures("servers")


def ini(project: Path, **values: str) -> None:
    lines = "\n".join(
        f"{k} = {v!r}" if not v.startswith("[") else f"{k} = {v}" for k, v in values.items()
    )
    (project / "pyproject.toml").write_text(
        f'[tool.pytest.ini_options]\npythonpath = ["."]\ntestpaths = ["tests"]\n{lines}\n'
    )


@pytest.mark.slow  # a subprocess run; the quick suite keeps test_db_url[ini]
def test_db_from_ini(pytester: pytest.Pytester, blog: Path) -> None:
    ini(blog, harness_db="postgres")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)
    assert header(result)[0].startswith("harness: postgres")


@pytest.mark.slow  # a subprocess run; the quick suite keeps test_db_url[ini]
def test_cli_overrides_ini(pytester: pytest.Pytester, blog: Path) -> None:
    ini(blog, harness_db="postgres")
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)
    assert header(result)[0].startswith("harness: sqlite")


@pytest.mark.parametrize("form", [pytest.param("cli", marks=pytest.mark.slow), "ini"])
def test_db_url(
    pytester: pytest.Pytester, blog: Path, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HARNESS_POSTGRES_URL", raising=False)
    monkeypatch.setenv("HARNESS_LOCAL_SERVERS", "0")  # only the given URL can serve
    url = PG_URL.replace("postgresql://postgres@", "postgresql://postgres:not-shown@")
    if form == "cli":
        result = pytester.runpytest_subprocess(
            "--db=postgres", f"--db-url={url}", "-p", "no:cacheprovider"
        )
    else:
        ini(blog, harness_db="postgres", harness_db_url=f'["{url}"]')
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)
    (line,) = header(result)
    assert "(url)" in line and ":***@" in line and "not-shown" not in result.stdout.str()


@pytest.mark.slow
def test_db_config_and_db_out(pytester: pytest.Pytester, blog: Path) -> None:
    (blog / "drizzle.sqlite.config.py").rename(blog / "drizzle-test.config.py")
    result = pytester.runpytest_subprocess(
        "--db=sqlite", "--db-config=drizzle-test.config.py", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=12)
    (blog / "drizzle" / "sqlite").rename(blog / "migrations")
    result = pytester.runpytest_subprocess(
        "--db=sqlite",
        "--db-config=drizzle-test.config.py",
        "--db-out=migrations",
        "-p",
        "no:cacheprovider",
    )
    result.assert_outcomes(passed=12)


@pytest.mark.slow
def test_db_push_builds_the_template_from_declarations(
    pytester: pytest.Pytester, blog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from harness.servers.url import url_server

    # templates are shared by content: a private state folder makes SQLite build its own
    monkeypatch.setenv("HARNESS_STATE_DIR", str(tmp_path / "state"))
    result = pytester.runpytest_subprocess("--db=sqlite", "--db-push", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)
    assert "pushed" in header(result)[0]
    ini(blog, harness_db_push="true")
    result = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)
    line = header(result)[0]
    if "reused (cached)" in line:  # an earlier run pushed the same declarations: build anew
        name = re.search(r"template (harness_tpl_\w+) reused", line)
        assert name, line
        url_server(PG_URL).drop_database(name.group(1))
        result = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
        result.assert_outcomes(passed=12)
        line = header(result)[0]
    assert "pushed" in line


@pytest.mark.slow
def test_image_keep_reuse_seed_are_accepted_with_a_url_server(
    pytester: pytest.Pytester, blog: Path
) -> None:
    result = pytester.runpytest_subprocess(
        "--db=postgres",
        "--db-image=postgres:17-alpine",
        "--db-seed=0",
        "--db-keep",
        "--db-reuse",
        "-p",
        "no:cacheprovider",
    )
    result.assert_outcomes(passed=12)
    ini(
        blog,
        harness_db="mariadb",
        harness_db_keep="false",
        harness_db_reuse="false",
        harness_db_image="mariadb:11",
        harness_db_seed="0",
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)


@pytest.mark.slow
def test_marker_limits_dialects_and_is_validated(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_marked="""
        import pytest

        @pytest.mark.db(dialects=["postgres"])
        def test_pg_only(db, db_dialect):
            assert db_dialect == "postgres"

        def test_anywhere(db):
            assert db.execute("select 1 as one") == [{"one": 1}]
        """
    )
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, skipped=1)
    result = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    pytester.makepyfile(
        test_bad_marker="""
        import pytest

        @pytest.mark.db(dialect="postgres")
        def test_typo(db):
            pass
        """
    )
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "takes only dialects=[...] and commit=..." in result.stderr.str()


@pytest.mark.usefixtures("no_docker")
def test_no_server_available_lists_three_ways(
    pytester: pytest.Pytester, blog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HARNESS_POSTGRES_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("HARNESS_LOCAL_SERVERS", "0")
    result = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    message = result.stderr.str()
    assert "no postgres server available" in message
    assert "--db-url" in message and "Docker" in message and "initdb/pg_ctl" in message


def test_bad_url_is_one_readable_line(pytester: pytest.Pytester, blog: Path) -> None:
    result = pytester.runpytest_subprocess(
        "--db=postgres", "--db-url=postgresql://u:hunter2pw@127.0.0.1:9/x", "-p", "no:cacheprovider"
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.stderr.lines if line.startswith("ERROR")]
    assert len(errors) == 1 and "127.0.0.1:9/x" in errors[0]
    assert "hunter2pw" not in result.stderr.str() + result.stdout.str()


def test_broken_out_folder_is_one_readable_line(pytester: pytest.Pytester, blog: Path) -> None:
    (blog / "drizzle" / "sqlite" / "meta" / "_journal.json").write_text("{broken")
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.stderr.lines if line.startswith("ERROR")]
    assert len(errors) == 1 and "_journal.json" in errors[0] and "invalid JSON" in errors[0]


@pytest.mark.slow
def test_header_names_server_version_how_url_and_template(
    pytester: pytest.Pytester, blog: Path
) -> None:
    result = pytester.runpytest_subprocess("--db=mariadb", "-p", "no:cacheprovider")
    (line,) = header(result)
    assert "MariaDB" in line and "(url)" in line and "127.0.0.1" in line


@pytest.mark.slow  # a subprocess run; the quick suite keeps test_db_url[ini]
def test_db_config_and_db_out_from_ini(pytester: pytest.Pytester, blog: Path) -> None:
    (blog / "drizzle.sqlite.config.py").rename(blog / "drizzle-ini.config.py")
    (blog / "drizzle" / "sqlite").rename(blog / "migrations")
    ini(
        blog,
        harness_db="sqlite",
        harness_db_config="drizzle-ini.config.py",
        harness_db_out="migrations",
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=12)


@pytest.mark.slow
@pytest.mark.usefixtures("no_docker")
def test_all_mode_skips_an_engine_that_cannot_start(
    pytester: pytest.Pytester, blog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HARNESS_MYSQL_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("HARNESS_LOCAL_SERVERS", "0")
    result = pytester.runpytest_subprocess("--db=all", "-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(passed=24, skipped=12)
    lines = header(result)
    assert any(
        line.startswith("harness: mysql unavailable: no mysql server available") for line in lines
    )
    result.stdout.fnmatch_lines(["*SKIPPED*mysql: no mysql server available*"])


@pytest.mark.slow
@pytest.mark.usefixtures("no_docker")
def test_keep_then_reuse_a_local_server(
    pytester: pytest.Pytester, blog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import signal
    import tempfile

    from harness.servers.local import postgres_bindir

    if postgres_bindir() is None:
        pytest.skip("needs local PostgreSQL server binaries")
    state = Path(tempfile.mkdtemp(prefix="harness-keep-test-"))
    state.chmod(0o755)
    monkeypatch.setenv("HARNESS_STATE_DIR", str(state))
    monkeypatch.delenv("HARNESS_POSTGRES_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    try:
        first = pytester.runpytest_subprocess(
            "--db=postgres", "--db-keep", "-p", "no:cacheprovider"
        )
        first.assert_outcomes(passed=12)
        assert "(local binaries)" in header(first)[0]
        (owner_file,) = (state / "servers").glob("postgresql-*/owner.json")
        owner = json.loads(owner_file.read_text())
        assert owner["kept"] is True
        os.kill(owner["server_pid"], 0)  # still running after the run
        ini(blog, harness_db_reuse="true")
        second = pytester.runpytest_subprocess("--db=postgres", "-p", "no:cacheprovider")
        second.assert_outcomes(passed=12)
        line = header(second)[0]
        assert "(local (reused))" in line and "reused (cached)" in line
    finally:
        for owner_file in (state / "servers").glob("*/owner.json"):
            pid = json.loads(owner_file.read_text()).get("server_pid")
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        shutil.rmtree(state, ignore_errors=True)


@pytest.mark.slow
def test_sqlite_in_memory_on_request(pytester: pytest.Pytester, blog: Path) -> None:
    """``--db-url=:memory:``: each worker loads the schema into a private in-memory database
    (code that opens its own connection through db_url cannot see it: use a file for that)."""
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_memory.py").write_text(
        "from blog_schema import for_dialect\n\n"
        "def test_one(db, db_dialect):\n"
        "    s = for_dialect(db_dialect)\n"
        "    db.insert(s.users).values({'email': 'a@b.c'}).execute()\n"
        "    assert db.count(s.users) == 1\n\n"
        "def test_two(db, db_dialect):\n"
        "    assert db.count(for_dialect(db_dialect).users) == 0\n"
    )
    for extra in ([], ["-n", "2"]):
        result = pytester.runpytest_subprocess(
            "--db=sqlite", "--db-url=:memory:", "-p", "no:cacheprovider", *extra
        )
        result.assert_outcomes(passed=2)
    assert "(sqlite :memory:) at :memory:" in header(result)[0]


def test_db_image_names_its_engine(pytester: pytest.Pytester, blog: Path) -> None:
    result = pytester.runpytest_subprocess("--db=all", "--db-image=postgres:16")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "with --db=all name the engine, e.g. --db-image=postgres=postgres:16" in (
        result.stderr.str()
    )


@pytest.mark.parametrize(
    ("args", "names", "expected"),
    [
        (["--db-image=postgres=postgres:16", "--db-image=mysql=mysql:8.4"], ["postgres"], None),
        (["--db-image=pg=postgres:16", "--db-image=mariadb=mariadb:10.11"], ["mariadb"], None),
        (["--db-image=mariadb:11"], ["mariadb"], None),
        (["--db-image=oracle=oracle:23"], ["postgres"], "unknown database engine 'oracle'"),
        (["--db-image=pg=postgres:16", "--db-image=postgres=postgres:17"], ["postgres"], "two"),
        (["--db-image=postgres="], ["postgres"], "no image after '='"),
    ],
)
def test_db_image_per_engine_is_parsed(
    pytester: pytest.Pytester, args: list[str], names: list[str], expected: str | None
) -> None:
    from harness_pytest.options import images

    config = pytester.parseconfig(*args)
    if expected is not None:
        with pytest.raises(pytest.UsageError, match=expected):
            images(config, names)
        return
    wanted = {
        "--db-image=postgres=postgres:16": {"postgres": "postgres:16", "mysql": "mysql:8.4"},
        "--db-image=pg=postgres:16": {"postgres": "postgres:16", "mariadb": "mariadb:10.11"},
        "--db-image=mariadb:11": {"mariadb": "mariadb:11"},
    }
    assert images(config, names) == wanted[args[0]]
