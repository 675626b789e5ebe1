"""Per run: server -> template database (migrated once, keyed by the schema's hash) -> one
database per xdist worker (cloned from the template) -> a transaction per test.

The controller (or the only process without xdist) acquires the servers and builds the
templates, and writes what the workers need to ``harness-session.json`` in the shared basetemp;
workers create their own databases from it.  A filelock in the shared basetemp serialises the
template build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from filelock import FileLock

from harness.connect import connect
from harness.core.database import Database
from harness.kit import migrate, push
from harness.servers import Server, ServerUnavailable, acquire, mask
from harness.servers.base import Server as BaseServer
from harness.servers.local import state_dir
from harness.servers.sqlite_server import SQLiteServer

log = logging.getLogger("harness.pytest")

TEMPLATE_PREFIX = "harness_tpl_"
WORKER_PREFIX = "harness_w_"


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
    #: identifies the project (its root folder): stale templates are only dropped per project
    project: str = ""

    def fingerprint(self, dialect: str) -> str:
        digest = hashlib.sha256()
        try:
            version = metadata.version("drizzle-harness")
        except metadata.PackageNotFoundError:  # pragma: no cover - source checkout
            version = "dev"
        digest.update(f"{version}\0{dialect}\0".encode())
        if self.out is not None and self.out.exists():
            for path in sorted(p for p in self.out.rglob("*") if p.is_file()):
                digest.update(str(path.relative_to(self.out)).encode() + b"\0" + path.read_bytes())
        if self.entities is not None:
            digest.update(repr(sorted(repr(e) for e in self.entities)).encode())
        return digest.hexdigest()[:16]

    def apply(self, db: Database) -> str:
        """Create the schema on ``db``; returns what was done, for the header."""
        if self.entities is not None:
            statements = push(db, self.entities)
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

    def header(self) -> str:
        if self.error:
            return f"harness: {self.name} unavailable: {self.error}"
        return (
            f"harness: {self.name} — {self.version} ({self.how}) at {mask(self.admin_url)}; "
            f"{self.summary}"
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
    if getattr(server, "memory", False):
        prepared.memory = True
        prepared.summary = "in-memory database per worker, schema loaded at first use"
    elif server.supports_templates():
        built = time.perf_counter()
        with _template_lock(root, name):
            prepared.template, prepared.summary = _template(server, source, prepared.fingerprint)
        prepared.timings["template"] = time.perf_counter() - built
        prepared.summary += f" in {prepared.timings['template']:.2f}s"
    else:
        prepared.summary = "schema loaded into each worker database"
    return prepared, server


def _template(server: BaseServer, source: SchemaSource, fingerprint: str) -> tuple[str, str]:
    """The template for this schema: reused when its name (project + schema hash) exists,
    else built; the project's templates for other hashes are dropped as stale."""
    project = hashlib.sha256(source.project.encode()).hexdigest()[:8]
    prefix = f"{TEMPLATE_PREFIX}{project}_"
    final = prefix + fingerprint
    if isinstance(server, SQLiteServer):
        cache = state_dir() / "sqlite-templates"
        cache.mkdir(parents=True, exist_ok=True)
        server = SQLiteServer(cache)
    existing = server.database_names(prefix)
    if final in existing:
        return final, f"template {final} reused (cached)"
    building = f"{final}_{os.getpid()}"
    url = server.create_database(building)
    db = connect(url, casing=source.casing)
    try:
        done = source.apply(db)
    except BaseException:
        db.close()
        server.drop_database(building)
        raise
    db.close()
    server.rename_database(building, final)
    for stale in existing:
        # finished templates only: a name with a pid suffix is another run's build in progress
        if stale != final and len(stale) == len(final):
            try:
                server.drop_database(stale)
            except Exception:  # in use by another run: leave it
                log.info("stale template %s is in use; left in place", stale)
    return final, f"template {final} built ({done})"


def save(root: Path, prepared: list[Prepared]) -> None:
    (root / "harness-session.json").write_text(json.dumps([asdict(p) for p in prepared]))


def load(root: Path) -> list[Prepared]:
    path = root / "harness-session.json"
    if not path.exists():
        return []
    return [Prepared(**item) for item in json.loads(path.read_text())]


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
    name = f"{WORKER_PREFIX}{prepared.fingerprint[:8]}_{worker}_{os.getpid()}"
    server.drop_database(name)
    url = server.create_database(name, prepared.template)
    if prepared.template is None:
        db = connect(url, casing=source.casing)
        try:
            source.apply(db)
        finally:
            db.close()
    return server, name, url
