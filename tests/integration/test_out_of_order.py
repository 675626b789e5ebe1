"""The out-of-order policy: a never-applied migration older than the newest applied one (two
branches merged) stops the run (``error``, the default), is applied (``apply``) or is skipped
with a warning per migration (``skip``, what drizzle-orm does silently) — through
``migrate(out_of_order=...)``, the Kit config's ``migrations.out_of_order``, ``harness migrate
--out-of-order`` and the pytest plugin's template build, on every engine, including databases
whose bookkeeping rows are the ones drizzle-orm's migrator wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from harness import Database, QueryError, sql
from harness.kit import ConfigError, MigrationOrderError, define_config, migrate, read_out_folder
from harness.kit.journal import BREAKPOINT
from harness.kit.migrator import DEFAULT_SCHEMA, DEFAULT_TABLE, status
from harness_pytest.lifecycle import SchemaSource
from tests.support.kit import run_cli as run

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref"
CREATE = {
    "postgres": 'CREATE TABLE "{name}" ("id" integer PRIMARY KEY)',
    "mysql": "CREATE TABLE `{name}` (`id` int PRIMARY KEY)",
    "sqlite": "CREATE TABLE `{name}` (`id` integer PRIMARY KEY)",
}
TABLES = {
    "postgres": "select table_name as name from information_schema.tables "
    "where table_schema = 'public'",
    "mysql": "select table_name as name from information_schema.tables "
    "where table_schema = database()",
    "sqlite": "select name from sqlite_master where type = 'table'",
}
#: drizzle-kit fixtures per engine: legacy journals and (PostgreSQL) Drizzle 1.0's layout
FIXTURES = {
    "postgres": ["pg", "pg_rich", "pg_prefix_timestamp", "pg_v1"],
    "mysql": ["mysql"],
    "sqlite": ["sqlite"],
}
ALL_FIXTURES = [(d, f) for d, fs in FIXTURES.items() for f in fs]
KIT_DIALECT = {"postgres": "postgresql", "mysql": "mysql", "sqlite": "sqlite"}


# -- helpers ------------------------------------------------------------------------------------
def write_folder(out: Path, migrations: list[tuple[str, int]], dialect: str) -> Path:
    """A legacy out folder: migration ``<tag>`` (``when`` ms) creates table ``t_<tag>``."""
    (out / "meta").mkdir(parents=True, exist_ok=True)
    entries = []
    for idx, (tag, when) in enumerate(migrations):
        statements = [CREATE[dialect].format(name=f"t_{tag}")]
        (out / f"{tag}.sql").write_text(f";{BREAKPOINT}\n".join(statements) + ";")
        entries.append({"idx": idx, "version": "7", "when": when, "tag": tag, "breakpoints": True})
    journal = {"version": "7", "dialect": KIT_DIALECT[dialect], "entries": entries}
    (out / "meta" / "_journal.json").write_text(json.dumps(journal))
    return out


def tables(db: Database, dialect: str) -> set[str]:
    return {str(r["name"]) for r in db.execute(TABLES[dialect])} - {
        "__drizzle_migrations",
        "sqlite_sequence",
    }


def bookkeeping(db: Database, dialect: str, names: bool = False) -> list[tuple[Any, ...]]:
    """(hash, created_at[, name]) rows in created_at order ([] without a table)."""
    table = "drizzle.__drizzle_migrations" if dialect == "postgres" else "__drizzle_migrations"
    extra = ", name" if names else ""
    try:
        rows = db.execute(f"select hash, created_at{extra} from {table} order by created_at")
    except QueryError:
        return []
    return [(r["hash"], int(r["created_at"]), *((r["name"],) if names else ())) for r in rows]


def created_at(db: Database, dialect: str) -> list[int]:
    return [row[1] for row in bookkeeping(db, dialect)]


FIRST = [("0000_a", 1000), ("0002_c", 3000)]
#: after the merge: 0001_b and 0001_bb (another branch) are older than the applied 0002_c
MERGED = [("0000_a", 1000), ("0001_b", 2000), ("0001_bb", 2500), ("0002_c", 3000), ("0003_d", 4000)]


@pytest.fixture
def merged(db: Database, dialect: str, tmp_path: Path) -> Path:
    """0000_a and 0002_c applied; then the folder gains 0001_b, 0001_bb (older) and 0003_d."""
    out = tmp_path / "out"
    write_folder(out, FIRST, dialect)
    assert migrate(db, out).tags == ["0000_a", "0002_c"]
    write_folder(out, MERGED, dialect)
    return out


# -- the three policies through migrate() --------------------------------------------------------
def test_error_is_the_default_and_changes_nothing(db: Database, dialect: str, merged: Path) -> None:
    for policy in (None, "error"):
        with pytest.raises(MigrationOrderError) as info:
            if policy is None:
                migrate(db, merged)
            else:
                migrate(db, merged, out_of_order=policy)
        message = str(info.value)
        assert "0001_b, 0001_bb are older than the newest applied migration 0002_c" in message
        assert "out_of_order='apply'" in message and "\n" not in message
        assert info.value.skipped == ["0001_b", "0001_bb"]
    # nothing ran, not even the newer 0003_d
    assert tables(db, dialect) == {"t_0000_a", "t_0002_c"}
    assert created_at(db, dialect) == [1000, 3000]


def test_apply_runs_the_older_migrations_in_folder_order(
    db: Database, dialect: str, merged: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="harness.kit"):
        result = migrate(db, merged, out_of_order="apply")
    assert result.tags == ["0001_b", "0001_bb", "0003_d"]
    assert [a.out_of_order for a in result.applied] == [True, True, False]
    assert result.skipped == [] and result.up_to_date == 2
    assert any("0001_b out of order" in r.getMessage() for r in caplog.records)
    assert tables(db, dialect) == {f"t_{tag}" for tag, _ in MERGED}
    assert created_at(db, dialect) == [1000, 2000, 2500, 3000, 4000]
    again = migrate(db, merged)  # everything is applied now: even the default policy passes
    assert again.applied == [] and again.up_to_date == 5
    state = status(db, merged)
    assert state.out_of_order == [] and state.pending == []


def test_apply_stops_at_to(db: Database, dialect: str, merged: Path) -> None:
    result = migrate(db, merged, out_of_order="apply", to="0001_b")
    assert result.tags == ["0001_b"]
    assert created_at(db, dialect) == [1000, 2000, 3000]


def test_skip_warns_once_per_migration_and_applies_the_rest(
    db: Database, dialect: str, merged: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="harness.kit"):
        result = migrate(db, merged, out_of_order="skip")
    assert result.tags == ["0003_d"]
    assert result.skipped == ["0001_b", "0001_bb"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert warnings[0].startswith("skipped 0001_b: older than the newest applied migration 0002_c")
    assert warnings[1].startswith("skipped 0001_bb:")
    assert tables(db, dialect) == {"t_0000_a", "t_0002_c", "t_0003_d"}
    assert created_at(db, dialect) == [1000, 3000, 4000]  # nothing recorded for the skipped
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="harness.kit"):
        again = migrate(db, merged, out_of_order="skip")
    assert again.applied == [] and again.skipped == ["0001_b", "0001_bb"]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2
    # and a later change of mind applies them
    assert migrate(db, merged, out_of_order="apply").tags == ["0001_b", "0001_bb"]


def test_policy_without_out_of_order_migrations_changes_nothing(
    db: Database, dialect: str, tmp_path: Path
) -> None:
    out = write_folder(tmp_path / "out", MERGED, dialect)
    for policy in ("error", "apply", "skip"):
        result = migrate(db, out, out_of_order=policy)
        assert result.skipped == []
    assert created_at(db, dialect) == [1000, 2000, 2500, 3000, 4000]


def test_unknown_policy_is_refused_before_touching_the_database(
    db: Database, dialect: str, tmp_path: Path
) -> None:
    out = write_folder(tmp_path / "out", FIRST, dialect)
    with pytest.raises(
        ValueError, match=r"out_of_order='sometimes': use one of error, apply, skip"
    ):
        migrate(db, out, out_of_order="sometimes")
    assert bookkeeping(db, dialect) == [] and tables(db, dialect) == set()


# -- databases migrated by drizzle-orm -----------------------------------------------------------
def recorded_rows(fixture: str) -> list[dict[str, str]]:
    data: dict[str, Any] = json.loads((REF / "recorded" / f"{fixture}.json").read_text())
    rows: list[dict[str, str]] = data["rows"]
    return rows


def as_drizzle_left_it(db: Database, fixture: str) -> None:
    """The fixture's schema, and exactly the bookkeeping rows drizzle-orm's migrator wrote
    (``tests/conformance/drizzle_ref/recorded``), in the table it creates."""
    migrate(db, REF / "out" / fixture)  # the schema, and the table in Drizzle's DDL
    hooks = db.dialect.migrations
    schema = DEFAULT_SCHEMA if hooks.uses_schema else None
    ref = hooks.table_ref(schema, DEFAULT_TABLE)
    db.execute(sql("delete from {}", ref))
    for row in recorded_rows(fixture):
        columns = ["hash", "created_at", *(["name"] if "name" in row else [])]
        values: list[Any] = [row["hash"], int(row["created_at"])]
        values += [row["name"]] if "name" in row else []
        db.execute(
            sql(
                "insert into {} ({}) values ({})",
                ref,
                sql.join([sql.identifier(c) for c in columns], sql.raw(", ")),
                sql.join(values, sql.raw(", ")),
            )
        )


def merge_a_branch(fixture: str, dialect: str, target: Path) -> tuple[Path, str, int]:
    """The fixture's folder plus a branch migration dated just before its last migration (it
    creates table ``audit_log``); returns the folder, the branch's tag and its created_at."""
    shutil.copytree(REF / "out" / fixture, target)
    migrations = read_out_folder(target)
    last = migrations[-1]
    previous = migrations[-2].created_at if len(migrations) > 1 else last.created_at - 4000
    middle = (previous + last.created_at) // 2
    text = CREATE[dialect].format(name="audit_log") + ";"
    if fixture.endswith("_v1"):
        stamp = dt.datetime.fromtimestamp(middle / 1000, dt.timezone.utc)
        tag = f"{stamp:%Y%m%d%H%M%S}_branch_audit"
        assert all(m.tag < tag for m in migrations[:-1]) and tag < last.tag
        (target / tag).mkdir()
        (target / tag / "migration.sql").write_text(text)
        return target, tag, int(stamp.replace(microsecond=0).timestamp()) * 1000
    tag = "0001_branch_audit"
    (target / f"{tag}.sql").write_text(text)
    journal_path = target / "meta" / "_journal.json"
    journal = json.loads(journal_path.read_text())
    entry = {"idx": 0, "version": "7", "when": middle, "tag": tag, "breakpoints": True}
    journal["entries"].insert(len(journal["entries"]) - 1, entry)
    for idx, item in enumerate(journal["entries"]):
        item["idx"] = idx
    journal_path.write_text(json.dumps(journal))
    return target, tag, middle


