"""Loading the declaration modules a Kit config names (``schema=``): dotted module names or
file globs relative to the config's folder.  Used by the CLI and by the pytest plugin."""

from __future__ import annotations

import glob
import importlib
import importlib.util
import sys
import traceback
from pathlib import Path
from types import ModuleType

from harness.kit.config import Config, ConfigError


def _import_failure(what: str, exc: BaseException) -> str:
    """``schema.py:12: NameError: name 'x' is not defined`` - where the user's code failed."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if "importlib" not in f.filename and "/harness/kit/" not in f.filename]
    where = f"{own[-1].filename}:{own[-1].lineno}" if own else what
    if isinstance(exc, SyntaxError) and exc.filename:
        where = f"{exc.filename}:{exc.lineno}"
    message = str(exc).splitlines()[0] if str(exc) else ""
    return (
        f"{where}: {type(exc).__name__}: {message} (while importing the schema {what}); "
        f"fix the declarations module"
    )


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
                try:
                    spec.loader.exec_module(module)
                except Exception as exc:  # any error in user code: one line, not a traceback
                    raise ConfigError(_import_failure(file, exc)) from None
                modules.append(module)
        else:
            sys.path.insert(0, str(config.root))
            try:
                modules.append(importlib.import_module(entry))
            except ModuleNotFoundError as exc:
                if exc.name and entry.startswith(exc.name):
                    raise ConfigError(
                        f"{config.source}: schema module {entry!r} not found ({exc}); "
                        f"check `schema` in the config"
                    ) from None
                raise ConfigError(_import_failure(entry, exc)) from None
            except Exception as exc:
                raise ConfigError(_import_failure(entry, exc)) from None
            finally:
                sys.path.remove(str(config.root))
    if not modules:
        raise ConfigError(f"{config.source}: `schema` is empty; name the declarations module(s)")
    return modules
