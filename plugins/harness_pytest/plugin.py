"""drizzle-harness pytest plugin: ``pytest --db=postgres`` and every test gets a ``db``.

Fixtures: ``db`` (transactional, function), ``db_committed`` (real commits, tables emptied
afterwards), ``db_url`` (the worker database's URL, for code that opens its own connections;
its repr masks the password), ``db_server`` (session), ``db_dialect``, and ``db_setup``
(session: this worker's database; override it as pytest-django's ``django_db_setup`` to add
session-wide data).  Servers and templates are prepared after collection, only for the engines
that the selected tests use: a run that selects no database test starts no server.  Marker:
``@pytest.mark.db(dialects=["postgres"], commit=True)`` (``commit=True``: the test's ``db`` is
``db_committed``; the older ``transaction=False`` still works and warns).  Application code
receives the connection as ``db`` (the harness ``Database``) or ``db.client`` (the driver
connection, whose commit/rollback stay inside the test); code that connects by itself uses
``db_url`` together with ``db_committed``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from harness import engines
from harness.connect import connect
from harness.core.database import Database
from harness.servers import release
from harness.servers.owners import Owner, set_run_owner
from harness.urls import mask_url
from harness_pytest import lifecycle
from harness_pytest.factories import seed_fixture as factories_seed_fixture
from harness_pytest.options import add_options, images, is_set, resolve
from harness_pytest.queries import (  # noqa: F401  (fixtures: pytest finds them here)
    assert_max_num_queries,
    assert_num_queries,
)
from harness_pytest.session_db import begin_test, end_test

ALL = ("sqlite", "postgres", "mysql")
#: the engine when neither ``--db`` nor a single Kit config says otherwise
BY_NAME_DEFAULT = "sqlite"
MARKER = (
    "db(dialects=None, commit=False): limit a test to these databases; "
    "commit=True gives it real commits (its db is db_committed)"
)
MARKER_KEYS = {"dialects", "commit", "transaction"}
#: ``transaction=False`` reads as pytest-django's opposite; ``commit=True`` replaces it
TRANSACTION_DEPRECATED = {
    False: "@pytest.mark.db(transaction=False) is deprecated: write @pytest.mark.db(commit=True) "
    "(real commits; pytest-django spells that transaction=True)",
    True: "@pytest.mark.db(transaction=True) is deprecated: leave it out (rolled back is the "
    "default) or write commit=False",
}


class MaskedUrl(str):
    """A database URL that is a ``str`` everywhere but shows ``***`` for its password in its
    repr (what pytest prints for a failed assertion, ``--showlocals`` and parametrize ids)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(mask_url(str(self)))


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)
    config.stash[STATE] = HarnessState(config)
    worker_input = getattr(config, "workerinput", None)
    if worker_input and worker_input.get(RUN_OWNER_KEY):
        # servers this worker starts belong to the controller, which stops them at the end
        set_run_owner(Owner.parse(str(worker_input[RUN_OWNER_KEY])))


#: the controller's ``Owner`` token, handed to xdist workers
RUN_OWNER_KEY = "harness_run_owner"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller: tell each worker who owns the servers it may start."""
    node.workerinput[RUN_OWNER_KEY] = Owner.current().token


@dataclass
class WorkerDatabase:
    """This worker's own database for one engine: where it lives and the open connection."""

    server: Any
    name: str
    url: str
    connection: Database


