"""``check(out)``: every inconsistency of an out folder, one line each (no database)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from harness.kit import check_folder as check

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref" / "out"


def copy(fixture: str, tmp_path: Path) -> Path:
    target = tmp_path / fixture
    shutil.copytree(REF / fixture, target)
    return target


def journal(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "meta" / "_journal.json").read_text())
    return data


def write_journal(out: Path, data: dict[str, object]) -> None:
    (out / "meta" / "_journal.json").write_text(json.dumps(data))


def test_real_folders_are_consistent(tmp_path: Path) -> None:
    for fixture in ("pg", "mysql", "sqlite", "pg_rich", "pg_prefix_timestamp", "pg_v1"):
        assert check(REF / fixture) == [], fixture


def test_duplicate_and_decreasing_when(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    data = journal(out)
    entries = data["entries"]
    assert isinstance(entries, list)
    entries[1]["when"] = entries[0]["when"]
    write_journal(out, data)
    assert any("same `when`" in p for p in check(out))
    entries[1]["when"] = entries[0]["when"] - 1
    write_journal(out, data)
    assert any("older than the entry before it" in p for p in check(out))


def test_duplicate_tag_and_missing_when(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    data = journal(out)
    entries = data["entries"]
    assert isinstance(entries, list)
    entries.append(dict(entries[0]))
    del entries[1]["when"]
    write_journal(out, data)
    problems = check(out)
    assert any("listed twice" in p for p in problems)
    assert any("has no integer `when`" in p for p in problems)


def test_snapshot_collisions_and_broken_chain(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    first = json.loads((out / "meta" / "0000_snapshot.json").read_text())
    second_path = out / "meta" / "0001_snapshot.json"
    second = json.loads(second_path.read_text())
    second["id"] = first["id"]
    second_path.write_text(json.dumps(second))
    assert any("collides with" in p for p in check(out))
    second["id"] = "another"
    second["prevId"] = "somewhere-else"
    second_path.write_text(json.dumps(second))
    assert any("prevId does not point at the previous snapshot" in p for p in check(out))


def test_unreadable_snapshot_and_stray_file(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    (out / "meta" / "0001_snapshot.json").write_bytes(b"\xff\xfe not json")
    (out / "9999_stray.sql").write_text("select 1;")
    problems = check(out)
    assert any("unreadable snapshot" in p for p in problems)
    assert any("9999_stray.sql: not listed" in p for p in problems)
    assert all("\n" not in p for p in problems)


def test_v1_layout_problems(tmp_path: Path) -> None:
    out = copy("pg_v1", tmp_path)
    first = sorted(p for p in out.iterdir() if p.is_dir())[0]
    twin = out / (first.name[:14] + "_twin")
    twin.mkdir()
    problems = check(out)
    assert any("no migration.sql" in p for p in problems)
    assert any("same timestamp as" in p for p in problems)
