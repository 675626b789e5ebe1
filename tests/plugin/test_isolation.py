"""Isolation property: 200 generated tests, each writing random rows (some committing through
the driver) and asserting that the previous test's rows are gone — on every engine, serially
and with two xdist workers."""

from __future__ import annotations

from pathlib import Path

import pytest

GENERATED = """
import random

import pytest

from blog_schema import for_dialect

PLACEHOLDER = {"sqlite": "?", "postgres": "%s", "mysql": "%s", "mariadb": "%s"}


@pytest.mark.parametrize("n", range(200))
def test_isolated(db, db_dialect, n):
    s = for_dialect(db_dialect)
    assert db.count(s.users) == 0, "a previous test's rows are visible"
    assert db.count(s.tags) == 0
    rng = random.Random(n)
    rows = [
        {"email": f"u{n}-{i}@example.com", "first_name": str(rng.random())}
        for i in range(rng.randint(1, 5))
    ]
    db.insert(s.users).values(rows).execute()
    db.insert(s.tags).values({"name": f"tag-{n}"}).execute()
    if n % 3 == 0:  # code under test commits through the driver connection
        client = db.client
        cursor = client.cursor()
        cursor.execute(
            f"insert into tags (name) values ({PLACEHOLDER[db_dialect]})", (f"committed-{n}",)
        )
        client.commit()
    assert db.count(s.users) == len(rows)
"""


pytestmark = pytest.mark.usefixtures("servers")


@pytest.mark.parametrize(
    "workers", [None, pytest.param("2", marks=pytest.mark.slow)], ids=["serial", "xdist"]
)
@pytest.mark.parametrize(
    "engine",
    # SQLite in the quick suite; the server engines (same code path, slower) with -m slow
    ["sqlite", *(pytest.param(e, marks=pytest.mark.slow) for e in ("postgres", "mariadb"))],
)
def test_two_hundred_tests_never_see_each_other(
    pytester: pytest.Pytester, blog: Path, engine: str, workers: str | None
) -> None:
    (blog / "tests" / "test_blog.py").unlink()
    (blog / "tests" / "test_factories.py").unlink()
    (blog / "tests" / "test_generated.py").write_text(GENERATED)
    args = [f"--db={engine}", "-p", "no:cacheprovider", "-p", "no:randomly"]
    if workers:
        args += ["-n", workers]
    result = pytester.runpytest_subprocess(*args)
    result.assert_outcomes(passed=200)
