"""Loading the declaration modules a Kit config names (``schema=``): dotted module names or
file globs relative to the config's folder.  Used by the CLI and by the pytest plugin."""

from __future__ import annotations

import glob
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from harness.kit.config import Config, ConfigError


def schema_modules(config: Config) -> list[ModuleType]:
    """Import the declaration modules named by ``schema`` (dotted names or file globs)."""
    modules = []
    for entry in config.schema:
        if entry.endswith(".py") or "/" in entry or "*" in entry:
            pattern = entry if Path(entry).is_absolute() else str(config.root / entry)
            files = sorted(glob.glob(pattern, recursive=True))
            if not files:
                raise ConfigError(f"{config.source}: schema {entry!r} matches no file")
            for i, file in enumerate(files):
                spec = importlib.util.spec_from_file_location(f"_harness_schema_{i}", file)
                assert spec is not None and spec.loader is not None
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                modules.append(module)
        else:
            sys.path.insert(0, str(config.root))
            try:
                modules.append(importlib.import_module(entry))
            except ImportError as exc:
                raise ConfigError(f"{config.source}: schema module {entry!r}: {exc}") from None
            finally:
                sys.path.remove(str(config.root))
    if not modules:
        raise ConfigError(f"{config.source}: `schema` is empty; name the declarations module(s)")
    return modules
