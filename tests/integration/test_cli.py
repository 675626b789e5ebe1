"""The ``harness`` command line, run as a subprocess like a user would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.kit import run_cli_process as run

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref" / "out"
FIXTURE = {"postgres": "pg", "mysql": "mysql", "sqlite": "sqlite"}
DIALECT = {"postgres": "postgresql", "mysql": "mysql", "sqlite": "sqlite"}
SCHEMA = Path(__file__).parents[1] / "schemas"


@pytest.fixture
def project(tmp_path: Path, dialect: str, db_url: str) -> Path:
    shutil.copytree(REF / FIXTURE[dialect], tmp_path / "drizzle")
    # the declarations match the folder's newest migration (harness check compares them)
    shutil.copy(SCHEMA / f"{FIXTURE[dialect]}_v2.py", tmp_path / "schema.py")
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect={DIALECT[dialect]!r}, schema='./schema.py', out='drizzle',"
        f" db_credentials={{'url': {db_url!r}}})\n"
    )
    return tmp_path


def test_migrate_status_check(project: Path) -> None:
    first = run(project, "migrate")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("migrating ")
    assert [line.split()[1] for line in lines[1:3]] == ["0000_init", "0001_add_bio_and_tags"]
    assert all(line.strip().startswith("applied") and line.endswith("s") for line in lines[1:3])
    assert lines[-1].startswith("2 applied, 0 already up to date")
    again = run(project, "migrate")
    assert again.returncode == 0 and "0 applied, 2 already up to date" in again.stdout
    status = run(project, "status")
    assert status.returncode == 0
    assert status.stdout.count("applied   ") == 2
    check = run(project, "check")
    assert check.returncode == 0 and check.stdout.strip().endswith(": ok")


def test_status_reports_pending_and_drift(project: Path) -> None:
    assert run(project, "migrate", "--to", "0000_init").returncode == 0
    status = run(project, "status")
    assert "pending   0001_add_bio_and_tags" in status.stdout
    (project / "drizzle" / "0000_init.sql").write_text("-- edited\n")
    drifted = run(project, "status")
    assert drifted.returncode == 1 and "drifted   0000_init" in drifted.stdout
    failed = run(project, "migrate")
    assert failed.returncode == 1 and "changed since they were applied" in failed.stderr


def test_push_from_config_schema(project: Path) -> None:
    pushed = run(project, "push")
    assert pushed.returncode == 0, pushed.stderr
    assert "statements applied" in pushed.stdout


def test_check_reports_each_problem_on_its_own_line(project: Path) -> None:
    (project / "drizzle" / "0002_stray.sql").write_text("select 1;")
    (project / "drizzle" / "0001_add_bio_and_tags.sql").unlink()
    result = run(project, "check")
    assert result.returncode == 1
    problems = result.stdout.strip().splitlines()
    assert any(
        "0001_add_bio_and_tags.sql: listed in the journal but missing" in p for p in problems
    )
    assert any("0002_stray.sql: not listed in meta/_journal.json" in p for p in problems)


def test_masked_password_and_exit_codes(tmp_path: Path) -> None:
    # a valid out folder: it is read (and refused if broken) before connecting
    shutil.copytree(REF / "pg", tmp_path / "drizzle")
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='postgresql', out='drizzle',"
        " db_credentials={'url': 'postgresql://me:s3cr3t-pw@127.0.0.1:9/none'})\n"
    )
    unreachable = run(tmp_path, "status")
    assert unreachable.returncode == 3
    assert "s3cr3t-pw" not in unreachable.stdout + unreachable.stderr
    assert "127.0.0.1:9/none" in unreachable.stderr
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='postgresql', outdir='x')\n"
    )
    usage = run(tmp_path, "migrate")
    assert usage.returncode == 2 and "did you mean 'out'?" in usage.stderr


def test_mask_url() -> None:
    from harness.urls import mask_url

    assert mask_url("postgresql://u:p%40ss@h:5/db") == "postgresql://u:***@h:5/db"
    assert mask_url("mysql://root@h/db") == "mysql://root@h/db"
