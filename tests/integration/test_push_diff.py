"""``push`` that diffs: the live catalog is read, compared with the declarations, and only the
difference runs - so a second push of the same declarations runs nothing.

Every reference case of ``tests/conformance/generate_ref`` is pushed version after version
onto one database of the engine under test, and after each version a new plan must be empty
(the introspected catalog reads back as the declarations).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from harness import Database, connect
from harness.kit import PushRefused, plan, push
from tests.support.kit import run_cli as run

REF = Path(__file__).parents[1] / "conformance" / "generate_ref"
#: each engine's case folder
FOLDER = {"mysql": "mysql", "postgres": "pg", "sqlite": "sqlite"}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_push_{path.parent.name}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases() -> list[Path]:
    return sorted(p for folder in FOLDER.values() for p in (REF / folder).glob("*/"))


@pytest.mark.dialects(*FOLDER)
@pytest.mark.parametrize("case", _cases(), ids=[f"{c.parent.name}/{c.name}" for c in _cases()])
def test_each_version_pushes_then_plans_nothing(case: Path, dialect: str, db: Database) -> None:
    if case.parent.name != FOLDER[dialect]:
        pytest.skip(f"a {case.parent.name} case; this run is on {dialect}")
    if (case / "skip_migrate.txt").exists():
        pytest.skip((case / "skip_migrate.txt").read_text().strip())
    versions = sorted(case.glob("v*.py"))
    assert versions
    for version in versions:
        module = _load(version)
        push(db, module, force=True)
        leftover = plan(db, module)
        assert leftover.statements == [], f"{version.name}: {leftover.changes}"


def _users(extra: str = "") -> str:
    return (
        "from harness.mysql import int_, mysql_table, varchar\n"
        "users = mysql_table('users', {'id': int_().primary_key(), "
        f"'name': varchar(length=50){extra}}})\n"
    )


@pytest.mark.dialects("mysql")
def test_data_loss_needs_force_and_nothing_runs_without_it(db: Database, tmp_path: Path) -> None:
    (tmp_path / "v1.py").write_text(_users(", 'age': int_()"))
    (tmp_path / "v2.py").write_text(_users())
    push(db, _load(tmp_path / "v1.py"))
    db.execute("insert into users (id, name, age) values (1, 'ann', 30)")

    with pytest.raises(PushRefused, match=r"table users: column age is dropped with its values"):
        push(db, _load(tmp_path / "v2.py"))
    assert db.execute("select age from users") == [{"age": 30}]

    assert push(db, _load(tmp_path / "v2.py"), force=True) == [
        "ALTER TABLE `users` DROP COLUMN `age`;"
    ]
    assert db.execute("select * from users") == [{"id": 1, "name": "ann"}]


@pytest.mark.dialects("mysql")
def test_cli_push_is_rerunnable_and_refuses_data_loss_without_terminal(
    db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "schema.py").write_text(_users(", 'age': int_()"))
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='mysql', schema='schema.py', "
        f"db_credentials={{'url': {db_url!r}}})\n"
    )
    first = run(tmp_path, "push", "--verbose")
    assert first.returncode == 0, first.stderr
    assert "CREATE TABLE `users` (" in first.stdout
    again = run(tmp_path, "push")
    assert again.returncode == 0 and "No changes detected" in again.stdout

    (tmp_path / "schema.py").write_text(_users())
    refused = run(tmp_path, "push")
    assert refused.returncode == 2
    assert "data loss: table users: column age is dropped with its values" in refused.stdout
    assert "pass --force" in refused.stderr
    db = connect(db_url)
    try:
        assert [
            r["c"]
            for r in db.execute(
                "select column_name as c from information_schema"
                ".columns where table_name = 'users' "
                "and table_schema = database()"
            )
        ] == ["id", "name", "age"]
    finally:
        db.close()
    forced = run(tmp_path, "push", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "1 statements applied" in forced.stdout


@pytest.mark.dialects("postgres")
def test_schemas_the_declarations_do_not_use_are_left_alone(db: Database) -> None:
    from harness.pg import integer, pg_schema, pg_table

    db.execute("create schema reporting")
    db.execute("create table reporting.daily (id integer primary key)")
    shop = pg_schema("shop")
    orders = shop.table("orders", {"id": integer().primary_key()})
    users = pg_table("users", {"id": integer().primary_key()})

    first = push(db, [shop, orders, users])
    assert 'CREATE SCHEMA "shop";' in first
    assert plan(db, [shop, orders, users]).statements == []
    assert db.execute("select count(*) as n from reporting.daily") == [{"n": 0}]

    # named explicitly, the schema is pushed like any other: undeclared, it would go
    explicit = plan(db, [shop, orders, users], schema_filter=["public", "shop", "reporting"])
    assert explicit.statements == [
        'DROP TABLE "reporting"."daily" CASCADE;',
        'DROP SCHEMA "reporting";',
    ]
    assert explicit.data_loss == ["table reporting.daily is dropped with its rows"]
