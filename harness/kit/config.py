"""Kit configuration: ``define_config(...)`` in ``drizzle.config.py`` or ``[tool.harness]``.

The keys are Drizzle Kit's, in snake_case.  A config is looked up as Drizzle Kit does it: an
explicit ``--config`` path (several configs per project are common: ``drizzle-dev.config.py``),
else ``drizzle.config.py`` in the working directory, else ``[tool.harness]`` in
``pyproject.toml``.  Unknown keys and wrong types raise ``ConfigError`` naming the key, the file
and the closest valid key.
"""

from __future__ import annotations

import difflib
import os
import re
import runpy
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from harness import engines
from harness.kit.errors import KitError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


class ConfigError(KitError):
    """A config that cannot be used; names the key and the file."""


#: drizzle-kit's ``dialect`` values (``harness.engines`` maps each to its engine)
DIALECTS = engines.KIT_DIALECTS

# key -> (accepted types, description)
KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "dialect": ((str,), '"postgresql" | "mysql" | "sqlite" | "turso"'),
    "schema": ((str, list), "module path(s) or glob(s) of Python files"),
    "out": ((str,), "the migrations folder"),
    "driver": ((str,), "driver name"),
    "db_credentials": ((dict,), "{url: ...} or host/port/user/password/database/ssl"),
    "migrations": ((dict,), "{table, schema, prefix, out_of_order}"),
    "tables_filter": ((str, list), "glob(s) of table names"),
    "schema_filter": ((str, list), "PostgreSQL schema name(s)"),
    "extensions_filters": ((list,), 'e.g. ["postgis"]'),
    "entities": ((dict,), "{roles: ...}"),
    "strict": ((bool,), "true/false"),
    "verbose": ((bool,), "true/false"),
    "breakpoints": ((bool,), "true/false"),
    "casing": ((str,), '"snake_case" | "camelCase"'),
    "introspect": ((dict,), "{casing: ...}"),
}
SUB_KEYS: dict[str, dict[str, Any]] = {
    "migrations": {"table": str, "schema": str, "prefix": str, "out_of_order": str},
    "db_credentials": {
        "url": str,
        "host": str,
        "port": int,
        "user": str,
        "password": str,
        "database": str,
        "ssl": (bool, str, dict),
    },
}
PREFIXES = ("index", "timestamp", "supabase", "unix", "none")
#: ``migrations.out_of_order``: a migration older than the newest applied one is refused
#: (``error``), applied (``apply``, Flyway's outOfOrder) or skipped with a warning (``skip``,
#: what drizzle-orm does silently)
OUT_OF_ORDER = ("error", "apply", "skip")


@dataclass(frozen=True)
class Config:
    """A validated Kit config."""

    dialect: str
    schema: tuple[str, ...] = ()
    out: str = "drizzle"
    driver: str | None = None
    db_credentials: dict[str, Any] = field(default_factory=dict)
    migrations: dict[str, str] = field(default_factory=dict)
    tables_filter: tuple[str, ...] = ()
    schema_filter: tuple[str, ...] = ()
    extensions_filters: tuple[str, ...] = ()
    entities: dict[str, Any] = field(default_factory=dict)
    strict: bool = False
    verbose: bool = False
    breakpoints: bool = True
    casing: str | None = None
    introspect: dict[str, Any] = field(default_factory=dict)
    source: str = "<define_config>"
    root: Path = field(default_factory=Path.cwd)

    @property
    def out_path(self) -> Path:
        path = Path(self.out)
        return path if path.is_absolute() else self.root / path

    @property
    def migrations_table(self) -> str:
        return self.migrations.get("table", "__drizzle_migrations")

    @property
    def migrations_schema(self) -> str:
        return self.migrations.get("schema", "drizzle")

    @property
    def out_of_order(self) -> str:
        """``migrations.out_of_order``: ``error`` (default), ``apply`` or ``skip``."""
        return self.migrations.get("out_of_order", "error")

    @property
    def url(self) -> str | None:
        """The database URL from ``db_credentials`` (url, or built from its parts)."""
        creds = self.db_credentials
        if not creds:
            return None
        if "url" in creds:
            return str(creds["url"])
        engine = engines.get(self.dialect)
        if engine.serverless:
            return None  # a file database has no host/port/user: give url=
        user = quote(str(creds.get("user", "")), safe="")
        password = creds.get("password")
        auth = (
            f"{user}:{quote(str(password), safe='')}@" if password else (f"{user}@" if user else "")
        )
        port = f":{creds['port']}" if "port" in creds else ""
        host = creds.get("host", "localhost")
        scheme = engine.url_schemes[0]
        return f"{scheme}://{auth}{host}{port}/{creds.get('database', '')}"


def _closest(key: str, options: Any) -> str:
    match = difflib.get_close_matches(key, list(options), n=1, cutoff=0.5)
    return (
        f"; did you mean {match[0]!r}?" if match else f"; valid keys: {', '.join(sorted(options))}"
    )


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def define_config(**options: Any) -> Config:
    """Build a ``Config`` from Drizzle Kit's options (snake_case); validates every key."""
    return _build(options, "<define_config>", Path.cwd())


