"""Applying drizzle-kit out folders: Drizzle-compatible bookkeeping on every engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness import Database, connect
from harness.kit import migrate, push, read_out_folder
from tests.support.catalog import dump

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref"
FIXTURES = {
    "postgres": ["pg", "pg_rich", "pg_prefix_timestamp", "pg_v1"],
    "mysql": ["mysql"],
    "sqlite": ["sqlite"],
}
ALL = [(d, f) for d, fs in FIXTURES.items() for f in fs]


def recorded(fixture: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REF / "recorded" / f"{fixture}.json").read_text())
    return data


def bookkeeping_rows(db: Database, dialect: str, with_names: bool = False) -> list[dict[str, Any]]:
    table = "drizzle.__drizzle_migrations" if dialect == "postgres" else "__drizzle_migrations"
    name = ", name" if with_names else ""
    rows = db.execute(f"select hash, created_at{name} from {table} order by created_at")
    return [
        {
            "hash": r["hash"],
            "created_at": str(int(r["created_at"])),
            **({"name": r["name"]} if with_names else {}),
        }
        for r in rows
    ]


@pytest.mark.parametrize(("fixture_dialect", "fixture"), ALL)
def test_fixture_applies_with_drizzles_rows_and_reruns_as_no_op(
    db: Database, dialect: str, fixture_dialect: str, fixture: str
) -> None:
    if fixture_dialect != dialect:
        pytest.skip(f"{fixture} is a {fixture_dialect} fixture")
    result = migrate(db, REF / "out" / fixture)
    folder = read_out_folder(REF / "out" / fixture)
    assert result.tags == [m.tag for m in folder]
    expected = recorded(fixture)
    with_names = fixture.endswith("_v1")
    rows = bookkeeping_rows(db, dialect, with_names)
    want = [
        {
            "hash": r["hash"],
            "created_at": r["created_at"],
            **({"name": r["name"]} if with_names else {}),
        }
        for r in expected["rows"]
    ]
    assert rows == want
    again = migrate(db, REF / "out" / fixture)
    assert again.applied == [] and again.up_to_date == len(folder)


@pytest.mark.parametrize(("fixture_dialect", "fixture"), ALL)
def test_database_migrated_by_drizzle_has_nothing_pending(
    db: Database, dialect: str, fixture_dialect: str, fixture: str
) -> None:
    """Rows exactly as drizzle-orm wrote them: we see every migration as applied."""
    if fixture_dialect != dialect:
        pytest.skip(f"{fixture} is a {fixture_dialect} fixture")
    from harness import sql
    from harness.kit.migrator import DEFAULT_SCHEMA, DEFAULT_TABLE

    hooks = db.dialect.migrations
    schema = DEFAULT_SCHEMA if hooks.uses_schema else None
    with_names = fixture.endswith("_v1")
    for statement in hooks.create_statements(schema, DEFAULT_TABLE, with_names):
        db.execute(statement)
    ref = hooks.table_ref(schema, DEFAULT_TABLE)
    for row in recorded(fixture)["rows"]:
        if with_names:
            db.execute(
                sql(
                    "insert into {} ({}, {}, {}) values ({}, {}, {})",
                    ref,
                    *map(sql.identifier, ("hash", "created_at", "name")),
                    row["hash"],
                    int(row["created_at"]),
                    row["name"],
                )
            )
        else:
            db.execute(
                sql(
                    "insert into {} ({}, {}) values ({}, {})",
                    ref,
                    *map(sql.identifier, ("hash", "created_at")),
                    row["hash"],
                    int(row["created_at"]),
                )
            )
    result = migrate(db, REF / "out" / fixture)
    assert result.applied == []
    assert result.up_to_date == len(read_out_folder(REF / "out" / fixture))


def test_push_and_migrate_give_the_same_catalog(
    db_url: str, dialect: str, schema: Any, tmp_path: Path
) -> None:
    from tests.support import servers

    fixture = {"postgres": "pg", "mysql": "mysql", "sqlite": "sqlite"}[dialect]
    # the first migration of the fixture is the seed schema
    folder = REF / "out" / fixture
    migrated = connect(db_url)
    try:
        migrate(migrated, folder, to=read_out_folder(folder)[0].tag)
        after_migrate = dump(migrated, dialect)
    finally:
        migrated.close()
    if dialect == "sqlite":
        pushed_url = f"sqlite:///{tmp_path / 'pushed.db'}"
    else:
        servers.reset_database(dialect, db_url)
        pushed_url = db_url
    pushed = connect(pushed_url)
    try:
        push(pushed, schema)
        assert dump(pushed, dialect) == after_migrate
    finally:
        pushed.close()


def test_legacy_table_is_upgraded_in_place_for_a_converted_folder(
    db: Database, dialect: str, tmp_path: Path
) -> None:
    """Drizzle 0.x rows, then the same migrations in 1.0's layout (what `drizzle-kit up` does):
    the table gains name/applied_at, names are backfilled, nothing is re-applied."""
    import datetime as dt

    fixture = {"postgres": "pg", "mysql": "mysql", "sqlite": "sqlite"}[dialect]
    legacy = read_out_folder(REF / "out" / fixture)
    migrate(db, REF / "out" / fixture)
    converted = tmp_path / "converted"
    for m in legacy:
        stamp = dt.datetime.fromtimestamp(m.created_at / 1000, dt.timezone.utc)
        folder = converted / f"{stamp:%Y%m%d%H%M%S}_{m.tag.split('_', 1)[1]}"
        folder.mkdir(parents=True)
        (folder / "migration.sql").write_text(m.text)
    result = migrate(db, converted)
    assert result.applied == [] and result.up_to_date == len(legacy)
    rows = bookkeeping_rows(db, dialect, with_names=True)
    assert [r["name"] for r in rows] == sorted(p.name for p in converted.iterdir())
