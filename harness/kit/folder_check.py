"""``check_folder(out)``: consistency of an out folder without touching a database.

Reported, one line each:

- journal entries whose file is missing, ``.sql`` files the journal does not list, duplicate
  or decreasing ``when``, duplicate tags (legacy layout); folders without ``migration.sql`` or
  sharing a timestamp (1.0 layout);
- snapshots: unreadable files, snapshots no journal entry owns, structure drizzle-kit would
  reject (``malformed snapshot: <key path>: <what>``, see ``snapshot_schema``), versions older
  than the latest (``is not of the latest version``) or newer than drizzle-kit knows;
- the snapshot chain, judged as drizzle-kit ``check`` judges it: two snapshots generated from
  the same parent are a collision (two branches generated migrations from the same state; in the
  1.0 layout only while no later snapshot merges them), a ``prevId`` naming no snapshot of the
  folder is a broken chain, two snapshots with one ``id`` are a copy, and a snapshot applied
  before the snapshot it was generated from means the journal (or folder) order differs from
  the order drizzle-kit generated the migrations in;
- anything ``read_out_folder`` rejects.

Snapshots are taken in apply order: the journal's (each entry owns
``meta/<tag prefix>_snapshot.json``, the prefix being the tag up to its first ``_``: ``0003``,
a timestamp, ...), or folder-name order in the 1.0 layout.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from harness.kit.errors import MigrationFolderError
from harness.kit.journal import FOLDER_NAME, layout, read_out_folder
from harness.kit.snapshot_schema import ORIGIN_ID, kit_dialect, validate_snapshot


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


@dataclass
class _Snapshot:
    path: Path
    #: place in apply order; None for a snapshot no journal entry owns
    position: int | None
    data: Any = None
    id: str | None = None
    parents: list[str] = field(default_factory=list)


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
    owned: dict[Path, str] = {}
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
        snapshot = _snapshot_of(out / "meta", tag, entry.get("idx"))
        if snapshot is None:
            continue  # drizzle-kit does not require one
        if snapshot not in owned:
            owned[snapshot] = tag
        elif owned[snapshot] != tag:  # (a tag listed twice is reported above)
            problems.append(
                f"{snapshot}: owned by two journal entries, {owned[snapshot]} and {tag} (their "
                f"tags share the prefix); give each migration its own prefix"
            )
    for sql_file in sorted(out.glob("*.sql")):
        if sql_file.stem not in tags:
            problems.append(f"{sql_file}: not listed in meta/_journal.json (it would never run)")
    snapshots = [_Snapshot(path, i) for i, path in enumerate(owned)]
    for path in sorted((out / "meta").glob("*_snapshot.json")):
        if path not in owned:
            problems.append(
                f"{path}: no entry of meta/_journal.json owns this snapshot (no tag starts with "
                f"{path.name[: -len('snapshot.json')]}); remove it or restore its entry"
            )
            snapshots.append(_Snapshot(path, None))
    dialect = kit_dialect(journal.get("dialect")) if isinstance(journal, dict) else None
    problems.extend(_check_snapshots(out, snapshots, "legacy", dialect))
    return problems


def _snapshot_of(meta: Path, tag: str, idx: object) -> Path | None:
    """The snapshot drizzle-kit wrote with the journal entry ``tag``: ``<prefix>_snapshot.json``
    (``0003``, a timestamp, unix seconds), else ``<idx as 4 digits>_snapshot.json``."""
    candidate = meta / f"{tag.split('_', 1)[0]}_snapshot.json"
    if candidate.is_file():
        return candidate
    if isinstance(idx, int) and not isinstance(idx, bool) and idx >= 0:
        candidate = meta / f"{idx:04d}_snapshot.json"
        if candidate.is_file():
            return candidate
    return None


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
    paths = [f / "snapshot.json" for f in folders if (f / "snapshot.json").exists()]
    snapshots = [_Snapshot(path, i) for i, path in enumerate(paths)]
    problems.extend(_check_snapshots(out, snapshots, "v1", None))
    return problems


def _check_snapshots(
    out: Path, snapshots: list[_Snapshot], kind: Literal["legacy", "v1"], dialect: str | None
) -> list[str]:
    problems: list[str] = []
    readable: list[_Snapshot] = []
    for snapshot in snapshots:
        try:
            snapshot.data = json.loads(snapshot.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            problems.append(f"{snapshot.path}: unreadable snapshot ({exc})")
            continue
        readable.append(snapshot)
    if dialect is None:  # the journal names none (or the 1.0 layout): the newest snapshot's
        for snapshot in reversed(readable):
            if isinstance(snapshot.data, dict):
                dialect = kit_dialect(snapshot.data.get("dialect"))
                if dialect:
                    break
    for snapshot in readable:
        problem = _structure(snapshot, kind, dialect)
        if problem:
            problems.append(problem)
        data = snapshot.data
        if isinstance(data, dict):
            snapshot.id = data["id"] if isinstance(data.get("id"), str) else None
            if kind == "legacy":
                parents = [data.get("prevId")]
            else:
                listed = data.get("prevIds")
                parents = listed if isinstance(listed, list) else []
            snapshot.parents = [p for p in parents if isinstance(p, str)]
    problems.extend(_check_chain(out, readable, kind))
    return problems


def _structure(snapshot: _Snapshot, kind: Literal["legacy", "v1"], dialect: str | None) -> str:
    if dialect is None:  # a dialect harness does not serve: `folder_dialect` reports it
        return ""
    verdict = validate_snapshot(snapshot.data, dialect, kind)
    if verdict.status == "malformed":
        return f"{snapshot.path}: malformed snapshot: {verdict.detail}"
    if verdict.status == "old":
        return (
            f"{snapshot.path} is not of the latest version (version {verdict.detail}, latest "
            f"{verdict.latest}); run drizzle-kit up"
        )
    if verdict.status == "unsupported":
        return (
            f"{snapshot.path}: snapshot version {verdict.detail} is newer than the latest "
            f"drizzle-kit writes in this layout ({verdict.latest}); was it written by a newer "
            f"drizzle-kit?"
        )
    return ""


def _check_chain(out: Path, snapshots: list[_Snapshot], kind: Literal["legacy", "v1"]) -> list[str]:
    problems: list[str] = []

    def name(snapshot: _Snapshot) -> str:
        return str(snapshot.path.relative_to(out))

    by_id: dict[str, _Snapshot] = {}
    for snapshot in snapshots:
        if snapshot.id is None:
            continue
        if snapshot.id in by_id:
            problems.append(
                f"{snapshot.path}: has the same id ({snapshot.id}) as {name(by_id[snapshot.id])}; "
                f"a copied snapshot? regenerate this migration"
            )
            continue
        by_id[snapshot.id] = snapshot
    children: dict[str, list[_Snapshot]] = {}
    for snapshot in snapshots:
        for parent_id in dict.fromkeys(snapshot.parents):
            children.setdefault(parent_id, []).append(snapshot)

    for parent_id, kids in children.items():
        parent = by_id.get(parent_id)
        if parent is None and parent_id != ORIGIN_ID:
            for kid in kids:
                problems.append(
                    f"{kid.path}: broken chain: prevId {parent_id} points at no snapshot in the "
                    f"folder (was the snapshot it was generated from deleted or replaced?)"
                )
            continue
        if len(kids) < 2:
            continue
        if kind == "v1" and len(_leaves(children, parent_id)) < 2:
            continue  # the branches were merged by a later snapshot: how 1.0 resolves them
        listed = ", ".join(name(k) for k in kids)
        origin = f"parent snapshot {name(parent)}" if parent else "the empty schema"
        merge = (
            "run drizzle-kit generate to merge them (drizzle-kit accepts open branches only "
            "when their changes commute)"
            if kind == "v1"
            else "drop one of them and generate it again on top of the other"
        )
        every = "both" if len(kids) == 2 else "all"
        problems.append(
            f"{out}: collision: [{listed}] were {every} generated from {origin} (prevId "
            f"{parent_id}): two branches generated migrations from the same state; {merge}"
        )

    where = "the journal lists it" if kind == "legacy" else "its folder sorts"
    for snapshot in snapshots:
        for parent_id in snapshot.parents:
            parent = by_id.get(parent_id)
            if (
                parent is not None
                and parent is not snapshot
                and snapshot.position is not None
                and parent.position is not None
                and parent.position > snapshot.position
            ):
                problems.append(
                    f"{snapshot.path}: generated from {name(parent)}, but {where} after this "
                    f"one: migrations would run in a different order than they were generated in"
                )
    return problems


def _leaves(children: dict[str, list[_Snapshot]], start: str) -> set[str]:
    """Ids of the snapshots below ``start`` that no snapshot was generated from."""
    leaves: set[str] = set()
    seen: set[str] = set()
    stack = [start]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        below = [k.id for k in children.get(current, []) if k.id is not None]
        if not below and current != start:
            leaves.add(current)
        stack.extend(below)
    return leaves