class HarnessState:
    """Everything the plugin knows for this process."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        choice = resolve(config, "db") if is_set(config, "db") else _default_engine(config)
        self.names: list[str] = list(ALL) if choice == "all" else [choice]
        self.all_mode = choice == "all"
        self.images = images(config, self.names)
        self.prepared: dict[str, lifecycle.Prepared] = {}
        self.servers: dict[str, Any] = {}
        self.workers: dict[str, WorkerDatabase] = {}
        self.sources: dict[str, lifecycle.SchemaSource] = {}
        # an xdist worker has ``workerinput``; the environment variable alone would also be
        # inherited by a pytest started from inside a worker (pytester subprocesses)
        worker_input = getattr(config, "workerinput", None)
        self.worker = str(worker_input["workerid"]) if worker_input else "main"

    @property
    def is_worker(self) -> bool:
        return hasattr(self.config, "workerinput")

    def root(self) -> Path:
        base = self.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
        return Path(base).parent if self.is_worker else Path(base)

    def schema_source(self, name: str) -> lifecycle.SchemaSource:
        if name not in self.sources:
            self.sources[name] = _schema_source(self.config, name)
        return self.sources[name]

    def settings(self, name: str) -> dict[str, Any]:
        urls = resolve(self.config, "db_url") or []
        wanted = engines.get(name).dialect
        url = next((u for u in urls if engines.for_url(u).dialect == wanted), None)
        return {
            "url": url,
            "image": self.images.get(engines.get(name).name),
            "keep": resolve(self.config, "db_keep"),
            "reuse": resolve(self.config, "db_reuse"),
            "rebuild": resolve(self.config, "db_rebuild"),
            # one process for the whole run (no xdist workers): see lifecycle.prepare
            "single": not self.is_worker and not self.config.getoption("numprocesses", None),
        }

    def prepare(self, name: str) -> lifecycle.Prepared:
        """The server and template for ``name``, prepared once per run (by whichever process
        of the run asks first; see ``lifecycle.prepare_once``)."""
        if name not in self.prepared:
            source = self.schema_source(name)
            prepared, server = lifecycle.prepare_once(
                name, source, self.settings(name), self.root()
            )
            self.prepared[name] = prepared
            if server is not None:
                self.servers[name] = server
        return self.prepared[name]

    def connection(self, name: str) -> Database:
        """This worker's connection to its own database for ``name`` (created on first use)."""
        if name not in self.workers:
            prepared = self.prepare(name)
            if prepared.error:
                pytest.skip(f"{name}: {prepared.error}")
            source = self.schema_source(name)
            server, db_name, url = lifecycle.worker_database(
                prepared, source, self.worker, self.root()
            )
            connection = connect(url, casing=source.casing, schema=source.declarations)
            if prepared.memory:
                source.apply(connection)  # a private in-memory database starts empty
            self.workers[name] = WorkerDatabase(server, db_name, url, connection)
        return self.workers[name].connection


STATE = pytest.StashKey[HarnessState]()


def _default_engine(config: pytest.Config) -> str:
    """The engine when ``--db`` is not given: a project with a single Kit config (one
    ``drizzle.config.py``, ``[tool.harness]`` or ``--db-config``, and no per-engine
    ``drizzle.<engine>.config.py``) runs on that config's dialect; anything else on SQLite."""
    from harness.kit.config import ConfigError, load_config

    root = Path(config.rootpath)
    if any(root.glob("drizzle.*.config.py")):
        return str(BY_NAME_DEFAULT)
    explicit = resolve(config, "db_config")
    if not (explicit or (root / "drizzle.config.py").exists() or _has_tool_harness(config)):
        return str(BY_NAME_DEFAULT)
    try:
        kit = load_config(explicit or None, cwd=root)
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None
    return engines.get(kit.dialect).name


def _config_path(config: pytest.Config, name: str) -> str | None:
    """--db-config, else ``drizzle.<name>.config.py`` (one per engine), else the default lookup."""
    explicit = resolve(config, "db_config")
    if explicit:
        return str(explicit)
    root = Path(config.rootpath)
    # an engine shares its family's config file (MariaDB speaks MySQL)
    for candidate in dict.fromkeys((name, engines.get(name).family)):
        if (root / f"drizzle.{candidate}.config.py").exists():
            return f"drizzle.{candidate}.config.py"
    return None


