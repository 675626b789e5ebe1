"""``harness generate`` on folders in drizzle-kit 1.0's layout, against the real drizzle-kit 1.0.

Every folder ``generate_ref_v1/<dialect>/<case>/`` holds a schema's versions twice
(``vN.mjs`` / ``vN.py``) and ``out/``, what drizzle-kit 1.0 generate wrote for them in order
(``regenerate.sh``): one ``<YYYYMMDDHHMMSS>_s<N>/`` folder per version with ``migration.sql``
and ``snapshot.json``.  For each version N the test copies drizzle-kit's folders before N,
runs ``generate`` with ``vN.py`` and compares the new folder's SQL byte for byte and its
snapshot as JSON text (``id`` and ``prevIds`` aside; ``prevIds`` must name the previous
snapshot).  Then the folder generate wrote, in full, is migrated onto a fresh database of the
engine under test.  A dialect whose 1.0 snapshot format is not implemented yet is skipped with
that reason.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from harness import connect, engines
from harness.kit import Config
from harness.kit.generate import ZERO_ID, generate
from harness.kit.migrator import migrate

HERE = Path(__file__).parent / "generate_ref_v1"
KIT_DIALECT = {"pg": "postgresql", "mysql": "mysql", "sqlite": "sqlite"}
ENGINE = {"pg": "postgres", "mysql": "mysql", "sqlite": "sqlite"}


def _cases() -> list[Path]:
    return sorted(p for d in KIT_DIALECT for p in (HERE / d).glob("*/") if (p / "out").is_dir())


def _folders(case: Path) -> list[Path]:
    return sorted(p for p in (case / "out").iterdir() if p.is_dir())


def _steps() -> list[tuple[Path, int]]:
    return [(case, n) for case in _cases() for n in range(len(_folders(case)))]


def _supported(case: Path) -> None:
    dialect = engines.get(KIT_DIALECT[case.parent.name]).load_dialect()
    if getattr(dialect, "schema_diff_v1", None) is None:
        pytest.skip(f"{case.parent.name}: drizzle-kit 1.0's snapshot format is not written yet")


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


def _blank(text: str) -> str:
    data: dict[str, Any] = json.loads(text)
    data["id"] = ""
    data["prevIds"] = []
    return json.dumps(data, indent=2)


@pytest.mark.parametrize(
    ("case", "step"), _steps(), ids=[f"{c.parent.name}/{c.name}/v{n}" for c, n in _steps()]
)
def test_generate_writes_what_drizzle_kit_1_wrote(case: Path, step: int, tmp_path: Path) -> None:
    _supported(case)
    folders = _folders(case)
    out = tmp_path / "out"
    out.mkdir()
    for earlier in folders[:step]:
        shutil.copytree(earlier, out / earlier.name)

    result = generate(_config(case, step, out), name=f"s{step}", layout="1.0")

    assert result.path is not None, "generate found no change where drizzle-kit wrote one"
    expected = folders[step]
    assert result.path.parent.name.endswith(f"_s{step}")
    fixed = case / "fixed" / expected.name / "migration.sql"
    wanted = fixed if fixed.exists() else expected / "migration.sql"
    assert result.path.read_text() == wanted.read_text()
    written_text = (result.path.parent / "snapshot.json").read_text()
    expected_text = (expected / "snapshot.json").read_text()
    previous = json.loads((folders[step - 1] / "snapshot.json").read_text()) if step else {}
    assert json.loads(written_text)["prevIds"] == [previous.get("id") or ZERO_ID]
    assert _blank(written_text) == _blank(expected_text)


@pytest.mark.parametrize("case", _cases(), ids=[f"{c.parent.name}/{c.name}" for c in _cases()])
def test_generated_v1_folder_migrates(
    case: Path, dialect: str, db_url: str, tmp_path: Path
) -> None:
    if ENGINE[case.parent.name] != dialect:
        pytest.skip(f"a {case.parent.name} case; this run is on {dialect}")
    _supported(case)
    if (case / "skip_migrate.txt").exists():
        pytest.skip((case / "skip_migrate.txt").read_text().strip())
    folders = _folders(case)
    out = tmp_path / "out"
    for n in range(len(folders)):
        generate(_config(case, n, out), name=f"s{n}", layout="1.0")
    db = connect(db_url)
    try:
        result = migrate(db, out)
    finally:
        db.close()
    assert len(result.applied) == len(folders)
