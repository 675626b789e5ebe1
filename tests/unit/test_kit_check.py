"""``check(out)``: every inconsistency of an out folder, one line each (no database).

The snapshot chain is judged as drizzle-kit ``check`` judges it: in apply order (the journal's,
or folder order in the 1.0 layout), two snapshots from one parent are a collision, a ``prevId``
naming no snapshot is a broken chain; structure and version as drizzle-kit's schemas say.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from harness.kit import check_folder as check
from harness.kit.snapshot_schema import ORIGIN_ID

ROOT = Path(__file__).parents[2]
REF = ROOT / "tests" / "conformance" / "drizzle_ref" / "out"
FIXTURES = ROOT / "tests" / "fixtures" / "drizzle" / "out"


def copy(fixture: str, tmp_path: Path) -> Path:
    target = tmp_path / fixture
    shutil.copytree(REF / fixture, target)
    return target


def journal(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "meta" / "_journal.json").read_text())
    return data


def write_journal(out: Path, data: dict[str, Any]) -> None:
    (out / "meta" / "_journal.json").write_text(json.dumps(data))


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2))


def add_migration(out: Path, tag: str, prev_id: str) -> str:
    """Append a journal entry ``tag`` whose snapshot (a copy of the last one) has ``prev_id``."""
    data = journal(out)
    last = data["entries"][-1]
    snapshot = read(out / "meta" / f"{last['tag'].split('_')[0]}_snapshot.json")
    snapshot["id"], snapshot["prevId"] = str(uuid.uuid4()), prev_id
    write(out / "meta" / f"{tag.split('_')[0]}_snapshot.json", snapshot)
    (out / f"{tag}.sql").write_text("select 1;")
    data["entries"].append(dict(last, idx=last["idx"] + 1, tag=tag, when=last["when"] + 1000))
    write_journal(out, data)
    return str(snapshot["id"])


def snapshot_id(out: Path, prefix: str) -> str:
    return str(read(out / "meta" / f"{prefix}_snapshot.json")["id"])


def real_folders() -> list[Path]:
    examples = sorted((ROOT / "examples").glob("*/drizzle/*"))
    found = sorted(REF.iterdir()) + sorted(FIXTURES.iterdir()) + examples
    return [p for p in found if p.is_dir()]


@pytest.mark.parametrize("out", real_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_folders_are_consistent(out: Path) -> None:
    assert check(out) == []


def test_real_folders_are_found() -> None:
    names = {p.name for p in real_folders()}
    assert {"pg", "mysql", "sqlite", "pg_v1", "mysql_rich_v1", "sqlite_rich"} <= names


# -- the chain, in journal order ------------------------------------------------------------------


def test_journal_order_is_the_order_not_file_names(tmp_path: Path) -> None:
    """The second migration was generated with the index prefix after the first with a
    timestamp prefix: ``meta/0001_snapshot.json`` sorts before ``meta/2026..._snapshot.json``,
    but the journal applies it second and its chain is intact."""
    out = copy("pg_prefix_timestamp", tmp_path)
    data = journal(out)
    second = data["entries"][1]
    old_prefix = second["tag"].split("_")[0]
    new_tag = "0001_" + second["tag"].split("_", 1)[1]
    (out / f"{second['tag']}.sql").rename(out / f"{new_tag}.sql")
    (out / "meta" / f"{old_prefix}_snapshot.json").rename(out / "meta" / "0001_snapshot.json")
    second["tag"] = new_tag
    write_journal(out, data)
    assert sorted(p.name for p in (out / "meta").glob("*_snapshot.json"))[0] == "0001_snapshot.json"
    assert check(out) == []


def test_collision_names_both_snapshots_and_the_parent(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    add_migration(out, "0002_from_the_same_state", snapshot_id(out, "0000"))
    problems = check(out)
    assert len(problems) == 1, problems
    (line,) = problems
    assert line.startswith(f"{out}: collision: [meta/0001_snapshot.json, meta/0002_snapshot.json]")
    assert "generated from parent snapshot meta/0000_snapshot.json" in line
    assert "two branches generated migrations from the same state" in line


def test_two_first_snapshots_collide_on_the_empty_schema(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    add_migration(out, "0002_second_root", ORIGIN_ID)
    (line,) = check(out)
    assert "collision: [meta/0000_snapshot.json, meta/0002_snapshot.json]" in line
    assert "generated from the empty schema" in line


def test_dangling_prev_id_is_a_broken_chain(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    second_path = out / "meta" / "0001_snapshot.json"
    second = read(second_path)
    second["prevId"] = "6a4a4e0c-0000-4000-8000-000000000000"
    write(second_path, second)
    assert check(out) == [
        f"{second_path}: broken chain: prevId 6a4a4e0c-0000-4000-8000-000000000000 points at no "
        f"snapshot in the folder (was the snapshot it was generated from deleted or replaced?)"
    ]


def test_deleted_parent_snapshot_is_a_broken_chain_not_two_branches(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    (out / "meta" / "0000_snapshot.json").unlink()
    (line,) = check(out)
    assert "0001_snapshot.json: broken chain" in line and "points at no snapshot" in line
    assert "two branches" not in line


def test_same_id_twice(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    second_path = out / "meta" / "0001_snapshot.json"
    second = read(second_path)
    second["id"] = snapshot_id(out, "0000")
    write(second_path, second)
    problems = check(out)
    assert any(
        p.startswith(f"{second_path}: has the same id") and "meta/0000_snapshot.json" in p
        for p in problems
    ), problems


def test_journal_order_differs_from_generation_order(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    add_migration(out, "0002_third", snapshot_id(out, "0001"))
    data = journal(out)
    entries = data["entries"]
    entries[1], entries[2] = entries[2], entries[1]
    entries[1]["when"], entries[2]["when"] = entries[2]["when"], entries[1]["when"]
    write_journal(out, data)
    assert check(out) == [
        f"{out / 'meta' / '0002_snapshot.json'}: generated from meta/0001_snapshot.json, but the "
        f"journal lists it after this one: migrations would run in a different order than they "
        f"were generated in"
    ]


def test_snapshot_no_entry_owns(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    stray = read(out / "meta" / "0001_snapshot.json")
    stray["id"], stray["prevId"] = str(uuid.uuid4()), stray["id"]
    write(out / "meta" / "0007_snapshot.json", stray)
    assert check(out) == [
        f"{out / 'meta' / '0007_snapshot.json'}: no entry of meta/_journal.json owns this "
        f"snapshot (no tag starts with 0007_); remove it or restore its entry"
    ]


def test_entries_sharing_a_prefix(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    data = journal(out)
    extra = dict(data["entries"][1], idx=2, tag="0001_other", when=data["entries"][1]["when"] + 1)
    data["entries"].append(extra)
    write_journal(out, data)
    (out / "0001_other.sql").write_text("select 1;")
    (line,) = check(out)
    assert line.startswith(
        f"{out / 'meta' / '0001_snapshot.json'}: owned by two journal entries, "
        f"0001_add_bio_and_tags and 0001_other"
    )


# -- structure and version ------------------------------------------------------------------------


def _users(data: dict[str, Any]) -> dict[str, Any]:
    tables: dict[str, Any] = data["tables"]
    return next(t for key, t in tables.items() if key.endswith("users"))


MALFORMED = {
    "pg: null for an optional key": (
        "pg",
        lambda d: _users(d)["columns"]["id"].__setitem__("typeSchema", None),
        'tables["public.users"].columns.id.typeSchema: expected a string, found null',
    ),
    "pg: misspelt table key": (
        "pg",
        lambda d: _users(d).__setitem__("checkConstraint", _users(d).pop("checkConstraints")),
        "tables[\"public.users\"].checkConstraint: unknown key; did you mean 'checkConstraints'?",
    ),
    "mysql: checkConstraint spelt checkConstraints": (
        "mysql",
        lambda d: _users(d).__setitem__("checkConstraints", _users(d).pop("checkConstraint")),
        "tables.users.checkConstraints: unknown key; did you mean 'checkConstraint'?",
    ),
    "mysql: missing _meta": (
        "mysql",
        lambda d: d.pop("_meta"),
        "_meta: missing (expected an object)",
    ),
    "sqlite: unknown top-level key": (
        "sqlite",
        lambda d: d.__setitem__("extra", 1),
        "extra: unknown key",
    ),
    "sqlite: wrong type": (
        "sqlite",
        lambda d: _users(d)["columns"]["email"].__setitem__("notNull", "yes"),
        'tables.users.columns.email.notNull: expected true or false, found "yes"',
    ),
}


@pytest.mark.parametrize(("fixture", "mutate", "where"), MALFORMED.values(), ids=MALFORMED)
def test_malformed_snapshot_names_the_key(
    tmp_path: Path, fixture: str, mutate: Any, where: str
) -> None:
    out = copy(fixture, tmp_path)
    path = out / "meta" / "0001_snapshot.json"
    data = read(path)
    mutate(data)
    write(path, data)
    assert check(out) == [f"{path}: malformed snapshot: {where}"]


def test_malformed_v1_snapshot_names_the_entity(tmp_path: Path) -> None:
    out = copy("pg_v1", tmp_path)
    path = sorted(out.glob("*/snapshot.json"))[-1]
    data = read(path)
    index, column = next((i, e) for i, e in enumerate(data["ddl"]) if e["entityType"] == "columns")
    column["nullable"] = True
    write(path, data)
    table, name = column["table"], column["name"]
    assert check(out) == [
        f"{path}: malformed snapshot: ddl[{index}].nullable: unknown key "
        f"(in columns public.{table}.{name})"
    ]


def test_keys_drizzle_kit_ignores_are_accepted(tmp_path: Path) -> None:
    """drizzle-kit leaves the top level of PostgreSQL/MySQL snapshots and `_meta` open."""
    for fixture in ("pg", "mysql"):
        out = copy(fixture, tmp_path)
        path = out / "meta" / "0001_snapshot.json"
        data = read(path)
        data["comment"] = "added by hand"
        data["_meta"]["note"] = {}
        write(path, data)
        assert check(out) == [], fixture


def _pg_v6(data: dict[str, Any]) -> None:
    """The same schema as drizzle-kit's version 6 wrote it."""
    data["version"] = "6"
    for key in ("views", "sequences", "roles", "policies"):
        data.pop(key, None)
    for table in data["tables"].values():
        for key in ("policies", "checkConstraints", "isRLSEnabled"):
            table.pop(key, None)
        for index in table["indexes"].values():
            index["columns"] = [c["expression"] for c in index["columns"]]