def _build(options: dict[str, Any], source: str, root: Path) -> Config:
    for key, value in options.items():
        if key not in KEYS:
            raise ConfigError(f"{source}: unknown config key {key!r}{_closest(key, KEYS)}")
        types, description = KEYS[key]
        if value is not None and not isinstance(value, types):
            raise ConfigError(
                f"{source}: {key} must be {description}, got {type(value).__name__} {value!r}"
            )
        nested: dict[str, Any] = value if key in SUB_KEYS and isinstance(value, dict) else {}
        for sub_key, sub_value in nested.items():
            allowed = SUB_KEYS[key]
            if sub_key not in allowed:
                raise ConfigError(
                    f"{source}: unknown key {key}.{sub_key}{_closest(sub_key, allowed)}"
                )
            if not isinstance(sub_value, allowed[sub_key]):
                raise ConfigError(
                    f"{source}: {key}.{sub_key} has the wrong type ({type(sub_value).__name__})"
                )
    if "dialect" not in options:
        raise ConfigError(f"{source}: `dialect` is required: one of {', '.join(sorted(DIALECTS))}")
    dialect = options["dialect"]
    if dialect not in DIALECTS:
        raise ConfigError(
            f"{source}: dialect {dialect!r} is not supported{_closest(dialect, DIALECTS)}"
        )
    prefix = (options.get("migrations") or {}).get("prefix")
    if prefix is not None and prefix not in PREFIXES:
        raise ConfigError(
            f"{source}: migrations.prefix {prefix!r}: use one of {', '.join(PREFIXES)}"
        )
    out_of_order = (options.get("migrations") or {}).get("out_of_order")
    if out_of_order is not None and out_of_order not in OUT_OF_ORDER:
        raise ConfigError(
            f"{source}: migrations.out_of_order {out_of_order!r}: use one of "
            f"{', '.join(OUT_OF_ORDER)}"
        )
    casing = options.get("casing")
    if casing is not None and casing not in ("snake_case", "camelCase"):
        raise ConfigError(f"{source}: casing {casing!r}: use 'snake_case' or 'camelCase'")
    return Config(
        dialect=engines.get(dialect).dialect,
        schema=_as_tuple(options.get("schema")),
        out=options.get("out") or "drizzle",
        driver=options.get("driver"),
        db_credentials=dict(options.get("db_credentials") or {}),
        migrations=dict(options.get("migrations") or {}),
        tables_filter=_as_tuple(options.get("tables_filter")),
        schema_filter=_as_tuple(options.get("schema_filter")),
        extensions_filters=_as_tuple(options.get("extensions_filters")),
        entities=dict(options.get("entities") or {}),
        strict=bool(options.get("strict", False)),
        verbose=bool(options.get("verbose", False)),
        breakpoints=bool(options.get("breakpoints", True)),
        casing=casing,
        introspect=dict(options.get("introspect") or {}),
        source=source,
        root=root,
    )


_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand(value: Any, source: str) -> Any:
    """``${VAR}`` in TOML strings reads the environment (TOML has no process.env)."""
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise ConfigError(f"{source}: environment variable {name} is not set")
            return os.environ[name]

        return _ENV.sub(replace, value)
    if isinstance(value, dict):
        return {k: _expand(v, source) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, source) for v in value]
    return value


def load_config(path: str | Path | None = None, cwd: str | Path | None = None) -> Config:
    """Find and load the config (explicit path > drizzle.config.py > pyproject [tool.harness])."""
    base = Path(cwd or Path.cwd())
    if path is not None:
        target = Path(path)
        target = target if target.is_absolute() else base / target
        if not target.exists():
            raise ConfigError(f"{target}: config file not found")
        return _load_toml(target) if target.suffix == ".toml" else _load_python(target)
    candidate = base / "drizzle.config.py"
    if candidate.exists():
        return _load_python(candidate)
    pyproject = base / "pyproject.toml"
    if pyproject.exists():
        return _load_toml(pyproject)
    raise ConfigError(
        f"{base}: no drizzle.config.py and no pyproject.toml with [tool.harness]; create one "
        f"(config = define_config(dialect=..., out=...)) or pass --config"
    )


def _load_python(path: Path) -> Config:
    try:
        namespace = runpy.run_path(str(path))
    except ConfigError as exc:
        raise ConfigError(str(exc).replace("<define_config>", str(path))) from None
    except SyntaxError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: syntax error: {exc.msg}") from None
    except Exception as exc:
        raise ConfigError(
            f"{path}: running the config failed: {type(exc).__name__}: {exc}"
        ) from None
    config = namespace.get("config", namespace.get("default"))
    if not isinstance(config, Config):
        raise ConfigError(
            f"{path}: define `config = define_config(...)` at module level "
            f"(from harness.kit import define_config)"
        )
    return Config(**{**config.__dict__, "source": str(path), "root": path.parent})


def _load_toml(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    section = data.get("tool", {}).get("harness") if path.name == "pyproject.toml" else data
    if section is None:
        raise ConfigError(f"{path}: no [tool.harness] table; add one or pass --config")
    return _build(_expand(dict(section), str(path)), str(path), path.parent)
