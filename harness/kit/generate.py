"""``harness generate``: declarations -> the next migration of a drizzle-kit ``out`` folder.

What it writes is what ``drizzle-kit generate`` (0.31) writes for the equivalent TypeScript
schema: ``<prefix>_<name>.sql`` (statements joined by ``--> statement-breakpoint``),
``meta/<prefix>_snapshot.json`` (``JSON.stringify(snapshot, null, 2)``: two-space indent, no
newline at the end) and a new ``meta/_journal.json`` entry.  The base of the diff is the
newest snapshot in ``meta/`` (drizzle-kit sorts the file names and takes the last), so a folder
drizzle-kit wrote continues here and the other way round.

The dialect-specific work (serialising declarations into drizzle-kit's snapshot format, the
diff and its SQL) is each dialect's ``schema_diff`` part; this module only reads and writes
the folder.  Nothing is written until every question is answered: an unanswered rename
raises :class:`AmbiguousRenames`, which names the flags that answer it.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import engines
from harness.core.casing import casing_function
from harness.core.ddl import entities_from
from harness.core.parts import SchemaDiffer
from harness.core.schema_diff import (
    Ambiguity,
    Renames,
    SchemaDiff,
    created_flag,
    rename_flag,
)
from harness.kit.config import PREFIXES, Config, ConfigError
from harness.kit.declarations import schema_modules
from harness.kit.errors import KitError, MigrationFolderError
from harness.kit.journal import FOLDER_NAME
from harness.kit.names import random_migration_name

log = logging.getLogger("harness.kit")

#: drizzle-kit's ``prevId`` of a folder's first snapshot
ZERO_ID = "00000000-0000-0000-0000-000000000000"
#: what separates statements in a migration file when breakpoints are on
BREAKPOINT = "--> statement-breakpoint\n"
#: the whole text of a ``--custom`` migration, as drizzle-kit writes it
CUSTOM_SQL = "-- Custom SQL migration file, put your code below! --"
#: the journal's own format version (every dialect)
JOURNAL_VERSION = "7"

#: answers one rename question (on a terminal); returns the updated answers
Resolver = Callable[[Ambiguity, Renames], Renames]


class AmbiguousRenames(KitError):
    """Something disappeared and something of the same kind appeared; the answer is needed."""

    def __init__(self, ambiguities: Sequence[Ambiguity]) -> None:
        self.ambiguities = list(ambiguities)
        lines = []
        for a in self.ambiguities:
            options = [created_flag(a.kind, a.new)] + [
                rename_flag(a.kind, old, a.new) for old in a.candidates
            ]
            lines.append(f"{a.question()} answer with one of: " + " | ".join(options))
        super().__init__(
            "generate needs to know about renames (no terminal to ask on): " + "; ".join(lines)
        )


@dataclass
class GenerateResult:
    """``path``: the new migration file, None when nothing changed (nothing was written)."""

    path: Path | None
    statements: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    data_loss: list[str] = field(default_factory=list)
    snapshot_path: Path | None = None


def differ_for(dialect: str, layout: str = "legacy") -> SchemaDiffer:
    """The ``schema_diff`` part of a Kit dialect (``postgresql``, ``mysql``, ``sqlite``), or
    its ``schema_diff_v1`` part for a folder in drizzle-kit 1.0's layout."""
    engine = engines.get(dialect)
    part = "schema_diff_v1" if layout == "v1" else "schema_diff"
    differ: SchemaDiffer | None = getattr(engine.load_dialect(), part, None)
    if differ is None:
        what = "drizzle-kit 1.0's folder layout for " if layout == "v1" else ""
        raise ConfigError(f"generate does not support {what}dialect {dialect!r} yet")
    return differ


def declared_snapshot(config: Config, differ: SchemaDiffer) -> dict[str, Any]:
    """The config's declarations (``schema``) as the dialect's snapshot."""
    entities: list[Any] = []
    for module in schema_modules(config):
        entities.extend(entities_from(module))
    return differ.snapshot(entities, casing_function(config.casing))


def snapshot_files(out: Path) -> list[Path]:
    """The folder's snapshots, oldest first, as drizzle-kit orders them (sorted names)."""
    if (out / "meta").is_dir():
        return sorted(p for p in (out / "meta").iterdir() if not p.name.startswith("_"))
    return sorted(
        p / "snapshot.json"
        for p in out.iterdir()
        if p.is_dir() and FOLDER_NAME.match(p.name) and (p / "snapshot.json").exists()
    )


