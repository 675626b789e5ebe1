"""Helpers for the plugin's own tests: each runs pytest in a subprocess on a project copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[2] / "examples" / "blog"


@pytest.fixture
def blog(pytester: pytest.Pytester) -> Path:
    """A fresh copy of examples/blog as the pytester project."""
    for item in EXAMPLE.iterdir():
        if item.name in ("__pycache__", ".pytest_cache", "__init__.py"):
            continue
        target = pytester.path / item.name
        if item.is_dir():
            shutil.copytree(item, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(item, target)
    return pytester.path


def header(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("harness: ")]
