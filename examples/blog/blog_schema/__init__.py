"""The blog's tables, declared per engine with the same keys."""

from __future__ import annotations

import importlib
from types import ModuleType


def for_dialect(name: str) -> ModuleType:
    """The declarations for ``sqlite``, ``postgres``, ``mysql`` or ``mariadb``."""
    return importlib.import_module(f"blog_schema.{'mysql' if name == 'mariadb' else name}")