def drizzle_would_apply(db: Database, dialect: str, out: Path) -> list[str]:
    """What drizzle-orm 0.x's rule would still apply: migrations newer than the newest row."""
    newest = max(created_at(db, dialect))
    return [m.tag for m in read_out_folder(out) if m.created_at > newest]


@pytest.mark.parametrize(("fixture_dialect", "fixture"), ALL_FIXTURES)
@pytest.mark.parametrize("policy", ["error", "apply", "skip"])
def test_policy_on_a_database_migrated_by_drizzle(
    db: Database,
    dialect: str,
    fixture_dialect: str,
    fixture: str,
    policy: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if fixture_dialect != dialect:
        pytest.skip(f"{fixture} is a {fixture_dialect} fixture")
    names = fixture.endswith("_v1")
    as_drizzle_left_it(db, fixture)
    before = bookkeeping(db, dialect, names)
    assert len(before) == len(recorded_rows(fixture)) == len(read_out_folder(REF / "out" / fixture))
    out, tag, when = merge_a_branch(fixture, dialect, tmp_path / "merged")
    assert status(db, out).out_of_order == [tag]
    if policy == "error":
        with pytest.raises(MigrationOrderError, match=f"{tag} are older than"):
            migrate(db, out, out_of_order=policy)
        assert bookkeeping(db, dialect, names) == before
        assert "audit_log" not in tables(db, dialect)
        return
    with caplog.at_level(logging.WARNING, logger="harness.kit"):
        result = migrate(db, out, out_of_order=policy)
    after = bookkeeping(db, dialect, names)
    if policy == "skip":
        assert result.applied == [] and result.skipped == [tag]
        assert [r.getMessage().split(":")[0] for r in caplog.records] == [f"skipped {tag}"]
        assert after == before and "audit_log" not in tables(db, dialect)
    else:
        assert result.tags == [tag] and result.applied[0].out_of_order
        assert "audit_log" in tables(db, dialect)
        branch = next(m for m in read_out_folder(out) if m.tag == tag)
        row = (branch.hash, when, *((tag,) if names else ()))
        assert after == sorted([*before, row], key=lambda r: r[1])
        assert migrate(db, out).applied == []  # up to date for us ...
    # ... and for drizzle-orm, whose rule looks at the newest created_at only
    assert drizzle_would_apply(db, dialect, out) == []


# -- the Kit config and the command line ---------------------------------------------------------
def test_config_key_is_validated_in_one_line() -> None:
    assert define_config(dialect="sqlite").out_of_order == "error"
    for policy in ("error", "apply", "skip"):
        config = define_config(dialect="sqlite", migrations={"out_of_order": policy})
        assert config.out_of_order == policy
    with pytest.raises(ConfigError) as info:
        define_config(dialect="sqlite", migrations={"out_of_order": "ignore"})
    assert str(info.value) == (
        "<define_config>: migrations.out_of_order 'ignore': use one of error, apply, skip"
    )
    with pytest.raises(ConfigError, match=r"migrations\.out_of_order has the wrong type"):
        define_config(dialect="sqlite", migrations={"out_of_order": True})


def project(root: Path, dialect: str, db_url: str, policy: str | None) -> Path:
    migrations = f", migrations={{'out_of_order': {policy!r}}}" if policy else ""
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect={KIT_DIALECT[dialect]!r}, out='out',"
        f" db_credentials={{'url': {db_url!r}}}{migrations})\n"
    )
    return root


