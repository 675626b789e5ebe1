"""Factory fixtures give each test the same values whatever the order or the worker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("servers")

RECORDING = """
import json, os, pathlib

import pytest


@pytest.mark.parametrize("n", range(12))
def test_record(n, user_factory, post_factory, request):
    posts = [dict(p) for p in post_factory.build_batch(2)]
    values = {"user": dict(user_factory.build()), "posts": posts}
    out = pathlib.Path(os.environ["RECORD_DIR"]) / (request.node.name + ".json")
    out.write_text(json.dumps(values, default=str, sort_keys=True))
"""

REVERSE = """
def pytest_collection_modifyitems(items):
    items.reverse()
"""


def record(pytester: pytest.Pytester, blog: Path, out: Path, *args: str) -> dict[str, str]:
    out.mkdir()
    result = pytester.runpytest_subprocess(
        "--db=sqlite", "-p", "no:cacheprovider", "tests/test_record.py", *args
    )
    result.assert_outcomes(passed=12)
    return {p.name: p.read_text() for p in sorted(out.iterdir())}


@pytest.mark.slow
def test_values_do_not_depend_on_order_or_workers(
    pytester: pytest.Pytester, blog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (blog / "tests" / "test_record.py").write_text(RECORDING)
    monkeypatch.setenv("RECORD_DIR", str(tmp_path / "a"))
    forward = record(pytester, blog, tmp_path / "a")
    (blog / "tests" / "conftest.py").write_text(REVERSE)
    monkeypatch.setenv("RECORD_DIR", str(tmp_path / "b"))
    backward = record(pytester, blog, tmp_path / "b")
    monkeypatch.setenv("RECORD_DIR", str(tmp_path / "c"))
    distributed = record(pytester, blog, tmp_path / "c", "-n", "2")
    assert forward == backward == distributed
    values = [json.loads(v)["user"]["email"] for v in forward.values()]
    assert len(set(values)) == len(values)  # a different stream per test
    monkeypatch.setenv("RECORD_DIR", str(tmp_path / "d"))
    other_seed = record(pytester, blog, tmp_path / "d", "--db-seed=7")
    assert other_seed != forward
