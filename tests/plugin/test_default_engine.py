"""Plain ``pytest`` (no ``--db``) on a project with one Kit config runs on that config's
engine; with per-engine configs (or none) it runs on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("servers")


def test_single_postgres_config_is_the_default_engine(
    pytester: pytest.Pytester, blog: Path
) -> None:
    (blog / "drizzle.sqlite.config.py").unlink()
    (blog / "drizzle.mysql.config.py").unlink()
    (blog / "drizzle.postgres.config.py").rename(blog / "drizzle.config.py")
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_engine.py").write_text(
        "def test_engine(db, db_dialect):\n    assert db_dialect == 'postgres'\n"
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_per_engine_configs_keep_sqlite_as_the_default(
    pytester: pytest.Pytester, blog: Path
) -> None:
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_engine.py").write_text(
        "def test_engine(db, db_dialect):\n    assert db_dialect == 'sqlite'\n"
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