def test_cli_default_refuses_and_status_reports(
    db: Database, dialect: str, db_url: str, merged: Path
) -> None:
    root = project(merged.parent, dialect, db_url, None)
    result = run(root, "migrate")
    assert result.returncode == 1 and result.stdout.startswith("migrating ")
    (line,) = result.stderr.splitlines()
    assert "0001_b, 0001_bb are older than the newest applied migration 0002_c" in line
    assert "--out-of-order=apply" in line
    state = run(root, "status")
    assert state.returncode == 1
    assert (
        "skipped   0001_b (older than the newest applied migration; migrate stops" in state.stdout
    )
    assert run(root, "status", "--out-of-order=skip").returncode == 0
    applying = run(root, "status", "--out-of-order=apply")
    assert applying.returncode == 0 and "pending   0001_bb (older" in applying.stdout
    assert created_at(db, dialect) == [1000, 3000]


def test_cli_config_skip_warns_on_stderr(
    db: Database, dialect: str, db_url: str, merged: Path
) -> None:
    root = project(merged.parent, dialect, db_url, "skip")
    result = run(root, "migrate")
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2 and all(w.startswith("warning: skipped 0001_b") for w in warnings)
    assert "  skipped 0001_b (out of order)" in result.stdout
    assert "1 applied, 2 already up to date, 2 skipped" in result.stdout
    assert run(root, "status").returncode == 0
    assert created_at(db, dialect) == [1000, 3000, 4000]


