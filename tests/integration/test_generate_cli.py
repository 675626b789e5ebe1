"""``harness generate`` and the declarations-vs-migrations check, run as a user runs them.

Generate reads declarations and writes files; it opens no database, so these tests run in
every suite run.  Each engine's SQL is checked against the real drizzle-kit in
``tests/conformance/test_generate_ref.py``; here it is the command: its files, its answers to
rename questions without a terminal, ``--custom``, ``check`` and the plugin's refusal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.kit import run_cli as run

V1 = """
from harness.mysql import int_, mysql_table, varchar

users = mysql_table(
    "users",
    {"id": int_().primary_key().autoincrement(), "name": varchar(length=100).not_null()},
)
"""
V2_RENAMED = V1.replace('"name": varchar', '"full_name": varchar')
V2_ADDED = V1.replace(
    '"name": varchar(length=100).not_null()},',
    '"name": varchar(length=100).not_null(), "bio": varchar(length=500)},',
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "schema.py").write_text(V1)
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='mysql', schema='schema.py', out='drizzle')\n"
    )
    return tmp_path


def _journal(project: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (project / "drizzle" / "meta" / "_journal.json").read_text()
    )
    return data


def test_generate_writes_the_folder_then_finds_nothing_to_do(project: Path) -> None:
    first = run(project, "generate", "--name", "init")
    assert first.returncode == 0, first.stderr
    sql = (project / "drizzle" / "0000_init.sql").read_text()
    assert sql.startswith("CREATE TABLE `users` (\n\t`id` int AUTO_INCREMENT NOT NULL,")
    snapshot = json.loads((project / "drizzle" / "meta" / "0000_snapshot.json").read_text())
    assert snapshot["prevId"] == "00000000-0000-0000-0000-000000000000"
    assert "table users created" in first.stdout

    again = run(project, "generate")
    assert again.returncode == 0, again.stderr
    assert "No schema changes" in again.stdout
    assert sorted(p.name for p in (project / "drizzle").glob("*.sql")) == ["0000_init.sql"]

    check = run(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_generate_without_name_picks_adjective_noun(project: Path) -> None:
    result = run(project, "generate")
    assert result.returncode == 0, result.stderr
    (sql,) = (project / "drizzle").glob("*.sql")
    prefix, adjective, noun = sql.stem.split("_")
    assert prefix == "0000" and adjective.isalpha() and noun.isalpha()


def test_check_lists_ungenerated_changes_and_generate_catches_up(project: Path) -> None:
    assert run(project, "generate", "--name", "init").returncode == 0
    (project / "schema.py").write_text(V2_ADDED)

    check = run(project, "check")
    assert check.returncode == 1
    assert "table users: column bio added; run harness generate" in check.stdout

    generated = run(project, "generate", "--name", "bio")
    assert generated.returncode == 0, generated.stderr
    assert (project / "drizzle" / "0001_bio.sql").read_text() == (
        "ALTER TABLE `users` ADD `bio` varchar(500);"
    )
    snapshot = json.loads((project / "drizzle" / "meta" / "0001_snapshot.json").read_text())
    first = json.loads((project / "drizzle" / "meta" / "0000_snapshot.json").read_text())
    assert snapshot["prevId"] == first["id"]
    assert run(project, "check").returncode == 0


def test_a_possible_rename_without_terminal_names_the_flags(project: Path) -> None:
    assert run(project, "generate", "--name", "init").returncode == 0
    (project / "schema.py").write_text(V2_RENAMED)

    refused = run(project, "generate", "--name", "rename")
    assert refused.returncode == 2
    assert "--rename column:users.name=users.full_name" in refused.stderr
    assert "--created column:users.full_name" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not (project / "drizzle" / "0001_rename.sql").exists()

    renamed = run(
        project, "generate", "--name", "rename", "--rename", "column:users.name=users.full_name"
    )
    assert renamed.returncode == 0, renamed.stderr
    assert (project / "drizzle" / "0001_rename.sql").read_text() == (
        "ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`;"
    )
    snapshot = json.loads((project / "drizzle" / "meta" / "0001_snapshot.json").read_text())
    assert snapshot["_meta"]["columns"] == {'"users"."name"': '"users"."full_name"'}


def test_created_answer_drops_and_adds_and_names_the_data_loss(project: Path) -> None:
    assert run(project, "generate", "--name", "init").returncode == 0
    (project / "schema.py").write_text(V2_RENAMED)
    result = run(project, "generate", "--name", "swap", "--created", "column:users.full_name")
    assert result.returncode == 0, result.stderr
    assert (project / "drizzle" / "0001_swap.sql").read_text() == (
        "ALTER TABLE `users` ADD `full_name` varchar(100) NOT NULL;--> statement-breakpoint\n"
        "ALTER TABLE `users` DROP COLUMN `name`;"
    )
    assert "data loss: table users: column name is dropped with its values" in result.stdout


def test_custom_writes_an_empty_migration_with_the_last_snapshot(project: Path) -> None:
    assert run(project, "generate", "--name", "init").returncode == 0
    result = run(project, "generate", "--custom", "--name", "backfill")
    assert result.returncode == 0, result.stderr
    assert (project / "drizzle" / "0001_backfill.sql").read_text() == (
        "-- Custom SQL migration file, put your code below! --"
    )
    meta = project / "drizzle" / "meta"
    first = json.loads((meta / "0000_snapshot.json").read_text())
    custom = json.loads((meta / "0001_snapshot.json").read_text())
    assert custom["prevId"] == first["id"] and custom["tables"] == first["tables"]
    tags = [e["tag"] for e in _journal(project)["entries"]]  # type: ignore[attr-defined]
    assert tags == ["0000_init", "0001_backfill"]


def test_bad_rename_flag_and_broken_schema_are_one_line(project: Path) -> None:
    bad_flag = run(project, "generate", "--rename", "users.name=users.full_name")
    assert bad_flag.returncode == 2
    assert "name the kind first" in bad_flag.stderr
    assert len(bad_flag.stderr.strip().splitlines()) == 1

    (project / "schema.py").write_text("from harness.mysql import int_\n\nx = undefined_name\n")
    broken = run(project, "generate")
    assert broken.returncode == 2
    line = broken.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert "schema.py:3: NameError" in line


def test_prefix_and_no_breakpoints(project: Path) -> None:
    (project / "schema.py").write_text(
        V1 + 'tags = mysql_table("tags", {"id": int_().primary_key()})\n'
    )
    result = run(project, "generate", "--name", "init", "--prefix", "unix", "--no-breakpoints")
    assert result.returncode == 0, result.stderr
    (sql,) = (project / "drizzle").glob("*_init.sql")
    assert sql.stem.split("_")[0].isdigit() and len(sql.stem.split("_")[0]) == 10
    assert "--> statement-breakpoint" not in sql.read_text()
    entries = _journal(project)["entries"]
    assert isinstance(entries, list) and entries[0]["breakpoints"] is False


@pytest.mark.dialects("mysql")
def test_plugin_refuses_a_run_whose_declarations_are_not_generated(
    pytester: pytest.Pytester,
) -> None:
    (pytester.path / "schema.py").write_text(V1)
    (pytester.path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='mysql', schema='schema.py', out='drizzle')\n"
    )
    assert run(pytester.path, "generate", "--name", "init").returncode == 0
    (pytester.path / "schema.py").write_text(V2_ADDED)
    pytester.makepyfile(test_x="def test_x(db):\n    pass\n")
    result = pytester.runpytest_subprocess("--db=mysql", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*declarations differ from the migrations*table users: column bio added*"]
    )

    pytester.makeini("[pytest]\nharness_check_schema = false\n")
    quiet = pytester.runpytest_subprocess("--db=mysql", "-p", "no:cacheprovider", "--co")
    assert quiet.ret == pytest.ExitCode.OK


def test_rename_question_is_asked_on_a_terminal(project: Path) -> None:
    """On a terminal, generate asks as drizzle-kit does and takes the answer by number."""
    import os
    import pty
    import subprocess
    import sys

    assert run(project, "generate", "--name", "init").returncode == 0
    (project / "schema.py").write_text(V2_RENAMED)
    controller, terminal = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "harness", "generate", "--name", "renamed"],
        cwd=project,
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    seen = b""
    while b"choice [0]:" not in seen:
        chunk = os.read(controller, 1024)
        assert chunk, seen
        seen += chunk
    assert b"Is column 'users.full_name' created or renamed from 'users.name'?" in seen
    os.write(controller, b"1\n")
    while True:
        try:
            chunk = os.read(controller, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert child.wait(timeout=60) == 0, seen.decode()
    os.close(controller)
    assert (project / "drizzle" / "0001_renamed.sql").read_text() == (
        "ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`;"
    )
