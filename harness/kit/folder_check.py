"""``check_folder(out)``: consistency of an out folder without touching a database.

Reported, one line each: journal entries whose file is missing, ``.sql`` files the journal does
not list, duplicate or decreasing ``when``, duplicate tags, snapshot ``id``/``prevId``
collisions or broken chains, unreadable or non-UTF-8 files, and anything ``read_out_folder``
rejects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness.kit.errors import MigrationFolderError
from harness.kit.journal import FOLDER_NAME, layout, read_out_folder


def check_folder(out: str | Path) -> list[str]:
    """Problems found in ``out`` (empty when it is consistent)."""
    folder = Path(out)
    try:
        kind = layout(folder)
    except MigrationFolderError as exc:
        return [str(exc)]
    problems = _check_legacy(folder) if kind == "legacy" else _check_v1(folder)
    if not problems:
        try:
            read_out_folder(folder)
        except MigrationFolderError as exc:
            problems.append(str(exc))
    return problems


def _check_legacy(out: Path) -> list[str]:
    problems: list[str] = []
    journal_path = out / "meta" / "_journal.json"
    try:
        journal = json.loads(journal_path.read_text(encoding="utf-8"))
        entries: list[dict[str, Any]] = list(journal["entries"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        return [f"{journal_path}: cannot be read as a drizzle-kit journal ({exc})"]
    tags: set[str] = set()
    last_when: int | None = None
    for i, entry in enumerate(entries):
        tag = entry.get("tag") if isinstance(entry, dict) else None
        when = entry.get("when") if isinstance(entry, dict) else None
        if not isinstance(tag, str):
            problems.append(f"{journal_path}: entries[{i}] has no tag")
            continue
        if tag in tags:
            problems.append(f"{journal_path}: tag {tag!r} is listed twice")
        tags.add(tag)
        if not (out / f"{tag}.sql").exists():
            problems.append(f"{out / (tag + '.sql')}: listed in the journal but missing")
        if isinstance(when, int) and not isinstance(when, bool):
            if last_when is not None and when == last_when:
                problems.append(f"{journal_path}: {tag} has the same `when` as the entry before it")
            elif last_when is not None and when < last_when:
                problems.append(
                    f"{journal_path}: {tag} has a `when` older than the entry before it "
                    f"(Drizzle's migrator would skip it)"
                )
            last_when = when
        else:
            problems.append(f"{journal_path}: {tag} has no integer `when`")
    for sql_file in sorted(out.glob("*.sql")):
        if sql_file.stem not in tags:
            problems.append(f"{sql_file}: not listed in meta/_journal.json (it would never run)")
    problems.extend(_check_snapshots(sorted((out / "meta").glob("*_snapshot.json"))))
    return problems


def _check_v1(out: Path) -> list[str]:
    problems: list[str] = []
    folders = sorted(p for p in out.iterdir() if p.is_dir() and FOLDER_NAME.match(p.name))
    stamps: dict[str, str] = {}
    for folder in folders:
        if not (folder / "migration.sql").exists():
            problems.append(f"{folder}: no migration.sql")
        stamp = folder.name[:14]
        if stamp in stamps:
            problems.append(f"{folder}: same timestamp as {stamps[stamp]}")
        stamps[stamp] = folder.name
    problems.extend(
        _check_snapshots([f / "snapshot.json" for f in folders if (f / "snapshot.json").exists()])
    )
    return problems


def _check_snapshots(paths: list[Path]) -> list[str]:
    problems: list[str] = []
    ids: dict[str, Path] = {}
    previous: str | None = None
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            problems.append(f"{path}: unreadable snapshot ({exc})")
            previous = None
            continue
        snapshot_id = data.get("id")
        prev_ids = data.get("prevIds") or ([data["prevId"]] if "prevId" in data else [])
        if snapshot_id in ids:
            problems.append(f"{path}: snapshot id {snapshot_id} collides with {ids[snapshot_id]}")
        if isinstance(snapshot_id, str):
            ids[snapshot_id] = path
        if previous is not None and previous not in prev_ids:
            problems.append(
                f"{path}: prevId does not point at the previous snapshot ({previous}); two "
                f"branches generated migrations from the same state — regenerate one of them"
            )
        previous = snapshot_id if isinstance(snapshot_id, str) else None
    return problems
