"""The plugin's options: each a CLI flag and an ini key, read through one resolver.

Precedence: command line > ini (``harness_*`` in pytest.ini / pyproject / tox.ini) > environment
> default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pytest

from harness import engines

DB_CHOICES = (*engines.NAMES, "all")


@dataclass(frozen=True)
class Option:
    name: str  # attribute / ini suffix, e.g. "db_url"
    help: str
    kind: str = "string"  # string | bool | list
    default: Any = None
    env: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def ini(self) -> str:
        return f"harness_{self.name}"


OPTIONS = [
    Option(
        "db",
        f"database engine: {' | '.join(DB_CHOICES)} (default sqlite)",
        default="sqlite",
        env="HARNESS_DB",
    ),
    Option(
        "db_url",
        "use this running server (repeatable; the scheme says which dialect)",
        "list",
        default=[],
    ),
    Option(
        "db_image",
        "container image (testcontainers), per engine: --db-image=postgres=postgres:16 "
        "(repeatable); a bare image is for the single engine selected",
        "list",
        default=[],
    ),
    Option(
        "db_keep", "keep the server after the run", "bool", default=False, env="HARNESS_DB_KEEP"
    ),
    Option(
        "db_reuse",
        "reuse a server kept by an earlier run",
        "bool",
        default=False,
        env="HARNESS_DB_REUSE",
    ),
    Option("db_config", "Kit config file (default: drizzle.config.py or [tool.harness])"),
    Option("db_out", "migrations folder (overrides the config's out)"),
    Option(
        "db_push",
        "create the schema from the declarations instead of migrations",
        "bool",
        default=False,
    ),
    Option(
        "db_seed",
        "random seed of the factory fixtures, the seed fixture and --db-seed-rows (default 0)",
        default="0",
    ),
    Option(
        "db_seed_rows",
        "seed the template with this many rows per declared table (0: none), drizzle-seed style",
        default="0",
    ),
    Option(
        "db_rebuild",
        "build the template again even when one with the same content exists "
        "(pytest-django's --create-db)",
        "bool",
        default=False,
        env="HARNESS_DB_REBUILD",
    ),
]
BY_NAME = {o.name: o for o in OPTIONS}


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("harness", "drizzle-harness database")
    parser.addini(
        "harness_factories",
        "register <table>_factory / <table> fixtures for the declared tables",
        type="bool",
        default=True,
    )
    parser.addini(
        "harness_check_schema",
        "fail the run when the declarations differ from the out folder's latest snapshot "
        "(a change not yet generated)",
        type="bool",
        default=True,
    )
    for option in OPTIONS:
        if option.kind == "bool":
            group.addoption(
                option.flag, action="store_true", default=None, dest=option.name, help=option.help
            )
            parser.addini(option.ini, option.help, type="bool", default=None)
        elif option.kind == "list":
            group.addoption(
                option.flag, action="append", default=None, dest=option.name, help=option.help
            )
            parser.addini(option.ini, option.help, type="linelist", default=[])
        elif option.name == "db":
            group.addoption(
                option.flag,
                action="store",
                default=None,
                dest="db",
                choices=DB_CHOICES,
                help=option.help,
            )
            parser.addini(option.ini, option.help, default=None)
        else:
            group.addoption(
                option.flag, action="store", default=None, dest=option.name, help=option.help
            )
            parser.addini(option.ini, option.help, default=None)


def is_set(config: pytest.Config, name: str) -> bool:
    """Whether the option was given (command line, ini or environment), not defaulted."""
    option = BY_NAME[name]
    if config.getoption(name, default=None) not in (None, []):
        return True
    if config.getini(option.ini) not in (None, [], ""):
        return True
    return bool(option.env and os.environ.get(option.env))


def resolve(config: pytest.Config, name: str) -> Any:
    """The option's value: CLI > ini > environment > default."""
    option = BY_NAME[name]
    cli = config.getoption(name, default=None)
    if cli not in (None, []):
        return cli
    ini = config.getini(option.ini)
    if ini not in (None, [], ""):
        if option.name == "db" and ini not in DB_CHOICES:
            raise pytest.UsageError(
                f"ini {option.ini} = {ini!r}: use one of {', '.join(DB_CHOICES)}"
            )
        return ini
    if option.env and os.environ.get(option.env):
        value = os.environ[option.env]
        if option.kind == "bool":
            return value.lower() in ("1", "true", "yes", "on")
        return value
    return option.default


def images(config: pytest.Config, names: list[str]) -> dict[str, str]:
    """``--db-image`` values by engine name: ``engine=image`` (any alias of the engine), or a
    bare image for the only engine of the run."""
    chosen: dict[str, str] = {}
    for value in resolve(config, "db_image") or []:
        engine_name, sep, image = str(value).partition("=")
        if not sep:
            if len(names) != 1:
                raise pytest.UsageError(
                    f"--db-image={value}: with --db=all name the engine, e.g. "
                    f"--db-image=postgres={value}"
                )
            engine_name, image = names[0], str(value)
        try:
            engine = engines.get(engine_name.strip())
        except engines.UnknownEngine as exc:
            raise pytest.UsageError(f"--db-image={value}: {exc}") from None
        image = image.strip()
        if not image:
            raise pytest.UsageError(f"--db-image={value}: no image after '='")
        if chosen.get(engine.name, image) != image:
            raise pytest.UsageError(
                f"--db-image: two images for {engine.name}: {chosen[engine.name]} and {image}"
            )
        chosen[engine.name] = image
    return chosen