def _sqlite_v5(data: dict[str, Any]) -> None:
    data["version"] = "5"
    data.pop("views")
    data.pop("internal")


@pytest.mark.parametrize(
    ("fixture", "mutate", "versions"),
    [("pg", _pg_v6, "version 6, latest 7"), ("sqlite", _sqlite_v5, "version 5, latest 6")],
)
def test_older_version(tmp_path: Path, fixture: str, mutate: Any, versions: str) -> None:
    out = copy(fixture, tmp_path)
    path = out / "meta" / "0000_snapshot.json"
    data = read(path)
    mutate(data)
    write(path, data)
    assert check(out) == [f"{path} is not of the latest version ({versions}); run drizzle-kit up"]


def test_older_v1_version(tmp_path: Path) -> None:
    out = copy("pg_v1", tmp_path)
    path = sorted(out.glob("*/snapshot.json"))[0]
    data = read(path)
    data["version"] = "7"
    write(path, data)
    assert check(out) == [
        f"{path} is not of the latest version (version 7, latest 8); run drizzle-kit up"
    ]


def test_newer_version(tmp_path: Path) -> None:
    out = copy("mysql", tmp_path)
    path = out / "meta" / "0001_snapshot.json"
    data = read(path)
    data["version"] = "6"
    write(path, data)
    (line,) = check(out)
    assert line.startswith(f"{path}: snapshot version 6 is newer than the latest")