def _schema_source(config: pytest.Config, name: str) -> lifecycle.SchemaSource:
    """The Kit config decides the out folder (or the declarations to push) for engine ``name``."""
    from harness.kit.config import ConfigError, load_config

    path = _config_path(config, name)
    out = resolve(config, "db_out")
    kit = None
    try:
        root = Path(config.rootpath)
        if path or (root / "drizzle.config.py").exists() or _has_tool_harness(config):
            kit = load_config(path, cwd=config.rootpath)
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None
    if kit is not None and kit.dialect != engines.get(name).dialect:
        raise pytest.UsageError(
            f"{kit.source}: dialect {kit.dialect!r} does not match --db={name}; add "
            f"drizzle.{name}.config.py for that engine or pass --db-config"
        )
    source = lifecycle.SchemaSource()
    if kit is not None:
        source.out = kit.out_path
        if not out and not resolve(config, "db_push") and not kit.out_path.exists():
            raise pytest.UsageError(
                f"{kit.source}: out folder {kit.out!r} not found; fix `out`, pass --db-out, "
                "or --db-push to create the schema from the declarations"
            )
        source.migrations_table, source.migrations_schema = (
            kit.migrations_table,
            kit.migrations_schema,
        )
        source.casing = kit.casing
        source.out_of_order = kit.out_of_order
    if out:
        source.out = Path(out) if Path(out).is_absolute() else Path(config.rootpath) / out
        if not source.out.exists():
            raise pytest.UsageError(f"--db-out {out}: folder not found")
    if kit is not None and kit.schema:
        from harness.kit.declarations import schema_modules

        try:
            source.declarations = {
                k: v
                for m in schema_modules(kit)
                for k, v in vars(m).items()
                if not k.startswith("_")
            }
        except ConfigError as exc:
            raise pytest.UsageError(str(exc)) from None
        if source.out is not None and config.getini("harness_check_schema") is not False:
            _check_declarations(kit, source.out)
    if resolve(config, "db_push"):
        if kit is None or not kit.schema:
            raise pytest.UsageError(
                "--db-push needs `schema` in the Kit config (drizzle.config.py or [tool.harness])"
            )
        from harness.kit.declarations import schema_modules

        source.entities = [e for m in schema_modules(kit) for e in vars(m).values()]
        source.out = None
    source.seed_rows, source.seed = _seed_rows(config), str(resolve(config, "db_seed") or "0")
    if source.seed_rows and not source.declarations:
        raise pytest.UsageError(
            "--db-seed-rows needs `schema` in the Kit config (the declared tables are seeded)"
        )
    return source


def _seed_rows(config: pytest.Config) -> int:
    text = str(resolve(config, "db_seed_rows") or "0")
    if not text.isdigit():
        raise pytest.UsageError(f"--db-seed-rows / harness_db_seed_rows: {text!r} is not a count")
    return int(text)


def _check_declarations(kit: Any, out: Path) -> None:
    """Fail the run at once when the declarations differ from the out folder's newest snapshot
    (a column added but never generated): the tests would otherwise run against a schema the
    code does not describe.  pytest-alembic's ``test_model_definitions_match_ddl``, made
    automatic; ini ``harness_check_schema = false`` turns it off."""
    from harness.kit.config import Config, ConfigError
    from harness.kit.errors import MigrationFolderError
    from harness.kit.generate import ungenerated_changes
    from harness.kit.journal import layout

    try:
        if not out.is_dir() or layout(out) != "legacy":
            return  # the 1.0 layout's snapshots are not compared (generate writes 0.31's)
        changes = ungenerated_changes(Config(**{**kit.__dict__, "out": str(out)}))
    except (ConfigError, MigrationFolderError) as exc:
        raise pytest.UsageError(str(exc)) from None
    if changes:
        raise pytest.UsageError(
            f"{kit.source}: the declarations differ from the migrations in {out} "
            f"(harness_check_schema): " + "; ".join(changes)
        )


def _has_tool_harness(config: pytest.Config) -> bool:
    pyproject = Path(config.rootpath) / "pyproject.toml"
    return pyproject.exists() and "[tool.harness]" in pyproject.read_text(errors="replace")


def pytest_sessionstart(session: pytest.Session) -> None:
    state = session.config.stash[STATE]
    if not state.is_worker:
        # configuration errors (no config, a missing out folder) stop the run here, in one
        # line, before any worker starts; servers wait until the tests that need them are known
        for name in state.names:
            state.schema_source(name)
    _register_factories(session.config, state)


def _engines_used(state: HarnessState, items: list[pytest.Item]) -> list[str]:
    """The engines the selected tests need a database of (through ``db_dialect``, which every
    database fixture depends on), in ``--db`` order; tests marked skip need none."""
    used: set[str] = set()
    for item in items:
        if "db_dialect" not in getattr(item, "fixturenames", ()):
            continue
        if any(marker.name == "skip" for marker in item.iter_markers()):
            continue
        callspec = getattr(item, "callspec", None)
        used.add(
            str(callspec.params.get("db_dialect"))
            if callspec and "db_dialect" in callspec.params
            else state.names[0]
        )
    return [name for name in state.names if name in used]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Prepare servers and templates for the engines the selected tests use, before the first
    test (and, under xdist, before the worker reports its collection to the controller)."""
    config = session.config
    if config.option.collectonly:
        return
    state = config.stash[STATE]
    for name in _engines_used(state, session.items):
        prepared = state.prepare(name)
        if _stops_the_run(state, prepared) and not state.is_worker:
            raise pytest.UsageError(_run_error(prepared))
        # a worker cannot stop the run (xdist would report a lost worker): the controller
        # reads the record and stops it (pytest_xdist_node_collection_finished)


def _stops_the_run(state: HarnessState, prepared: lifecycle.Prepared) -> bool:
    """A fatal error always; no server only when it is the run's one engine (--db=all skips
    that engine's tests instead)."""
    return bool(prepared.error) and (prepared.fatal or not state.all_mode)


