"""Where Drizzle's migrator is silent or unsafe, ours stops with a clear error (per engine)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from harness import Database, connect
from harness.kit import (
    MigrationDriftError,
    MigrationFailed,
    MigrationOrderError,
    MigrationTargetError,
    migrate,
)
from harness.kit.journal import BREAKPOINT

# DDL in each engine's spelling: table t_<n>(id int) and a statement that fails
CREATE = {
    "postgres": 'CREATE TABLE "{name}" ("id" integer PRIMARY KEY)',
    "mysql": "CREATE TABLE `{name}` (`id` int PRIMARY KEY)",
    "sqlite": "CREATE TABLE `{name}` (`id` integer PRIMARY KEY)",
}
INSERT = {
    "postgres": 'INSERT INTO "{name}" ("id") VALUES ({value})',
    "mysql": "INSERT INTO `{name}` (`id`) VALUES ({value})",
    "sqlite": "INSERT INTO `{name}` (`id`) VALUES ({value})",
}


def write_folder(out: Path, migrations: list[tuple[str, int, list[str]]]) -> Path:
    """A legacy-layout out folder: (tag, when, statements) per migration."""
    (out / "meta").mkdir(parents=True, exist_ok=True)
    entries = []
    for idx, (tag, when, statements) in enumerate(migrations):
        (out / f"{tag}.sql").write_text(f";{BREAKPOINT}\n".join(statements) + ";")
        entries.append({"idx": idx, "version": "7", "when": when, "tag": tag, "breakpoints": True})
    (out / "meta" / "_journal.json").write_text(json.dumps({"version": "7", "entries": entries}))
    return out


TABLES = {
    "postgres": "select table_name as name from information_schema.tables "
    "where table_schema = 'public'",
    "mysql": "select table_name as name from information_schema.tables "
    "where table_schema = database()",
    "sqlite": "select name from sqlite_master where type = 'table'",
}


def tables(db: Database) -> set[str]:
    rows = db.execute(TABLES[db.dialect.name.replace("postgresql", "postgres")])
    return {r["name"] for r in rows} - {"__drizzle_migrations", "sqlite_sequence"}


def recorded_tags(db: Database, dialect: str) -> list[int]:
    """created_at of the recorded migrations ([] when the bookkeeping table does not exist)."""
    from harness import QueryError

    table = "drizzle.__drizzle_migrations" if dialect == "postgres" else "__drizzle_migrations"
    try:
        rows = db.execute(f"select created_at from {table} order by created_at")
    except QueryError:
        return []
    return [int(r["created_at"]) for r in rows]


def test_drift_is_reported_with_tag_and_both_hashes(
    db: Database, dialect: str, tmp_path: Path
) -> None:
    out = write_folder(tmp_path / "out", [("0000_a", 1000, [CREATE[dialect].format(name="t_a")])])
    migrate(db, out)
    (out / "0000_a.sql").write_text(CREATE[dialect].format(name="t_a") + ";\n-- edited after apply")
    with pytest.raises(MigrationDriftError) as info:
        migrate(db, out)
    message = str(info.value)
    assert "0000_a" in message and "recorded" in message and "file now" in message
    (drift,) = info.value.drifted
    assert drift.recorded_hash != drift.current_hash
    # opt-out for teams that edit applied files on purpose
    assert migrate(db, out, allow_drift=True).applied == []


def test_out_of_order_migration_stops_instead_of_being_skipped(
    db: Database, dialect: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    write_folder(
        out,
        [
            ("0000_a", 1000, [CREATE[dialect].format(name="t_a")]),
            ("0002_c", 3000, [CREATE[dialect].format(name="t_c")]),
        ],
    )
    migrate(db, out)
    # a teammate's older migration lands after 0002 was applied: Drizzle would skip it forever
    write_folder(
        out,
        [
            ("0000_a", 1000, [CREATE[dialect].format(name="t_a")]),
            ("0001_b", 2000, [CREATE[dialect].format(name="t_b")]),
            ("0002_c", 3000, [CREATE[dialect].format(name="t_c")]),
        ],
    )
    with pytest.raises(
        MigrationOrderError, match=r"0001_b .*older than the newest applied migration 0002_c"
    ):
        migrate(db, out)
    assert "t_b" not in tables(db)


def test_failure_report_and_nothing_recorded(db: Database, dialect: str, tmp_path: Path) -> None:
    out = write_folder(
        tmp_path / "out",
        [
            ("0000_ok", 1000, [CREATE[dialect].format(name="t_ok")]),
            (
                "0001_bad",
                2000,
                [
                    CREATE[dialect].format(name="t_bad"),
                    INSERT[dialect].format(name="t_bad", value=1),
                    INSERT[dialect].format(name="t_bad", value=1) + "\n-- duplicate key on purpose",
                ],
            ),
        ],
    )
    with pytest.raises(MigrationFailed) as info:
        migrate(db, out)
    err = info.value
    message = str(err)
    assert err.tag == "0001_bad" and err.statement_number == 3
    assert "statement 3 of 3" in message and "INSERT INTO" in message
    if dialect == "mysql":
        # DDL committed implicitly: the report says what already took effect
        assert err.committed_statements == 2
        assert "statements 1-2 of 0001_bad had already taken effect" in message
        assert recorded_tags(db, dialect) == [1000]
    else:
        assert "rolled back; nothing was applied" in message
        assert tables(db) == set()
        # the batch is one transaction: 0000_ok is not recorded either
        assert recorded_tags(db, dialect) == []


def test_to_applies_up_to_a_given_migration(db: Database, dialect: str, tmp_path: Path) -> None:
    out = write_folder(
        tmp_path / "out",
        [(f"000{i}_m", 1000 * (i + 1), [CREATE[dialect].format(name=f"t_{i}")]) for i in range(4)],
    )
    assert migrate(db, out, to="0001_m").tags == ["0000_m", "0001_m"]
    assert tables(db) == {"t_0", "t_1"}
    assert migrate(db, out).tags == ["0002_m", "0003_m"]
    with pytest.raises(MigrationTargetError, match="no such migration"):
        migrate(db, out, to="0009_nope")


def _migrate_in_process(url: str, out: str) -> list[str]:
    db = connect(url)
    try:
        return migrate(db, out).tags
    finally:
        db.close()


def test_eight_concurrent_migrators_apply_each_migration_once(
    db: Database, db_url: str, dialect: str, tmp_path: Path
) -> None:
    statements = [CREATE[dialect].format(name=f"t_{i}") for i in range(3)] + [
        INSERT[dialect].format(name="t_0", value=1)
    ]
    out = write_folder(
        tmp_path / "out",
        [("0000_a", 1000, statements[:2]), ("0001_b", 2000, statements[2:])],
    )
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(8) as pool:
        results = pool.starmap(_migrate_in_process, [(db_url, str(out))] * 8)
    applied = [tag for tags in results for tag in tags]
    assert sorted(applied) == ["0000_a", "0001_b"]  # each exactly once, by whichever won
    assert recorded_tags(db, dialect) == [1000, 2000]
    assert db.execute("select count(*) as n from t_0") == [{"n": 1}]


@pytest.mark.dialects("sqlite")
def test_sqlite_foreign_keys_pragma_takes_effect(db: Database, tmp_path: Path) -> None:
    """drizzle-kit's table rebuild: FKs off around it, checked before commit."""
    base = [
        "CREATE TABLE `parent` (`id` integer PRIMARY KEY)",
        "CREATE TABLE `child` (`id` integer PRIMARY KEY, "
        "`parent_id` integer REFERENCES `parent`(`id`))",
        "INSERT INTO `parent` VALUES (1)",
        "INSERT INTO `child` VALUES (10, 1)",
    ]
    rebuild = [
        "PRAGMA foreign_keys=OFF",
        "CREATE TABLE `__new_parent` (`id` integer PRIMARY KEY, `name` text)",
        "INSERT INTO `__new_parent`(`id`) SELECT `id` FROM `parent`",
        "DROP TABLE `parent`",
        "ALTER TABLE `__new_parent` RENAME TO `parent`",
        "PRAGMA foreign_keys=ON",
    ]
    out = write_folder(
        tmp_path / "out", [("0000_base", 1000, base), ("0001_rebuild", 2000, rebuild)]
    )
    result = migrate(db, out)
    assert result.tags == ["0000_base", "0001_rebuild"]
    assert db.execute("select * from child") == [{"id": 10, "parent_id": 1}]
    assert db.execute("pragma foreign_keys") == [{"foreign_keys": 1}]


@pytest.mark.dialects("sqlite")
def test_sqlite_foreign_key_check_failure_rolls_back(db: Database, tmp_path: Path) -> None:
    from harness.kit import KitError

    statements = [
        "PRAGMA foreign_keys=OFF",
        "CREATE TABLE `parent` (`id` integer PRIMARY KEY)",
        "CREATE TABLE `child` (`id` integer PRIMARY KEY, "
        "`parent_id` integer REFERENCES `parent`(`id`))",
        "INSERT INTO `child` VALUES (10, 99)",
        "PRAGMA foreign_keys=ON",
    ]
    out = write_folder(tmp_path / "out", [("0000_orphans", 1000, statements)])
    with pytest.raises(KitError, match=r"foreign key check failed.*1 violation"):
        migrate(db, out)
    assert tables(db) == set()
    assert db.execute("pragma foreign_keys") == [{"foreign_keys": 1}]