# -- the 1.0 layout -------------------------------------------------------------------------------


def add_v1_migration(out: Path, folder: str, prev_ids: list[str]) -> str:
    last = sorted(out.glob("*/snapshot.json"))[-1]
    snapshot = read(last)
    snapshot["id"], snapshot["prevIds"] = str(uuid.uuid4()), prev_ids
    (out / folder).mkdir()
    write(out / folder / "snapshot.json", snapshot)
    (out / folder / "migration.sql").write_text("select 1;")
    return str(snapshot["id"])


def test_v1_open_branches_collide_merged_ones_do_not(tmp_path: Path) -> None:
    out = copy("pg_v1", tmp_path)
    first, second = sorted(out.glob("*/snapshot.json"))
    first_id, second_id = read(first)["id"], read(second)["id"]
    branch = add_v1_migration(out, "20261124123000_branch", [first_id])
    (line,) = check(out)
    assert line.startswith(
        f"{out}: collision: [{second.relative_to(out)}, 20261124123000_branch/snapshot.json] "
        f"were both generated from parent snapshot {first.relative_to(out)}"
    )
    assert "run drizzle-kit generate to merge them" in line
    add_v1_migration(out, "20261124123100_merge", [second_id, branch])
    assert check(out) == []


def test_v1_dangling_prev_id(tmp_path: Path) -> None:
    out = copy("pg_v1", tmp_path)
    path = sorted(out.glob("*/snapshot.json"))[-1]
    data = read(path)
    data["prevIds"] = ["6a4a4e0c-0000-4000-8000-000000000000"]
    write(path, data)
    (line,) = check(out)
    assert line.startswith(f"{path}: broken chain: prevId 6a4a4e0c-0000-4000-8000-000000000000")


# -- the journal and the files --------------------------------------------------------------------


def test_duplicate_and_decreasing_when(tmp_path: Path) -> None:
    out = copy("pg", tmp_path)
    data = journal(out)
    entries = data["entries"]
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
    entries.append(dict(entries[0]))
    del entries[1]["when"]
    write_journal(out, data)
    problems = check(out)
    assert any("listed twice" in p for p in problems)
    assert any("has no integer `when`" in p for p in problems)


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
