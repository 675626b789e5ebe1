"""``harness pull``: a database becomes declarations that recreate it exactly.

Round trip, for every reference case of ``tests/conformance/generate_ref/<engine>`` and the
drizzle-kit fixture folders: the case's migrations build database A; ``pull`` writes
``schema.py``/``relations.py``; the pulled module, pushed into an empty database B, gives the
same catalog as A; ``generate`` right after ``pull`` finds nothing to do; the files pass
``ruff format --check``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import Database, connect
from harness.kit import Config, create_schema, generate, migrate
from harness.kit.pull import pull
from tests.support import catalog
from tests.support.kit import run_cli as run

ROOT = Path(__file__).parents[2]
REF = ROOT / "tests" / "conformance" / "generate_ref"
DRIZZLE_REF = ROOT / "tests" / "conformance" / "drizzle_ref" / "out"
FOLDER = {"mysql": "mysql", "postgres": "pg", "sqlite": "sqlite"}
KIT = {"mysql": "mysql", "postgres": "postgresql", "sqlite": "sqlite"}
FIXTURES = {
    "mysql": ["mysql", "mysql_details"],
    "postgres": ["pg", "pg_rich", "pg_details"],
    "sqlite": ["sqlite", "sqlite_details"],
}


def _cases() -> list[Path]:
    return sorted(p for folder in FOLDER.values() for p in (REF / folder).glob("*/"))


@pytest.fixture
def other_url(dialect: str, server_url: str | None, tmp_path: Path) -> Iterator[str]:
    """A second empty database (B) for the test."""
    if server_url is None:
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    from tests.support import servers

    name = f"harness_t_{uuid.uuid4().hex[:10]}"
    url = servers.create_database(dialect, server_url, name)
    try:
        yield url
    finally:
        servers.drop_database(dialect, server_url, name)


def _folder_for(case: Path, dialect: str, tmp_path: Path) -> Path:
    """The case's migrations as ``generate`` writes them (drizzle-kit's bytes, except where
    its SQL fails on the engine: ``fixed/``)."""
    out = tmp_path / "case_out"
    n = 0
    while (case / f"v{n}.py").exists():
        config = Config(dialect=KIT[dialect], schema=(str(case / f"v{n}.py"),), out=str(out))
        extra = case / "config.json"
        if extra.exists():
            casing = json.loads(extra.read_text()).get("casing")
            config = Config(**{**config.__dict__, "casing": casing})
        generate(config, name=f"s{n}")
        n += 1
    return out


def _round_trip(db: Database, dialect: str, other_url: str, tmp_path: Path) -> None:
    pulled = tmp_path / "pulled"
    config = Config(dialect=KIT[dialect], out=str(pulled), root=tmp_path)
    result = pull(config, db=db, name="baseline")
    unexpected = [t for t in result.todos if not t.startswith("baseline not recorded")]
    assert unexpected == []

    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", str(pulled)],
        capture_output=True,
        text=True,
    )
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr

    later = Config(**{**config.__dict__, "schema": (str(pulled / "schema.py"),)})
    assert generate(later).path is None  # nothing to generate right after pulling

    other = connect(other_url)
    try:
        migrate(other, pulled)  # the baseline recreates the schema on an empty database
        assert catalog.dump(other, dialect) == catalog.dump(db, dialect)
    finally:
        other.close()


@pytest.mark.parametrize("case", _cases(), ids=[f"{c.parent.name}/{c.name}" for c in _cases()])
def test_pull_round_trips_each_reference_case(
    case: Path, dialect: str, db: Database, other_url: str, tmp_path: Path
) -> None:
    if case.parent.name != FOLDER[dialect]:
        pytest.skip(f"a {case.parent.name} case; this run is on {dialect}")
    if (case / "skip_migrate.txt").exists():
        pytest.skip((case / "skip_migrate.txt").read_text().strip())
    migrate(db, _folder_for(case, dialect, tmp_path))
    _round_trip(db, dialect, other_url, tmp_path)


@pytest.mark.parametrize("fixture", sorted({f for fs in FIXTURES.values() for f in fs}))
def test_pull_round_trips_drizzle_kit_folders(
    fixture: str, dialect: str, db: Database, other_url: str, tmp_path: Path
) -> None:
    if fixture not in FIXTURES[dialect]:
        pytest.skip(f"{fixture} is not a {dialect} fixture")
    migrate(db, DRIZZLE_REF / fixture)
    _round_trip(db, dialect, other_url, tmp_path)


@pytest.mark.dialects("mysql")
def test_pull_cli_baselines_a_database_without_history(db_url: str, tmp_path: Path) -> None:
    db = connect(db_url)
    try:
        from tests.schemas import mysql_v2

        create_schema(db, mysql_v2)
    finally:
        db.close()
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='mysql', out='drizzle', "
        f"tables_filter=['*', '!comments'], db_credentials={{'url': {db_url!r}}})\n"
    )
    pulled = run(tmp_path, "introspect", "--name", "baseline")
    assert pulled.returncode == 0, pulled.stderr
    assert "3 tables, 0 views" in pulled.stdout
    assert "(recorded as applied)" in pulled.stdout
    schema = (tmp_path / "drizzle" / "schema.py").read_text()
    assert "comments" not in schema and '"firstName": varchar("first_name"' in schema
    relations = (tmp_path / "drizzle" / "relations.py").read_text()
    assert '"posts": r.many(' in relations and '"user": r.one(' in relations

    migrated = run(tmp_path, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert "0 applied, 1 already up to date" in migrated.stdout
    shutil.rmtree(tmp_path / "drizzle")


@pytest.mark.dialects("postgres")
def test_pull_honours_schema_and_extension_filters_and_casing(db: Database, tmp_path: Path) -> None:
    db.execute("create table spatial_ref_sys (srid integer primary key)")  # as PostGIS makes it
    db.execute("create schema other")
    db.execute("create table other.hidden (id integer primary key)")
    db.execute("create table people (id integer primary key, first_name text)")
    config = Config(
        dialect="postgresql",
        out=str(tmp_path / "pulled"),
        root=tmp_path,
        schema_filter=("public",),
        extensions_filters=("postgis",),
        introspect={"casing": "preserve"},
    )
    result = pull(config, db=db, name="baseline")
    schema = result.schema_path.read_text()
    assert "spatial_ref_sys" not in schema and "hidden" not in schema
    assert '"first_name": text()' in schema  # preserve: the key is the database name
    assert result.tables == 1


def test_pull_never_writes_the_bookkeeping_table(
    dialect: str, db: Database, tmp_path: Path
) -> None:
    folder = DRIZZLE_REF / FIXTURES[dialect][0]
    migrate(db, folder, table="my_mig", schema="my_schema")
    config = Config(
        dialect=KIT[dialect],
        out=str(tmp_path / "pulled"),
        root=tmp_path,
        migrations={"table": "my_mig", "schema": "my_schema"},
    )
    result = pull(config, db=db, name="baseline")
    assert "my_mig" not in result.schema_path.read_text()
    assert result.baselined == []  # the database has a history: it is not baselined over
    assert any("already records migrations" in t for t in result.todos)