def latest_snapshot(out: Path, differ: SchemaDiffer) -> dict[str, Any]:
    """The newest snapshot of ``out`` (the empty one for a new or empty folder)."""
    if not out.is_dir():
        return differ.empty_snapshot()
    files = snapshot_files(out)
    if not files:
        return differ.empty_snapshot()
    path = files[-1]
    try:
        snapshot: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MigrationFolderError(
            f"{path}: unreadable snapshot ({exc}); restore it from version control"
        ) from None
    version = str(snapshot.get("version"))
    if version != differ.snapshot_version:
        raise MigrationFolderError(
            f"{path}: snapshot version {version!r}, generate writes {differ.snapshot_version!r}; "
            f"upgrade the folder with `drizzle-kit up`"
        )
    return snapshot


def diff_declarations(
    config: Config,
    renames: Renames = Renames(),
    out: Path | None = None,
    resolve: Resolver | None = None,
    v1: bool | None = None,
) -> tuple[dict[str, Any], dict[str, Any], SchemaDiff]:
    """(previous snapshot, declared snapshot, diff) with every rename question answered."""
    folder = out if out is not None else config.out_path
    use_v1 = _is_v1(folder) if v1 is None else v1
    differ = differ_for(config.dialect, "v1" if use_v1 else "legacy")
    before = latest_snapshot(folder, differ)
    after = declared_snapshot(config, differ)
    while True:
        diff = differ.diff(before, after, renames)
        if not diff.ambiguities:
            return before, after, diff
        if resolve is None:
            raise AmbiguousRenames(diff.ambiguities)
        renames = resolve(diff.ambiguities[0], renames)


def ungenerated_changes(config: Config) -> list[str]:
    """One line per difference between the declarations and the newest snapshot of ``out``
    (empty when ``harness generate`` would write nothing).  Possible renames are not asked
    about: any difference is enough to say the folder is behind.  A folder in drizzle-kit
    1.0's layout is compared only where the dialect reads that snapshot format."""
    if _is_v1(config.out_path):
        try:
            differ_for(config.dialect, "v1")
        except ConfigError:
            return []
    _, _, diff = diff_declarations(config, Renames(none=True))
    if not diff.statements:
        return []
    folder = config.out_path
    return [f"{change}; run harness generate" for change in diff.changes] or [
        f"{folder}: the declarations differ from the latest snapshot "
        f"({len(diff.statements)} statement(s) to generate); run harness generate"
    ]


def generate(
    config: Config,
    name: str | None = None,
    custom: bool = False,
    renames: Renames = Renames(),
    out: str | Path | None = None,
    prefix: str | None = None,
    breakpoints: bool | None = None,
    resolve: Resolver | None = None,
    layout: str | None = None,
) -> GenerateResult:
    """Write the next migration of the config's ``out`` folder; see the module docstring.

    ``layout``: ``"0.31"`` (``meta/_journal.json``) or ``"1.0"`` (drizzle-kit 1.0's
    ``<YYYYMMDDHHMMSS>_<name>/`` folders); by default the folder's own, and 0.31 for a new one.

    ``custom``: an empty migration for hand-written SQL (its snapshot repeats the last one).
    ``resolve``: asks a rename question (the CLI's terminal prompt); without it an unanswered
    question raises :class:`AmbiguousRenames` before anything is written.
    """
    folder = Path(out) if out is not None else config.out_path
    if not folder.is_absolute():
        folder = config.root / folder
    prefix_mode = prefix or config.migrations.get("prefix") or "index"
    if prefix_mode not in PREFIXES:
        raise ConfigError(f"prefix {prefix_mode!r}: expected one of {', '.join(PREFIXES)}")
    use_breakpoints = config.breakpoints if breakpoints is None else breakpoints
    v1 = _layout_is_v1(folder, layout)
    before, after, diff = diff_declarations(config, renames, folder, resolve, v1)
    if v1:
        return _generate_v1(folder, before, after, diff, name, custom, use_breakpoints)
    if custom:
        snapshot = {"id": "", "prevId": ""} | {
            k: v for k, v in before.items() if k not in ("id", "prevId")
        }
        text = CUSTOM_SQL
    else:
        if not diff.statements:
            log.info("No schema changes, nothing to migrate")
            return GenerateResult(None, changes=diff.changes)
        snapshot = dict(after)
        snapshot["_meta"] = diff.meta or {"columns": {}, "schemas": {}, "tables": {}}
        text = (BREAKPOINT if use_breakpoints else "\n").join(diff.statements)
    snapshot["id"] = str(uuid.uuid4())
    snapshot["prevId"] = before.get("id") or ZERO_ID
    path, snapshot_path = _write(
        folder, config.dialect, snapshot, text, name, prefix_mode, use_breakpoints
    )
    for line in diff.data_loss:
        log.warning("data loss: %s", line)
    return GenerateResult(path, list(diff.statements), diff.changes, diff.data_loss, snapshot_path)


