"""Reading a Drizzle Kit ``out`` folder: the legacy journal layout and the 1.0 folder layout.

Legacy: ``out/meta/_journal.json`` lists ``entries`` (``idx``, ``when`` ms, ``tag``,
``breakpoints``) in apply order; each ``out/<tag>.sql`` holds one migration.
1.0: ``out/<YYYYMMDDHHMMSS>_<name>/migration.sql`` (+ ``snapshot.json``), ordered by folder name;
``created_at`` is the folder timestamp as UTC milliseconds.

The hash is the sha256 hex of the file's text, as Drizzle computes it, so bookkeeping rows
written by either tool agree.  Statements are split on the literal ``--> statement-breakpoint``
(the marker may end a line that also holds SQL); whitespace-only chunks are dropped.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import engines
from harness.kit.errors import MigrationFolderError

BREAKPOINT = "--> statement-breakpoint"
FOLDER_NAME = re.compile(r"^(\d{14})_.+")


@dataclass(frozen=True)
class Migration:
    """One migration of the out folder."""

    tag: str
    path: Path
    text: str
    hash: str
    created_at: int
    breakpoints: bool = True
    #: the 1.0 layout's folder name (Drizzle 1.0 records it); None in the legacy layout
    name: str | None = None

    @property
    def statements(self) -> list[str]:
        return split_statements(self.text)

    @property
    def key(self) -> str:
        """The name recorded in a bookkeeping table that has a ``name`` column."""
        return self.name or self.tag


def split_statements(text: str) -> list[str]:
    return [chunk for chunk in text.split(BREAKPOINT) if chunk.strip()]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_migration_text(path: Path) -> str:
    text = _read_text(path)
    if not text.strip():
        raise MigrationFolderError(
            f"{path}: the migration is empty; add its SQL or remove it (and its journal entry)"
        )
    return text


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MigrationFolderError(f"{path}: file not found") from None
    except OSError as exc:
        raise MigrationFolderError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MigrationFolderError(
            f"{path}: not UTF-8 (byte {exc.start}); save the file as UTF-8"
        ) from None
    nul = raw.find(b"\0")
    if nul >= 0:
        # PostgreSQL and MySQL end the statement at a NUL and report success: refuse the file
        raise MigrationFolderError(
            f"{path}: NUL byte at byte offset {nul} (the database would silently cut the "
            f"statement short there); remove it, or re-save the file as UTF-8 if it is UTF-16"
        )
    return text


def layout(out: Path) -> str:
    """``"legacy"`` or ``"v1"``; a folder with both is an error, an empty one too."""
    if not out.is_dir():
        raise MigrationFolderError(
            f"{out}: migrations folder not found; check `out` in the config or generate "
            f"migrations with drizzle-kit generate"
        )
    journal = out / "meta" / "_journal.json"
    v1 = [p for p in out.iterdir() if p.is_dir() and FOLDER_NAME.match(p.name)]
    if journal.exists() and v1:
        raise MigrationFolderError(
            f"{out}: holds both a legacy meta/_journal.json and 1.0 migration folders "
            f"({v1[0].name}); convert the folder with `drizzle-kit up` and remove the old layout"
        )
    if journal.exists():
        return "legacy"
    if v1:
        return "v1"
    raise MigrationFolderError(
        f"{out}: no meta/_journal.json and no <timestamp>_<name>/migration.sql folders; "
        f"is this a drizzle-kit out folder?"
    )


def read_out_folder(out: str | Path) -> list[Migration]:
    """Every migration of ``out`` in apply order; raises ``MigrationFolderError`` on bad input."""
    folder = Path(out)
    if layout(folder) == "legacy":
        return _read_legacy(folder)
    return _read_v1(folder)


def _journal_entries(journal_path: Path) -> list[dict[str, Any]]:
    text = _read_text(journal_path)
    if not text.strip():
        raise MigrationFolderError(f"{journal_path}: the journal is empty; regenerate it")
    try:
        journal = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MigrationFolderError(
            f"{journal_path}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg}); "
            f"restore the journal from version control"
        ) from None
    if not isinstance(journal, dict) or "entries" not in journal:
        raise MigrationFolderError(
            f"{journal_path}: no `entries` list; is this a drizzle-kit journal?"
        )
    entries = journal["entries"]
    if not isinstance(entries, list):
        raise MigrationFolderError(f"{journal_path}: `entries` must be a list")
    return entries


def folder_dialect(out: str | Path) -> tuple[str, Path] | None:
    """The Kit dialect the folder was generated for (``postgresql``/``mysql``/``sqlite``) and
    the file that says so: the legacy journal's ``dialect``, or the newest 1.0 ``snapshot.json``
    with one.  None when no file names a dialect; ``MigrationFolderError`` for one harness does
    not serve."""
    folder = Path(out)
    found: tuple[object, Path] | None = None
    if layout(folder) == "legacy":
        journal_path = folder / "meta" / "_journal.json"
        _journal_entries(journal_path)  # the same checks and messages as read_out_folder
        journal = json.loads(_read_text(journal_path))
        if "dialect" in journal:
            found = (journal["dialect"], journal_path)
    else:
        for sub in sorted(p for p in folder.iterdir() if p.is_dir() and FOLDER_NAME.match(p.name)):
            snapshot = sub / "snapshot.json"
            if not snapshot.exists():
                continue
            try:
                data = json.loads(_read_text(snapshot))
            except json.JSONDecodeError:
                continue  # `harness check` reports unreadable snapshots
            if isinstance(data, dict) and "dialect" in data:
                found = (data["dialect"], snapshot)
    if found is None:
        return None
    name, source = found
    try:
        # older drizzle-kit wrote "pg"; 1.0 snapshots say "postgres"
        return engines.get(str(name)).dialect, source
    except engines.UnknownEngine:
        raise MigrationFolderError(
            f"{source}: written for dialect {name!r}, which harness cannot apply; use an out "
            f"folder generated for postgresql, mysql or sqlite"
        ) from None


def _read_legacy(out: Path) -> list[Migration]:
    journal_path = out / "meta" / "_journal.json"
    migrations = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(_journal_entries(journal_path)):
        where = f"{journal_path}: entries[{i}]"
        if not isinstance(entry, dict):
            raise MigrationFolderError(f"{where}: must be an object with tag and when")
        tag = entry.get("tag")
        when = entry.get("when")
        if not isinstance(tag, str) or not tag:
            raise MigrationFolderError(f"{where}: `tag` missing or not a string")
        if "/" in tag or "\\" in tag or tag in (".", ".."):
            raise MigrationFolderError(
                f"{where}: tag {tag!r} contains a path separator; tags name files inside the "
                f"out folder"
            )
        if isinstance(when, bool) or not isinstance(when, int):
            raise MigrationFolderError(f"{where} ({tag}): `when` must be an integer (ms)")
        if tag in seen:
            raise MigrationFolderError(
                f"{where}: tag {tag!r} is listed twice (also entries[{seen[tag]}]); remove the "
                f"duplicate entry from meta/_journal.json"
            )
        seen[tag] = i
        path = out / f"{tag}.sql"
        if not path.exists():
            raise MigrationFolderError(
                f"{path}: listed in meta/_journal.json as {tag!r} but the file is missing"
            )
        text = _read_migration_text(path)
        migrations.append(
            Migration(
                tag=tag,
                path=path,
                text=text,
                hash=sha256_text(text),
                created_at=when,
                breakpoints=bool(entry.get("breakpoints", True)),
            )
        )
    return migrations


def folder_millis(name: str) -> int:
    """``20240131235959_x`` -> UTC milliseconds of that timestamp."""
    stamp = name[:14]
    try:
        moment = _dt.datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        raise MigrationFolderError(f"{name}: {stamp!r} is not a YYYYMMDDHHMMSS timestamp") from None
    return calendar.timegm(moment.timetuple()) * 1000


def _read_v1(out: Path) -> list[Migration]:
    migrations = []
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and FOLDER_NAME.match(p.name)):
        path = folder / "migration.sql"
        if not path.exists():
            raise MigrationFolderError(f"{path}: migration folder without migration.sql")
        text = _read_migration_text(path)
        migrations.append(
            Migration(
                tag=folder.name,
                path=path,
                text=text,
                hash=sha256_text(text),
                created_at=folder_millis(folder.name),
                name=folder.name,
            )
        )
    return migrations
