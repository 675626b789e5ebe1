"""Per run: server -> template database (migrated once, keyed by the schema's hash) -> one
database per xdist worker (cloned from the template) -> a transaction per test.

Preparation (server and template) happens once per run and engine, in the first process that
needs it: the only process without xdist, else the first worker whose collected tests use the
engine.  It runs under a file lock in the shared basetemp and leaves a record there
(``harness-prepared-<engine>.json``) that the other processes read instead of preparing again.
A server a worker started belongs to the run (``Owner.run()``: the controller, whose pid it
records for crash reaping), and the controller stops it at the end from that record.

What stays on a server between runs, and how it is bounded:

- templates (``harness_tpl_<hash>``) are named by their content only (the out folder's files or
  the pushed DDL, the engine, the bookkeeping settings), so every copy of a project and every
  checkout shares one; each set-up records the use of its template and drops the templates
  nobody used for ``TEMPLATE_IDLE_DAYS`` days;
- worker databases (``harness_w_<owner>_<worker>``) and templates being built
  (``harness_tpb_<owner>_<hash>``) carry their owner (host, pid, process start:
  ``harness.servers.owners``); a normal run drops its own, and each set-up drops those whose
  owner on this host is gone (a run killed with SIGKILL).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from filelock import FileLock

from harness.connect import connect
from harness.core.database import Database
from harness.kit import create_schema, migrate
from harness.servers import Server, ServerUnavailable, acquire, mask
from harness.servers.base import Server as BaseServer
from harness.servers.local import state_dir
from harness.servers.owners import Owner, owned_name, reap
from harness.servers.sqlite_server import SQLiteServer

log = logging.getLogger("harness.pytest")

TEMPLATE_PREFIX = "harness_tpl_"
#: a template being built: ``harness_tpb_<owner>_<hash>``, renamed to ``harness_tpl_<hash>``
BUILD_PREFIX = "harness_tpb_"
WORKER_PREFIX = "harness_w_"
#: templates not used for this many days are dropped at the next set-up
TEMPLATE_IDLE_DAYS = 7


@dataclass
class SchemaSource:
    """Where the schema comes from: an out folder to migrate, or declarations to push."""

    out: Path | None = None
    entities: list[Any] | None = None
    #: the declarations (tables and relations) from the config's ``schema``, for ``db.query``
    declarations: dict[str, Any] | None = None
    migrations_table: str = "__drizzle_migrations"
    migrations_schema: str = "drizzle"
    #: the Kit config's ``migrations.out_of_order`` (``error`` | ``apply`` | ``skip``)
    out_of_order: str = "error"
    casing: str | None = None
    #: ``--db-seed-rows``: rows per declared table seeded into the template, and the seed
    seed_rows: int = 0
    seed: str = "0"

    def fingerprint(self, dialect: str) -> str:
        """The template's content key: the same for every copy of a project (the folder's path
        is not part of it), different whenever the built database would differ."""
        digest = hashlib.sha256()
        try:
            version = metadata.version("drizzle-harness")
        except metadata.PackageNotFoundError:  # pragma: no cover - source checkout
            version = "dev"
        settings = (
            version,
            dialect,
            self.migrations_table,
            self.migrations_schema,
            self.out_of_order,
            self.casing or "",
            f"{self.seed_rows}:{self.seed}" if self.seed_rows else "",
        )
        digest.update("\0".join(settings).encode() + b"\0")
        if self.entities is not None:
            for statement in self._push_statements(dialect):
                digest.update(statement.encode() + b"\0")
        elif self.out is not None and self.out.exists():
            for path in sorted(p for p in self.out.rglob("*") if p.is_file()):
                if "__pycache__" in path.parts or path.name == ".DS_Store":
                    continue
                digest.update(str(path.relative_to(self.out)).encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()[:16]

    def _push_statements(self, dialect: str) -> list[str]:
        """What ``push`` will run (a repr of the declarations names tables only, not columns)."""
        from harness import engines
        from harness.core.casing import casing_function
        from harness.core.ddl import entities_from

        entities = entities_from(self.entities or [])
        try:
            ddl = engines.get(dialect).dialect_class()().ddl
            return ddl.create_statements(entities, casing_function(self.casing))
        except Exception:  # the push itself will report it; fall back to the names
            return sorted(repr(e) for e in entities)

    def apply(self, db: Database) -> str:
        """Create the schema on ``db`` (and seed it with ``--db-seed-rows``); returns what was
        done, for the header."""
        done = self._create(db)
        if self.seed_rows and self.declarations:
            from harness.core.table import Table
            from harness.seed import seed

            tables = {k: v for k, v in self.declarations.items() if isinstance(v, Table)}
            seed_number = int(self.seed) if self.seed.lstrip("-").isdigit() else 0
            counts = seed(db, tables, count=self.seed_rows, seed=seed_number).run()
            done += f", seeded {sum(counts.values())} rows ({self.seed_rows} per table)"
        return done

    def _create(self, db: Database) -> str:
        if self.entities is not None:
            statements = create_schema(db, self.entities)
            return f"pushed {len(statements)} statements"
        if self.out is not None:
            result = migrate(
                db,
                self.out,
                self.migrations_table,
                self.migrations_schema,
                out_of_order=self.out_of_order,
            )
            skipped = f", {len(result.skipped)} skipped (out of order)" if result.skipped else ""
            return f"{len(result.applied)} migrations applied{skipped}"
        return "no schema (no out folder or --db-push)"


@dataclass
class Prepared:
    """What workers need to know about one dialect (serialised to JSON)."""

    name: str
    dialect: str = ""
    admin_url: str = ""
    how: str = ""
    version: str = ""
    template: str | None = None
    fingerprint: str = ""
    error: str | None = None
    summary: str = ""
    #: SQLite ``:memory:``: each worker loads the schema into its own in-memory database
    memory: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    #: an error no engine choice excuses (a broken out folder, a failing migration): the run
    #: stops, where ``error`` alone (no server) only skips that engine's tests under --db=all
    fatal: bool = False
    #: how the run's controller stops the server (``Server.details``); None when the run does
    #: not own it (a URL given, a kept or reused server)
    release: dict[str, Any] | None = None

    def header(self) -> str:
        if self.error:
            return f"harness: {self.name} unavailable: {self.error}"
        ready = ""
        if self.how.startswith("container") and "server" in self.timings:
            ready = f"server ready in {self.timings['server']:.2f}s; "
        return (
            f"harness: {self.name} — {self.version} ({self.how}) at {mask(self.admin_url)}; "
            f"{ready}{self.summary}"
        )


def _template_lock(root: Path, name: str) -> FileLock:
    return FileLock(str(root / f"harness-{name}-template.lock"))


def prepare(
    name: str, source: SchemaSource, settings: dict[str, Any], root: Path
) -> tuple[Prepared, BaseServer | None]:
    """Acquire the server for ``name`` and build (or reuse) its template."""
    prepared = Prepared(name)
    started = time.perf_counter()
    try:
        server = acquire(
            name,
            url=settings.get("url"),
            image=settings.get("image"),
            keep=bool(settings.get("keep")),
            reuse=bool(settings.get("reuse")),
            directory=root / "harness-sqlite",
        )
    except ServerUnavailable as exc:
        prepared.error = str(exc)
        return prepared, None
    prepared.timings["server"] = time.perf_counter() - started
    prepared.dialect, prepared.admin_url, prepared.how = (
        server.dialect,
        server.admin_url,
        server.how,
    )
    prepared.version = server.version
    prepared.fingerprint = source.fingerprint(server.dialect)
    reaped = _reap(server)
    if getattr(server, "memory", False):
        prepared.memory = True
        prepared.summary = "in-memory database per worker, schema loaded at first use"
    elif settings.get("single") and server.details.get("fresh") and not settings.get("keep"):
        # one process and a server that goes away at the end: a template would be built, cloned
        # once and thrown away with the server; the schema goes straight into the one database
        prepared.summary = "schema loaded into the worker database (a server of this run only)"
    elif server.supports_templates():
        built = time.perf_counter()
        with _template_lock(root, name):
            prepared.template, prepared.summary = _template(
                server, source, prepared.fingerprint, bool(settings.get("rebuild"))
            )
        prepared.timings["template"] = time.perf_counter() - built
        prepared.summary += f" in {prepared.timings['template']:.2f}s"
    else:
        prepared.summary = "schema loaded into each worker database"
    if source.seed_rows and "seeded" not in prepared.summary:
        prepared.summary += f"; seeded, {source.seed_rows} per table"
    if reaped:
        plural = "s" if len(reaped) != 1 else ""
        prepared.summary += f"; dropped {len(reaped)} database{plural} left by killed runs"
    return prepared, server


def _reap(server: BaseServer) -> list[str]:
    """Drop worker databases and template builds whose owner (on this host) is gone."""
    if getattr(server, "memory", False) or isinstance(server, SQLiteServer):
        return []  # worker files live in pytest's basetemp, which pytest prunes itself
    try:
        return reap(server, (WORKER_PREFIX, BUILD_PREFIX))
    except Exception as exc:  # set-up goes on: leftovers only cost space
        log.warning("could not look for databases left by killed runs: %s", exc)
        return []


def _template(
    server: BaseServer, source: SchemaSource, fingerprint: str, rebuild: bool = False
) -> tuple[str, str]:
    """The template for this schema: reused when ``harness_tpl_<fingerprint>`` exists, else
    built under an owned name and renamed.  Its use is recorded; templates idle for
    ``TEMPLATE_IDLE_DAYS`` days are dropped.  ``rebuild`` (``--db-rebuild``) drops an existing
    one first: for a template changed by hand, or built from files that the content key does
    not cover (a migration's side effects on the server)."""
    final = TEMPLATE_PREFIX + fingerprint
    if isinstance(server, SQLiteServer):
        cache = state_dir() / "sqlite-templates"
        cache.mkdir(parents=True, exist_ok=True)
        server = SQLiteServer(cache)
        reap(server, (BUILD_PREFIX,))  # builds of killed runs
    now = time.time()
    uses = {
        n: u for n, u in server.last_uses(TEMPLATE_PREFIX).items() if n.startswith(TEMPLATE_PREFIX)
    }
    if final in uses and rebuild:
        server.drop_database(final)
        del uses[final]
    if final in uses:
        _record_use(server, final, now)
        _drop_idle(server, uses, final, now)
        return final, f"template {final} reused (cached)"
    building = owned_name(BUILD_PREFIX, Owner.current(), fingerprint)
    url = server.create_database(building)
    db = connect(url, casing=source.casing)
    try:
        done = source.apply(db)
    except BaseException:
        db.close()
        server.drop_database(building)
        raise
    db.close()
    try:
        server.rename_database(building, final)
    except Exception:
        # another run (another copy of the project) published the same content meanwhile
        server.drop_database(building)
        if final not in server.database_names(final):
            raise
        _record_use(server, final, now)
        return final, f"template {final} reused (built by another run meanwhile)"
    _record_use(server, final, now)
    _drop_idle(server, uses, final, now)
    return final, f"template {final} built ({done})"


def _record_use(server: BaseServer, name: str, now: float) -> None:
    """Best effort: a template made by another database user may refuse our comment."""
    try:
        server.record_use(name, now)
    except Exception as exc:
        log.info("could not record the use of template %s: %s", name, exc)


def _drop_idle(server: BaseServer, uses: dict[str, float | None], current: str, now: float) -> None:
    """Drop the templates not used for ``TEMPLATE_IDLE_DAYS`` days; start the clock of those
    with no recorded use (made by an older harness)."""
    limit = now - TEMPLATE_IDLE_DAYS * 86400
    for name, used in uses.items():
        if name == current:
            continue
        try:
            if used is None:
                server.record_use(name, now)
            elif used < limit:
                server.drop_database(name)
                log.info("dropped template %s, unused since %s", name, time.ctime(used))
        except Exception as exc:  # in use by another run, or gone already: leave it
            log.info("idle template %s left in place: %s", name, exc)


def _record_path(root: Path, name: str) -> Path:
    return root / f"harness-prepared-{name}.json"


def prepare_once(
    name: str, source: SchemaSource, settings: dict[str, Any], root: Path
) -> tuple[Prepared, BaseServer | None]:
    """``name``'s preparation for this run: made by the first process that asks (returning its
    server too), read from the record by every later one (server None)."""
    record = _record_path(root, name)
    with FileLock(str(root / f"harness-{name}-prepare.lock")):
        if record.exists():
            return Prepared(**json.loads(record.read_text())), None
        try:
            prepared, server = prepare(name, source, settings, root)
        except Exception as exc:  # a broken out folder, a failing migration, ...
            text = str(exc) or type(exc).__name__
            prepared, server = Prepared(name, error=f"preparing {name} failed: {text}"), None
            prepared.fatal = True
        if server is not None and server.stopper is not None:
            prepared.release = dict(server.details)
        record.write_text(json.dumps(asdict(prepared)))
        return prepared, server


def recorded(root: Path) -> list[Prepared]:
    """Every engine prepared in this run (by this process or any worker)."""
    return [
        Prepared(**json.loads(path.read_text()))
        for path in sorted(root.glob("harness-prepared-*.json"))
    ]


def worker_database(
    prepared: Prepared, source: SchemaSource, worker: str, root: Path
) -> tuple[Server, str, str]:
    """Create this worker's database; returns (server, database name, URL)."""
    if prepared.memory:
        return SQLiteServer(root / "harness-sqlite"), ":memory:", ":memory:"
    if prepared.how == SQLiteServer.HOW:  # file databases: copy the template file
        files = SQLiteServer(root / "harness-sqlite")
        templates = SQLiteServer(state_dir() / "sqlite-templates")
        name = f"{WORKER_PREFIX}{worker}"
        files.path(name).write_bytes(templates.path(str(prepared.template)).read_bytes())
        return files, name, files.database_url(name)
    server = Server(prepared.dialect, prepared.admin_url, prepared.how, prepared.version)
    # the owner (host, pid, start) in the name lets the next run drop it if this one is killed
    name = owned_name(WORKER_PREFIX, Owner.current(), worker)
    server.drop_database(name)
    url = server.create_database(name, prepared.template)
    if prepared.template is None:
        db = connect(url, casing=source.casing)
        try:
            source.apply(db)
        finally:
            db.close()
    return server, name, url