def _generate_v1(
    folder: Path,
    before: dict[str, Any],
    after: dict[str, Any],
    diff: SchemaDiff,
    name: str | None,
    custom: bool,
    breakpoints: bool,
) -> GenerateResult:
    """drizzle-kit 1.0's layout: a new ``<YYYYMMDDHHMMSS>_<name>/`` folder holding
    ``migration.sql`` and ``snapshot.json`` (``prevIds``: the previous snapshot's id; the
    renames of this migration under ``renames``); there is no journal."""
    if custom:  # drizzle-kit 1.0 puts the new ids first in a custom migration's snapshot
        snapshot = {"id": "", "prevIds": []} | {
            k: v for k, v in before.items() if k not in ("id", "prevIds")
        }
        snapshot["renames"] = []
        text = CUSTOM_SQL
    else:
        if not diff.statements:
            log.info("No schema changes, nothing to migrate")
            return GenerateResult(None, changes=diff.changes)
        snapshot = dict(after)
        snapshot["renames"] = list(diff.renames)
        text = (BREAKPOINT if breakpoints else "\n").join(diff.statements)
    snapshot["id"] = str(uuid.uuid4())
    snapshot["prevIds"] = [before.get("id") or ZERO_ID]
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    target = folder / f"{stamp}_{name or random_migration_name()}"
    if target.exists():
        raise MigrationFolderError(f"{target}: already exists; generate would overwrite it")
    target.mkdir(parents=True)
    snapshot_path = target / "snapshot.json"
    snapshot_path.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False), encoding="utf-8")
    sql_path = target / "migration.sql"
    sql_path.write_text(text, encoding="utf-8")
    for line in diff.data_loss:
        log.warning("data loss: %s", line)
    return GenerateResult(
        sql_path, list(diff.statements), diff.changes, diff.data_loss, snapshot_path
    )


LAYOUTS = ("0.31", "1.0")


def _layout_is_v1(folder: Path, layout: str | None) -> bool:
    if layout is None:
        return _is_v1(folder)
    if layout not in LAYOUTS:
        raise ConfigError(f"layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    existing = _is_v1(folder) if folder.is_dir() and any(folder.iterdir()) else None
    if existing is not None and existing != (layout == "1.0"):
        raise MigrationFolderError(
            f"{folder}: holds the {'1.0' if existing else '0.31'} layout, not {layout}; "
            f"convert it with `drizzle-kit up` or leave out --layout"
        )
    return layout == "1.0"


def _is_v1(folder: Path) -> bool:
    if not folder.is_dir() or (folder / "meta").is_dir():
        return False
    return any(p.is_dir() and FOLDER_NAME.match(p.name) for p in folder.iterdir())


def _write(
    folder: Path,
    dialect: str,
    snapshot: dict[str, Any],
    text: str,
    name: str | None,
    prefix_mode: str,
    breakpoints: bool,
) -> tuple[Path, Path]:
    meta = folder / "meta"
    journal_path = meta / "_journal.json"
    journal: dict[str, Any]
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise MigrationFolderError(f"{journal_path}: not valid JSON ({exc})") from None
    else:
        journal = {"version": JOURNAL_VERSION, "dialect": dialect, "entries": []}
    entries = journal.setdefault("entries", [])
    idx = entries[-1]["idx"] + 1 if entries else 0
    prefix = migration_prefix(idx, prefix_mode)
    tag = f"{prefix}_{name or random_migration_name()}"
    sql_path = folder / f"{tag}.sql"
    snapshot_path = meta / f"{prefix}_snapshot.json"
    for target in (sql_path, snapshot_path):
        if target.exists():
            raise MigrationFolderError(f"{target}: already exists; generate would overwrite it")
    meta.mkdir(parents=True, exist_ok=True)
    entries.append(
        {
            "idx": idx,
            "version": snapshot["version"],
            "when": int(time.time() * 1000),
            "tag": tag,
            "breakpoints": breakpoints,
        }
    )
    # the new files first, the journal last: a crash in between leaves files the journal
    # does not list (``harness check`` reports them), never a journal naming missing files
    snapshot_path.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False), encoding="utf-8")
    sql_path.write_text(text, encoding="utf-8")
    journal_path.write_text(json.dumps(journal, indent=2, ensure_ascii=False), encoding="utf-8")
    log.info("wrote %s", sql_path)
    return sql_path, snapshot_path


def migration_prefix(idx: int, mode: str) -> str:
    """drizzle-kit's file prefix: ``0003``, ``20261130064501`` (UTC), unix seconds, or none."""
    if mode == "index":
        return f"{idx:04d}"
    if mode in ("timestamp", "supabase"):
        return _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    if mode == "unix":
        return str(int(time.time()))
    return ""


__all__ = [
    "AmbiguousRenames",
    "GenerateResult",
    "Renames",
    "declared_snapshot",
    "diff_declarations",
    "differ_for",
    "generate",
    "latest_snapshot",
    "migration_prefix",
    "ungenerated_changes",
]
