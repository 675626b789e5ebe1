"""The seed's users/posts/comments schema, declared once per dialect with the same keys."""

from __future__ import annotations

import importlib
from types import ModuleType

MODULES = {"postgres": "pg", "mysql": "mysql", "sqlite": "sqlite"}


def for_dialect(dialect: str) -> ModuleType:
    return importlib.import_module(f"tests.schemas.{MODULES[dialect]}")