def _run_error(prepared: lifecycle.Prepared) -> str:
    return f"harness: {prepared.error}" if prepared.fatal else str(prepared.error)


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> None:
    """Show what was prepared, under pytest's "collected N items" line."""
    state = session.config.stash[STATE]
    if not state.is_worker:
        _show_headers(session.config, state.prepared.values())


def _show_headers(config: pytest.Config, prepared: Any) -> None:
    """The header lines (server, version, how, template) once preparation is done: pytest
    prints its own header before collection, when nothing is prepared yet."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    shown: set[str] = config.stash.setdefault(SHOWN, set())
    for item in prepared:
        if item.name not in shown:
            shown.add(item.name)
            reporter.write_line(item.header())


SHOWN = pytest.StashKey[set[str]]()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: Any, ids: list[str]) -> None:
    """xdist controller: show what the workers prepared (read from the run's records)."""
    config = node.config
    state = config.stash[STATE]
    records = lifecycle.recorded(state.root())
    for prepared in records:
        if _stops_the_run(state, prepared):
            # before any test is scheduled; exit status 4 as without xdist
            pytest.exit(_run_error(prepared), returncode=pytest.ExitCode.USAGE_ERROR)
    _show_headers(config, records)


def _register_factories(config: pytest.Config, state: HarnessState) -> None:
    """``<singular>_factory`` / ``<singular>`` for every declared table, and ``seed``."""
    from harness.core.table import Table
    from harness_pytest.factories import factory_fixtures

    if config.getini("harness_factories") is False:
        return
    keys: set[str] = set()
    for name in state.names:
        try:
            declarations = state.schema_source(name).declarations or {}
        except pytest.UsageError:
            continue
        keys |= {k for k, v in declarations.items() if isinstance(v, Table)}
    if keys:
        config.pluginmanager.register(factory_fixtures(sorted(keys)), "harness-factories")


def pytest_sessionfinish(session: pytest.Session) -> None:
    state = session.config.stash[STATE]
    for engine, worker in state.workers.items():
        try:
            worker.connection.close()
            worker.server.drop_database(worker.name)
        except Exception as exc:  # teardown must not hide the run's result: warn instead
            _teardown_warning(f"dropping the {engine} worker database {worker.name}", exc)
    state.workers.clear()
    if state.is_worker or resolve(session.config, "db_keep"):
        return
    for prepared in lifecycle.recorded(state.root()):
        server = state.servers.get(prepared.name)
        try:
            if server is not None:
                server.stop()
            elif prepared.release:
                release(prepared.release)  # started by an xdist worker
        except Exception as exc:
            _teardown_warning(f"stopping the {prepared.name} server", exc)


def _teardown_warning(what: str, exc: Exception) -> None:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    warnings.warn(
        pytest.PytestWarning(f"harness: {what} failed ({first}); the next run removes it"),
        stacklevel=2,
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        marker = item.get_closest_marker("db")
        if marker is None:
            continue
        unknown = set(marker.kwargs) - MARKER_KEYS
        if marker.args or unknown:
            raise pytest.UsageError(
                f"{item.nodeid}: @pytest.mark.db takes only dialects=[...] and commit=..., "
                f"got {list(marker.args) + sorted(unknown)}"
            )
        commit, transaction = marker.kwargs.get("commit"), marker.kwargs.get("transaction")
        for key, value in (("commit", commit), ("transaction", transaction)):
            if value is not None and not isinstance(value, bool):
                raise pytest.UsageError(
                    f"{item.nodeid}: @pytest.mark.db({key}=...) takes True or False, got {value!r}"
                )
        if commit is not None and transaction is not None and commit == transaction:
            raise pytest.UsageError(
                f"{item.nodeid}: @pytest.mark.db(commit={commit}, transaction={transaction}) "
                "contradict each other; write only commit=..."
            )
        if transaction is not None:
            item.warn(DeprecationWarning(TRANSACTION_DEPRECATED[transaction]))
        dialects = marker.kwargs.get("dialects")
        if dialects is not None and (
            isinstance(dialects, str) or not set(dialects) <= {*ALL, "mariadb"}
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: @pytest.mark.db(dialects=...) must list {ALL}, got {dialects!r}"
            )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_dialect" not in metafunc.fixturenames:
        return
    state = metafunc.config.stash[STATE]
    marker = metafunc.definition.get_closest_marker("db")
    allowed = marker.kwargs.get("dialects") if marker else None
    names = [
        n
        for n in state.names
        if allowed is None or n in allowed or engines.get(n).family in allowed
    ]
    if state.all_mode:
        metafunc.parametrize("db_dialect", names, indirect=True, scope="session", ids=names)
    elif not names:
        metafunc.parametrize(
            "db_dialect",
            [pytest.param(state.names[0], marks=pytest.mark.skip(reason=f"only for {allowed}"))],
            indirect=True,
            scope="session",
            ids=[""],
        )


seed = factories_seed_fixture()


@pytest.fixture(scope="session")
def db_dialect(request: pytest.FixtureRequest) -> str:
    """The database engine of this test: sqlite, postgres, mysql or mariadb."""
    state = request.config.stash[STATE]
    name = str(getattr(request, "param", state.names[0]))
    prepared = state.prepare(name)  # done after collection already, unless asked dynamically
    if prepared.error:
        if prepared.fatal or not state.all_mode:
            pytest.fail(prepared.error, pytrace=False)
        pytest.skip(f"{name}: {prepared.error}")
    return name


@pytest.fixture(scope="session")
def db_setup(db_dialect: str, request: pytest.FixtureRequest) -> WorkerDatabase:
    """This worker's database for the test's engine: created from the run's template at first
    use, dropped at the end of the session.

    pytest-django's ``django_db_setup``: override it in a ``conftest.py`` to add data every
    test should see (the connection commits each statement outside a test; each test's
    writes still roll back)::

        @pytest.fixture(scope="session")
        def db_setup(db_setup):
            db_setup.connection.insert(countries).values({"code": "FR"}).execute()
            return db_setup
    """
    state = request.config.stash[STATE]
    state.connection(db_dialect)
    return state.workers[db_dialect]


@pytest.fixture(scope="session")
def db_server(db_setup: WorkerDatabase) -> Any:
    """The server of this run (a ``harness.servers.Server``)."""
    return db_setup.server


@pytest.fixture(scope="session")
def db_url(db_setup: WorkerDatabase) -> str:
    """URL of this worker's database (for code that opens its own connections); a ``str``
    whose repr masks the password."""
    return MaskedUrl(db_setup.url)


@pytest.hookimpl(tryfirst=True)
def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """A failed comparison with ``db_url``: pytest's own text diff would print the password."""
    if not isinstance(left, MaskedUrl) and not isinstance(right, MaskedUrl):
        return None
    from difflib import ndiff

    def shown(value: object) -> str:
        return repr(mask_url(value)) if isinstance(value, str) else repr(value)

    lines = [f"{shown(left)} {op} {shown(right)}", "(database URL passwords are masked)"]
    if op == "==" and isinstance(left, str) and isinstance(right, str):
        lines += [line.rstrip("\n") for line in ndiff([mask_url(right)], [mask_url(left)])]
    return lines


def _wants_commits(request: pytest.FixtureRequest) -> bool:
    """``@pytest.mark.db(commit=True)``, or the deprecated ``transaction=False``."""
    marker = request.node.get_closest_marker("db")
    if marker is None:
        return False
    if "commit" in marker.kwargs:
        return marker.kwargs["commit"] is True
    return marker.kwargs.get("transaction") is False


@pytest.fixture
def db(db_setup: WorkerDatabase, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A ``Database`` whose writes vanish after the test (a rolled-back transaction)."""
    if _wants_commits(request):
        yield request.getfixturevalue("db_committed")
        return
    connection = db_setup.connection
    transaction, test_db = begin_test(connection)
    try:
        yield test_db
    finally:
        end_test(transaction)


@pytest.fixture
def db_committed(
    db_setup: WorkerDatabase, db_dialect: str, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """Real commits (for code with its own connections); the tables are emptied afterwards."""
    connection = db_setup.connection
    source = request.config.stash[STATE].schema_source(db_dialect)
    try:
        yield connection
    finally:
        admin = connection.dialect.admin
        # the bookkeeping table stays: the next run's migrate reads it
        tables = admin.user_tables(connection, source.migrations_table, source.migrations_schema)
        admin.empty_tables(connection, tables)
