"""``harness pull`` (alias ``introspect``): an existing database becomes Python declarations.

What drizzle-kit pull writes, in Python, into the config's ``out`` folder:

* ``schema.py`` - every table and view (and, per dialect, enum, sequence, schema) in the
  declaration API, written by the dialect's ``schema_writer`` from the introspected snapshot;
* ``relations.py`` - ``relations()`` for both sides of every foreign key (``relation_name``
  where two keys join the same tables), importing the tables from ``.schema``;
* a baseline migration when the folder has none: ``0000_<name>.sql`` with the statements that
  create the schema (what ``harness generate`` writes for these declarations on an empty
  folder), its snapshot and the journal entry; the next ``harness generate`` diffs from there.
  drizzle-kit writes that file commented out, to be skipped by hand on the pulled database
  and useless on a fresh one; here the SQL is live (fresh test databases get the schema from
  it) and it is recorded as applied in the pulled database's bookkeeping table when that table
  has no history (:func:`harness.kit.migrator.baseline`), so ``harness migrate`` there has
  nothing to do.

Honoured config keys: ``tables_filter`` (globs, ``!`` to exclude, as drizzle-kit),
``schema_filter`` (PostgreSQL schemas), ``extensions_filters`` (``postgis``: its catalog
tables are left out), ``introspect.casing`` (``camel``, drizzle-kit's default, or
``preserve``), the migrations table (never pulled).

The written module is imported and serialised again before anything is recorded: what it
declares is compared with the database, and any difference is reported (as for anything the
declaration API could not express, which is also a ``# TODO`` in the file).
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from harness.core.casing import casing_function
from harness.core.codegen import formatted, relations_module
from harness.core.database import Database
from harness.core.ddl import entities_from
from harness.core.schema_diff import Renames
from harness.kit.config import Config, ConfigError
from harness.kit.errors import KitError
from harness.kit.generate import BREAKPOINT, ZERO_ID, migration_prefix
from harness.kit.names import random_migration_name

log = logging.getLogger("harness.kit")

#: the catalog tables an extension creates, left out by ``extensions_filters`` (drizzle-kit's)
EXTENSION_TABLES = {
    "postgis": (
        "geography_columns",
        "geometry_columns",
        "spatial_ref_sys",
        "raster_columns",
        "raster_overviews",
    ),
}


@dataclass
class PullResult:
    """What ``pull`` wrote and what it could not express."""

    schema_path: Path
    relations_path: Path
    migration_path: Path | None
    tables: int
    views: int
    todos: list[str] = field(default_factory=list)
    baselined: list[str] = field(default_factory=list)


def pull(
    config: Config,
    url: str | None = None,
    *,
    db: Database | None = None,
    out: str | Path | None = None,
    name: str | None = None,
) -> PullResult:
    """Write the declarations of the database at ``url`` (default: the config's
    ``db_credentials``), or of the open ``db``, into ``out`` (default: the config's ``out``)."""
    if db is not None:
        return _pull(config, db, out, name)
    target = url or config.url
    if not target:
        raise ConfigError(
            f"{config.source}: no database URL; set db_credentials={{'url': ...}} or pass url"
        )
    from harness.connect import connect

    opened = connect(str(target))
    try:
        return _pull(config, opened, out, name)
    finally:
        opened.close()


def _pull(config: Config, db: Database, out: str | Path | None, name: str | None) -> PullResult:
    dialect = db.dialect
    introspector, writer = dialect.introspector, dialect.schema_writer
    differ = getattr(dialect, "schema_diff", None)
    if introspector is None or writer is None or differ is None:
        raise ConfigError(f"pull does not support {dialect.name} yet")
    folder = Path(out) if out is not None else config.out_path
    if not folder.is_absolute():
        folder = config.root / folder
    casing = str(config.introspect.get("casing", "camel"))
    if casing not in ("camel", "preserve"):
        raise ConfigError(f"{config.source}: introspect.casing {casing!r}: use camel or preserve")

    live = introspector.snapshot(db, None, config.migrations_table)
    live = filter_snapshot(live, config)
    written = writer.write(live, casing)
    folder.mkdir(parents=True, exist_ok=True)
    schema_path = folder / "schema.py"
    relations_path = folder / "relations.py"
    schema_path.write_text(formatted(written.source, "schema.py"), encoding="utf-8")
    relations_path.write_text(
        formatted(relations_module(written.edges), "relations.py"), encoding="utf-8"
    )
    todos = list(written.todos)

    declared = differ.snapshot(entities_from(_load(schema_path)), casing_function(config.casing))
    aligned = introspector.align(json.loads(json.dumps(live)), declared)
    check = differ.diff(aligned, declared, Renames(none=True))
    todos += [
        f"the pulled declarations differ from the database: {change}" for change in check.changes
    ]

    migration_path = None
    baselined: list[str] = []
    if not (folder / "meta" / "_journal.json").exists():
        migration_path = _write_baseline(folder, dialect.name, config, declared, differ, name)
        from harness.kit.migrator import baseline

        try:
            baselined = baseline(db, folder, config.migrations_table, config.migrations_schema)
        except KitError as exc:
            todos.append(f"baseline not recorded: {exc}")
    for line in todos:
        log.warning("pull: %s", line)
    return PullResult(
        schema_path,
        relations_path,
        migration_path,
        len(live.get("tables", {})),
        len(live.get("views", {})),
        todos,
        baselined,
    )


def filter_snapshot(snapshot: dict[str, Any], config: Config) -> dict[str, Any]:
    """Leave out the tables and views ``tables_filter``, ``schema_filter`` and
    ``extensions_filters`` exclude (and foreign keys pointing at them)."""
    skipped = {t for ext in config.extensions_filters for t in EXTENSION_TABLES.get(ext, ())}

    def kept(entry: dict[str, Any]) -> bool:
        name = str(entry.get("name", ""))
        schema = str(entry.get("schema") or "public")
        if name in skipped:
            return False
        if config.schema_filter and "schema" in entry and schema not in config.schema_filter:
            return False
        return _matches(name, config.tables_filter)

    for kind in ("tables", "views"):
        if kind in snapshot:
            snapshot[kind] = {k: v for k, v in snapshot[kind].items() if kept(v)}
    return snapshot


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    """drizzle-kit's ``tablesFilter``: globs; a ``!`` glob excludes; no glob keeps all."""
    if not patterns:
        return True
    includes = [p for p in patterns if not p.startswith("!")]
    excludes = [p[1:] for p in patterns if p.startswith("!")]
    if any(fnmatch.fnmatchcase(name, p) for p in excludes):
        return False
    return not includes or any(fnmatch.fnmatchcase(name, p) for p in includes)


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_harness_pulled_{uuid.uuid4().hex}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_baseline(
    folder: Path,
    dialect: str,
    config: Config,
    declared: dict[str, Any],
    differ: Any,
    name: str | None,
) -> Path:
    statements = differ.diff(differ.empty_snapshot(), declared, Renames(none=True)).statements
    text = (BREAKPOINT if config.breakpoints else "\n").join(statements)
    snapshot = dict(declared)
    snapshot["id"] = str(uuid.uuid4())
    snapshot["prevId"] = ZERO_ID
    prefix = migration_prefix(0, config.migrations.get("prefix") or "index")
    tag = f"{prefix}_{name or random_migration_name()}"
    (folder / "meta").mkdir(parents=True, exist_ok=True)
    (folder / "meta" / f"{prefix}_snapshot.json").write_text(
        json.dumps(snapshot, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    sql_path = folder / f"{tag}.sql"
    sql_path.write_text(text, encoding="utf-8")
    journal = {
        "version": "7",
        "dialect": config.dialect,
        "entries": [
            {
                "idx": 0,
                "version": snapshot["version"],
                "when": int(time.time() * 1000),
                "tag": tag,
                "breakpoints": config.breakpoints,
            }
        ],
    }
    (folder / "meta" / "_journal.json").write_text(json.dumps(journal, indent=2), encoding="utf-8")
    return sql_path
