"""The fixtures' promises through real pytest runs of the example project:

- ``db.client.rollback()`` as the first use of the client undoes the test's writes;
- ``@pytest.mark.db(commit=True)`` gives real commits; ``transaction=False`` still does, with a
  DeprecationWarning;
- after a committed test the tables are emptied but a custom bookkeeping table
  (``migrations={"table": ..., "schema": ...}``) keeps its rows;
- ``db_url`` shows no password in a failed assertion;
- a Kit config whose ``out`` folder is missing fails the run with one line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("servers")

#: where each engine keeps the bookkeeping table of the configs written below
BOOKKEEPING = {"sqlite": "my_mig", "postgres": "my_schema.my_mig", "mariadb": "my_mig"}

SEMANTICS = """
import warnings

import pytest

from blog_schema import for_dialect
from harness import connect

BOOKKEEPING = {"sqlite": "my_mig", "postgres": "my_schema.my_mig", "mariadb": "my_mig"}


def test_1_client_rollback_as_first_use_undoes_the_test(db, db_dialect):
    users = for_dialect(db_dialect).users
    db.insert(users).values({"email": "undone@example.com"}).execute()
    db.client.rollback()
    assert db.count(users) == 0


def _commits_are_seen_by_another_connection(db, db_url, db_dialect):
    users = for_dialect(db_dialect).users
    db.insert(users).values({"email": "seen@example.com"}).execute()
    other = connect(db_url)
    try:
        assert other.count(users) == 1
    finally:
        other.close()


@pytest.mark.db(commit=True)
def test_2_commit_marker_commits(db, db_url, db_dialect):
    _commits_are_seen_by_another_connection(db, db_url, db_dialect)


def _emptied_but_bookkeeping_kept(db, db_dialect):
    assert db.count(for_dialect(db_dialect).users) == 0
    rows = db.execute(f"select count(*) as n from {BOOKKEEPING[db_dialect]}")
    assert rows[0]["n"] == 2  # both migrations still recorded


def test_3_tables_emptied_bookkeeping_kept(db, db_dialect):
    _emptied_but_bookkeeping_kept(db, db_dialect)


@pytest.mark.db(transaction=False)
def test_4_deprecated_spelling_still_commits(db, db_url, db_dialect):
    _commits_are_seen_by_another_connection(db, db_url, db_dialect)


def test_5_tables_emptied_bookkeeping_kept_again(db, db_dialect):
    _emptied_but_bookkeeping_kept(db, db_dialect)


@pytest.mark.db(commit=False)
def test_6_commit_false_is_the_default(db, db_dialect):
    db.insert(for_dialect(db_dialect).users).values({"email": "rolled@example.com"}).execute()


def test_7_nothing_left(db, db_dialect):
    _emptied_but_bookkeeping_kept(db, db_dialect)
"""


def custom_bookkeeping(project: Path) -> None:
    """Every engine's config records migrations in ``my_mig`` (PostgreSQL: ``my_schema``)."""
    for config in project.glob("drizzle.*.config.py"):
        call = config.read_text().rstrip().removesuffix(")")
        extra = '{"table": "my_mig", "schema": "my_schema"}'
        config.write_text(f"{call}, migrations={extra})\n")
        assert "my_mig" in config.read_text(), config


@pytest.mark.slow  # the quick in-process checks of the same parts: test_fixture_parts.py
@pytest.mark.parametrize("engine", ["sqlite", "postgres", "mariadb"])
def test_client_rollback_commit_marker_and_bookkeeping(
    pytester: pytest.Pytester, blog: Path, engine: str
) -> None:
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_semantics.py").write_text(SEMANTICS)
    custom_bookkeeping(blog)
    result = pytester.runpytest_subprocess(
        f"--db={engine}", "-p", "no:cacheprovider", "-p", "no:randomly", "-v"
    )
    result.assert_outcomes(passed=7, warnings=1)
    result.stdout.fnmatch_lines(
        [
            "*test_semantics.py:*: DeprecationWarning: @pytest.mark.db(transaction=False) is "
            "deprecated: write @pytest.mark.db(commit=True)*"
        ]
    )


@pytest.mark.slow
def test_db_url_password_is_masked_in_failed_assertions(
    pytester: pytest.Pytester, blog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HARNESS_POSTGRES_URL", raising=False)
    monkeypatch.setenv("HARNESS_LOCAL_SERVERS", "0")
    url = os.environ.get("PG_URL_FOR_MASK", "postgresql://postgres:hunter2pw@127.0.0.1:5432/test")
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_url.py").write_text(
        "from harness import connect\n\n"
        "def test_works_as_a_str(db_url):\n"
        "    assert db_url.startswith('postgresql://postgres:hunter2pw@')\n"
        "    connect(db_url).close()\n\n"
        "def test_equality(db_url):\n"
        "    assert db_url == 'postgresql://postgres@elsewhere/x'\n\n"
        "def test_method(db_url):\n"
        "    assert db_url.endswith('/nope')\n\n"
        "def test_inside_a_list(db_url):\n"
        "    assert [db_url] == []\n"
    )
    result = pytester.runpytest_subprocess(
        "--db=postgres", f"--db-url={url}", "-p", "no:cacheprovider", "-l", "-vv"
    )
    result.assert_outcomes(passed=1, failed=3)
    output = result.stdout.str() + result.stderr.str()
    assert "hunter2pw" not in output
    assert output.count("postgresql://postgres:***@127.0.0.1:5432/harness_w_") >= 3


def test_missing_out_folder_is_one_line_and_exit_4(pytester: pytest.Pytester, blog: Path) -> None:
    import shutil

    shutil.rmtree(blog / "drizzle" / "sqlite")
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.stderr.lines if line.strip()]
    assert len(errors) == 1, errors
    assert errors[0].startswith("ERROR: ")
    assert "drizzle.sqlite.config.py: out folder 'drizzle/sqlite' not found" in errors[0]