def test_cli_flag_overrides_the_config(
    db: Database, dialect: str, db_url: str, merged: Path
) -> None:
    root = project(merged.parent, dialect, db_url, "skip")
    result = run(root, "migrate", "--out-of-order=apply")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[1:4]] == ["0001_b", "0001_bb", "0003_d"]
    assert lines[1].endswith("(out of order)") and not lines[3].endswith("(out of order)")
    assert created_at(db, dialect) == [1000, 2000, 2500, 3000, 4000]


def test_cli_bad_policy_is_usage_error(dialect: str, db_url: str, tmp_path: Path) -> None:
    write_folder(tmp_path / "out", FIRST, dialect)
    root = project(tmp_path, dialect, db_url, "sometimes")
    result = run(root, "migrate")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: {root / 'drizzle.config.py'}: migrations.out_of_order 'sometimes': use one of "
        "error, apply, skip"
    ]
    flag = run(root, "migrate", "--out-of-order=sometimes")
    assert flag.returncode == 2
    assert flag.stderr.splitlines() == [
        "error: --out-of-order=sometimes: use one of error, apply, skip"
    ]


# -- the pytest plugin --------------------------------------------------------------------------
def test_plugin_schema_source_applies_the_policy(db: Database, dialect: str, merged: Path) -> None:
    """``SchemaSource.apply`` is what the template build calls; it passes the policy on."""
    refused = SchemaSource(out=merged)
    with pytest.raises(MigrationOrderError):
        refused.apply(db)
    skipping = SchemaSource(out=merged, out_of_order="skip")
    assert skipping.apply(db) == "1 migrations applied, 2 skipped (out of order)"
    applying = SchemaSource(out=merged, out_of_order="apply")
    assert applying.apply(db) == "2 migrations applied"
    assert created_at(db, dialect) == [1000, 2000, 2500, 3000, 4000]


@pytest.mark.dialects("sqlite")
def test_plugin_reads_the_policy_from_the_config(pytester: pytest.Pytester) -> None:
    write_folder(pytester.path / "out", MERGED, "sqlite")
    pytester.makepyfile(
        drizzle_config="""
        from harness.kit import define_config

        config = define_config(dialect="sqlite", out="out", migrations={"out_of_order": "skip"})
        """,
        test_policy="""
        from harness_pytest.plugin import STATE


        def test_policy(request, db):
            source = request.config.stash[STATE].schema_source("sqlite")
            assert source.out_of_order == "skip"
            assert db.execute("select count(*) as n from __drizzle_migrations") == [{"n": 5}]
        """,
    )
    (pytester.path / "drizzle_config.py").rename(pytester.path / "drizzle.config.py")
    result = pytester.runpytest_subprocess("--db=sqlite", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
