"""Per-table factory fixtures, pytest-factoryboy style.

For every table of the configured schema the plugin offers ``<singular>_factory`` (the
factory class, bound to the test's ``db``) and ``<singular>`` (one created row).  The singular
is the schema key with a plural ending dropped: ``users`` -> ``user``, ``categories`` ->
``category``, ``addresses`` -> ``address``; a key that is already singular is kept
(``user_profile``).  A fixture of the same name in a conftest overrides ours; ini
``harness_factories = false`` turns them off.  Values are reproducible: every test reseeds its
factories from ``--db-seed`` (default 0) and its node id, so order and xdist do not matter.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Any

import pytest

from harness.core.table import Table


def singular(key: str) -> str:
    for pattern, replacement in ((r"ies$", "y"), (r"(ss|x|ch|sh)es$", r"\1"), (r"([^s])s$", r"\1")):
        if re.search(pattern, key):
            return re.sub(pattern, replacement, key)
    return key


def _factory_fixture(key: str) -> Callable[..., Any]:
    @pytest.fixture(name=f"{singular(key)}_factory")
    def fixture(db: Any, db_dialect: str, request: pytest.FixtureRequest) -> Any:
        from harness.seed import factory_for
        from harness_pytest.options import resolve
        from harness_pytest.plugin import STATE

        state = request.config.stash[STATE]
        declarations = state.schema_source(db_dialect).declarations or {}
        table = declarations.get(key)
        if not isinstance(table, Table):
            pytest.skip(f"table {key!r} is not declared for {db_dialect}")
        seed = str(resolve(request.config, "db_seed") or "0")
        registry = request.node.stash.setdefault(REGISTRY, {})
        cls = factory_for(table, db, seed=seed, _registry=registry)
        cls.reseed(f"{seed}:{request.node.nodeid}:{key}")
        return cls

    return fixture


def _instance_fixture(key: str) -> Callable[..., Any]:
    factory_name = f"{singular(key)}_factory"

    @pytest.fixture(name=singular(key))
    def fixture(request: pytest.FixtureRequest) -> Any:
        return request.getfixturevalue(factory_name).create()

    return fixture


REGISTRY = pytest.StashKey[dict[int, Any]]()


def factory_fixtures(keys: list[str]) -> types.ModuleType:
    """A plugin module holding the generated fixtures (pytest reads fixtures from a module's
    namespace, not from an instance's attributes)."""
    module = types.ModuleType("harness_pytest.generated_factories")
    for key in keys:
        setattr(module, f"{singular(key)}_factory", _factory_fixture(key))
        setattr(module, singular(key), _instance_fixture(key))
    return module


def seed_fixture() -> Callable[..., Any]:
    @pytest.fixture(name="seed")
    def fixture(db: Any, db_dialect: str, request: pytest.FixtureRequest) -> Any:
        """``seed(count=10, refine=None)`` fills the whole schema inside the test's transaction."""
        from harness.seed import seed as seed_schema
        from harness_pytest.options import resolve
        from harness_pytest.plugin import STATE

        declarations = request.config.stash[STATE].schema_source(db_dialect).declarations or {}
        base = int(str(resolve(request.config, "db_seed") or "0"))

        def run(count: int = 10, refine: Any = None, seed: int | None = None) -> dict[str, int]:
            seeder = seed_schema(db, declarations, count=count, seed=base if seed is None else seed)
            if refine is not None:
                seeder.refine(refine)
            return seeder.run()

        return run

    return fixture
