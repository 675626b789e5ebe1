"""``harness generate`` against the real drizzle-kit 0.31, case by case.

Every folder ``generate_ref/<dialect>/<case>/`` holds a schema's versions twice - as drizzle-kit
reads them (``vN.mjs``) and declared in Python (``vN.py``) - and ``out/``, what drizzle-kit
generate wrote for them in order (``regenerate.sh``).  For each version N the test takes
drizzle-kit's folder as it was before version N, runs ``generate`` with ``vN.py`` on it, and
compares what it wrote with what drizzle-kit wrote next: the SQL byte for byte, the snapshot as
JSON text (ids aside), the journal entry (its time aside).  Then the folder generate wrote, in
full, is migrated onto a fresh database of the engine under test.

Where drizzle-kit's SQL fails on the real engine, the case holds what harness writes instead in
``fixed/<tag>.sql`` and says why in ``fixed/WHY.md``; the test then compares with that file and
also checks that drizzle-kit's output still differs (so an upstream fix is noticed).  A case
whose SQL the engine here cannot run at all (a MySQL 8 feature MariaDB lacks) names the reason
in ``skip_migrate.txt``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from harness import connect
from harness.kit import Config
from harness.kit.generate import ZERO_ID, generate
from harness.kit.migrator import migrate

HERE = Path(__file__).parent / "generate_ref"
KIT_DIALECT = {"pg": "postgresql", "mysql": "mysql", "sqlite": "sqlite"}
ENGINE = {"pg": "postgres", "mysql": "mysql", "sqlite": "sqlite"}


def _cases() -> list[Path]:
    return sorted(p for d in KIT_DIALECT for p in (HERE / d).glob("*/") if (p / "out").is_dir())


def _steps() -> list[tuple[Path, int]]:
    return [(case, n) for case in _cases() for n in range(len(_journal(case / "out")["entries"]))]


def _journal(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "meta" / "_journal.json").read_text())
    return data


def _config(case: Path, version: int, out: Path) -> Config:
    extra: dict[str, Any] = {}
    if (case / "config.json").exists():
        extra = json.loads((case / "config.json").read_text())
    return Config(
        dialect=KIT_DIALECT[case.parent.name],
        schema=(str(case / f"v{version}.py"),),
        out=str(out),
        casing=extra.get("casing"),
        breakpoints=extra.get("breakpoints", True),
        root=case,
    )


def _folder_before(case: Path, step: int, target: Path) -> None:
    """drizzle-kit's out folder as it was before migration ``step``."""
    expected = case / "out"
    journal = _journal(expected)
    kept = journal["entries"][:step]
    target.mkdir(parents=True)
    if not kept:
        return
    (target / "meta").mkdir()
    for entry in kept:
        prefix = entry["tag"].split("_")[0]
        shutil.copy(expected / f"{entry['tag']}.sql", target)
        shutil.copy(expected / "meta" / f"{prefix}_snapshot.json", target / "meta")
    journal_text = json.dumps(journal | {"entries": kept}, indent=2)
    (target / "meta" / "_journal.json").write_text(journal_text)


def _without_ids(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    data["id"] = data["prevId"] = ""
    return data


@pytest.mark.parametrize(
    ("case", "step"), _steps(), ids=[f"{c.parent.name}/{c.name}/v{n}" for c, n in _steps()]
)
def test_generate_writes_what_drizzle_kit_wrote(case: Path, step: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _folder_before(case, step, out)
    entry = _journal(case / "out")["entries"][step]
    prefix = entry["tag"].split("_")[0]

    result = generate(_config(case, step, out), name=f"s{step}")

    assert result.path is not None, "generate found no change where drizzle-kit wrote one"
    assert result.path.name == f"{entry['tag']}.sql"
    drizzle_sql = (case / "out" / f"{entry['tag']}.sql").read_text()
    fixed = case / "fixed" / f"{entry['tag']}.sql"
    if fixed.exists():  # drizzle-kit's SQL fails on the engine: ours must differ, as recorded
        assert (case / "fixed" / "WHY.md").exists()
        assert drizzle_sql != fixed.read_text()
        assert result.path.read_text() == fixed.read_text()
    else:
        assert result.path.read_text() == drizzle_sql
    expected_text = (case / "out" / "meta" / f"{prefix}_snapshot.json").read_text()
    written_text = (out / "meta" / f"{prefix}_snapshot.json").read_text()
    written = json.loads(written_text)
    previous = _journal(case / "out")["entries"][step - 1] if step else None
    if previous is None:
        assert written["prevId"] == ZERO_ID
    else:
        before = case / "out" / "meta" / f"{previous['tag'].split('_')[0]}_snapshot.json"
        assert written["prevId"] == json.loads(before.read_text())["id"]
    # same keys in the same order, same values: compare the text with the ids blanked
    assert json.dumps(_without_ids(written_text), indent=2) == json.dumps(
        _without_ids(expected_text), indent=2
    )
    assert written_text.count("\n") == expected_text.count("\n")
    (written_entry,) = [e for e in _journal(out)["entries"] if e["idx"] == step]
    assert {**written_entry, "when": 0} == {**entry, "when": 0}


@pytest.mark.parametrize("case", _cases(), ids=[f"{c.parent.name}/{c.name}" for c in _cases()])
def test_generated_folder_migrates(case: Path, dialect: str, db_url: str, tmp_path: Path) -> None:
    if ENGINE[case.parent.name] != dialect:
        pytest.skip(f"a {case.parent.name} case; this run is on {dialect}")
    if (case / "skip_migrate.txt").exists():
        pytest.skip((case / "skip_migrate.txt").read_text().strip())
    out = tmp_path / "out"
    versions = len(_journal(case / "out")["entries"])
    for n in range(versions):
        generate(_config(case, n, out), name=f"s{n}")
    assert len(_journal(out)["entries"]) == versions

    db = connect(db_url)
    try:
        result = migrate(db, out)
    finally:
        db.close()
    assert len(result.applied) == versions
