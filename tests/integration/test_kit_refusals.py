"""Inputs that cannot be right are refused before any database is touched: the CLI prints one
line naming the cause and the fix, exits 2, prints no traceback and never the password, and the
database has no bookkeeping table and no tables afterwards (a SQLite file is not even created).

Cases: a NUL byte in a migration file, URLs that are no database URL (empty host, no scheme, a
bad port, an unknown scheme, MySQL without a database), a URL whose engine differs from the
config's dialect, an out folder generated for another dialect, a tag listed twice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from harness import HarnessError, InvalidUrl, QueryError, connect, urls
from harness.kit import MigrationFolderError, migrate, read_out_folder
from harness.kit.journal import folder_dialect
from tests.support.kit import run_cli as run

REF = Path(__file__).parents[1] / "conformance" / "drizzle_ref" / "out"
SCHEMAS = Path(__file__).parents[1] / "schemas"
FIXTURE = {"postgres": "pg", "mysql": "mysql", "sqlite": "sqlite"}
KIT_DIALECT = {"postgres": "postgresql", "mysql": "mysql", "sqlite": "sqlite"}
#: a dialect that is not the engine's, and its fixture folder
OTHER = {"postgres": "mysql", "mysql": "postgres", "sqlite": "postgres"}
PASSWORD = "s3cr3t-pw"


def write_config(root: Path, dialect: str, url: str, out: str = "drizzle") -> None:
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect={dialect!r}, out={out!r}, schema='./schema.py',"
        f" db_credentials={{'url': {url!r}}})\n"
    )


@pytest.fixture
def project(tmp_path: Path, dialect: str, db_url: str) -> Path:
    """A Kit project for the engine under test, pointed at its empty test database."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REF / FIXTURE[dialect], root / "drizzle")
    shutil.copy(SCHEMAS / f"{FIXTURE[dialect]}.py", root / "schema.py")
    write_config(root, KIT_DIALECT[dialect], db_url)
    return root


def assert_refused(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Exit 2, one line on stderr containing each needle, no traceback, no password."""
    lines = result.stderr.splitlines()
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("error: ") and "Traceback" not in line
    for needle in needles:
        assert needle in line, (needle, line)
    assert PASSWORD not in result.stdout + result.stderr
    assert result.stdout == ""
    return line


def assert_untouched(db_url: str, dialect: str) -> None:
    """No bookkeeping table and no table at all in the test database."""
    if dialect == "sqlite":
        # connecting would create the file: nothing may have done so
        assert not Path(urls.parse(db_url).database).exists()
        return
    db = connect(db_url)
    try:
        if dialect == "postgres":
            rows = db.execute(
                "select table_schema, table_name from information_schema.tables "
                "where table_schema not in ('pg_catalog', 'information_schema')"
            )
            schemas = db.execute("select 1 from pg_namespace where nspname = 'drizzle'")
            assert schemas == []
        else:
            rows = db.execute(
                "select table_name from information_schema.tables where table_schema = database()"
            )
        assert rows == []
    finally:
        db.close()


# -- a NUL byte in a migration file -----------------------------------------------------------
def test_nul_byte_in_a_migration_is_refused_with_file_and_offset(
    project: Path, dialect: str, db_url: str
) -> None:
    path = project / "drizzle" / "0001_add_bio_and_tags.sql"
    text = path.read_bytes()
    offset = text.index(b"ADD")
    path.write_bytes(text[:offset] + b"\0" + text[offset:])
    result = run(project, "migrate")
    assert_refused(result, "0001_add_bio_and_tags.sql", f"NUL byte at byte offset {offset}")
    # nothing of the folder ran, not even the migration before the bad one
    assert_untouched(db_url, dialect)
    status = run(project, "status")
    assert_refused(status, "0001_add_bio_and_tags.sql", "NUL byte")


def test_nul_byte_is_refused_by_the_library_in_both_layouts(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy"
    shutil.copytree(REF / "sqlite", legacy)
    (legacy / "0000_init.sql").write_bytes(b"CREATE TABLE t (id integer);\0DROP TABLE t;")
    v1 = tmp_path / "v1" / "20240101000000_init"
    v1.mkdir(parents=True)
    (v1 / "migration.sql").write_bytes(b"\0")
    for out, name, offset in ((legacy, "0000_init.sql", 28), (v1.parent, "migration.sql", 0)):
        with pytest.raises(MigrationFolderError) as info:
            read_out_folder(out)
        message = str(info.value)
        assert name in message and f"byte offset {offset}" in message and "\n" not in message


# -- URLs ----------------------------------------------------------------------------------------
BAD_URLS: dict[str, tuple[str, str]] = {
    "empty host": ("postgresql://", "no host"),
    "empty host with a database": ("postgresql:///test", "no host"),
    "mysql empty host": ("mysql:///test", "no host"),
    "no scheme at all": ("not a url", "not a database URL"),
    "host:port without scheme": ("localhost:5432/test", "no scheme; write postgresql://"),
    "user:password@host without scheme": (
        f"postgres:{PASSWORD}@localhost:5432/test",
        "no scheme",
    ),
    "sqlite: without slashes": ("sqlite:app.db", "write sqlite:///app.db"),
    "bare path without a SQLite suffix": ("data/app", "not a path ending in .db"),
    "file:// with a host": ("file://app.db", "three slashes"),
    "port not a number": (f"postgresql://postgres:{PASSWORD}@127.0.0.1:abc/test", "'abc'"),
    "port out of range": (f"postgresql://postgres:{PASSWORD}@127.0.0.1:99999/test", "99999"),
    "port zero": ("mysql://root@127.0.0.1:0/test", "port 0 is out of range"),
    "unknown scheme": (f"oracle://scott:{PASSWORD}@db/orcl", "unsupported database URL scheme"),
    "mysql without database": (f"mysql://root:{PASSWORD}@127.0.0.1:3306", "names no database"),
    "mysql with empty database": ("mysql://root@127.0.0.1:3306/", "names no database"),
    "mariadb without database": ("mariadb://root@127.0.0.1:3306", "names no database"),
    "surrounding space": (" postgresql://postgres@127.0.0.1/test", "whitespace"),
}


COMMAND_CASES = [(case, "migrate") for case in sorted(BAD_URLS)] + [
    (case, command)
    for case in ("mysql without database", "empty host", "no scheme at all", "port out of range")
    for command in ("status", "push")
]


@pytest.mark.parametrize(("case", "command"), COMMAND_CASES)
def test_bad_url_on_the_command_line(
    case: str, command: str, project: Path, dialect: str, db_url: str
) -> None:
    url, cause = BAD_URLS[case]
    before = set(project.iterdir())
    result = run(project, command, "--url", url)
    line = assert_refused(result, "--url", cause)
    assert "Traceback" not in result.stderr
    assert urls.mask_url(url) in line or "scheme" in line
    assert set(project.iterdir()) == before  # no SQLite file made of a bad URL
    assert_untouched(db_url, dialect)


@pytest.mark.parametrize("case", ["mysql without database", "empty host", "port not a number"])
def test_bad_url_in_the_config(case: str, project: Path, dialect: str, db_url: str) -> None:
    url, cause = BAD_URLS[case]
    write_config(project, KIT_DIALECT[dialect], url)
    for command in ("migrate", "status"):
        assert_refused(run(project, command), "drizzle.config.py: db_credentials", cause)
    assert_untouched(db_url, dialect)


def test_mysql_url_built_from_parts_without_database_is_refused(tmp_path: Path) -> None:
    shutil.copytree(REF / "mysql", tmp_path / "drizzle")
    (tmp_path / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='mysql', out='drizzle', db_credentials={"
        f"'host': '127.0.0.1', 'port': 3306, 'user': 'root', 'password': {PASSWORD!r}}})\n"
    )
    assert_refused(run(tmp_path, "status"), "names no database", "root:***@127.0.0.1:3306")


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_connect_raises_one_clear_line(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, cause = BAD_URLS[case]
    monkeypatch.chdir(tmp_path)
    if case.startswith(("mysql without", "mysql with", "mariadb")):
        # a server-level URL is fine for connect() (administration); the Kit needs a database
        with pytest.raises(InvalidUrl, match=cause):
            urls.validate(url, need_database=True)
        return
    with pytest.raises(InvalidUrl) as info:
        connect(url)
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, HarnessError)
    assert cause in str(error) and "\n" not in str(error) and PASSWORD not in str(error)
    assert list(tmp_path.iterdir()) == []  # nothing created on disk


@pytest.mark.parametrize(
    "url",
    [":memory:", "sqlite::memory:", "sqlite://:memory:", "file::memory:", "sqlite://"],
)
def test_memory_forms(url: str) -> None:
    assert urls.parse(url).memory
    db = connect(url)
    try:
        db.execute("create table t (id integer)")
        assert db.execute("select count(*) as n from t") == [{"n": 0}]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("sqlite:///rel.db", "rel.db"),
        ("sqlite://rel2.db", "rel2.db"),
        ("file:rel3.db", "rel3.db"),
        ("bare.db", "bare.db"),
        ("bare.sqlite", "bare.sqlite"),
        ("bare.sqlite3", "bare.sqlite3"),
        ("sqlite:///no-suffix", "no-suffix"),  # explicit: any name
    ],
)
def test_sqlite_file_forms(
    url: str, file: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = connect(url)
    db.close()
    assert (tmp_path / file).exists()
    absolute = tmp_path / "abs" / "x.db"
    absolute.parent.mkdir()
    for form in (f"sqlite:///{absolute}", f"file://{absolute}", str(absolute)):
        connect(form).close()
    assert absolute.exists()


# -- the URL's engine, the config's dialect, the folder's dialect ---------------------------------
def test_url_engine_must_match_the_config_dialect(project: Path, dialect: str, db_url: str) -> None:
    """A PostgreSQL config with a mysql:// URL once ran PostgreSQL DDL on MariaDB."""
    other = OTHER[dialect]
    shutil.rmtree(project / "drizzle")
    shutil.copytree(REF / FIXTURE[other], project / "drizzle")
    write_config(project, KIT_DIALECT[other], db_url)
    engine = urls.parse(db_url).engine.dialect
    for command in ("migrate", "status", "push"):
        assert_refused(
            run(project, command),
            f"is a {engine} URL",
            f"has dialect {KIT_DIALECT[other]!r}",
        )
    # the same through --url
    write_config(project, KIT_DIALECT[other], "sqlite:///unused.db")
    assert_refused(run(project, "migrate", "--url", db_url), "--url", f"is a {engine} URL")
    assert not (project / "unused.db").exists()
    assert_untouched(db_url, dialect)


def test_folder_dialect_must_match_the_config(project: Path, dialect: str, db_url: str) -> None:
    other = OTHER[dialect]
    shutil.rmtree(project / "drizzle")
    shutil.copytree(REF / FIXTURE[other], project / "drizzle")
    want, found = KIT_DIALECT[dialect], KIT_DIALECT[other]
    for command in ("migrate", "status"):
        assert_refused(
            run(project, command),
            "meta/_journal.json",
            f"generated for {found}",
            f"drizzle.config.py's dialect is {want}",
        )
    checked = run(project, "check")
    assert checked.returncode == 1 and f"generated for {found}" in checked.stdout
    assert_untouched(db_url, dialect)


def test_folder_dialect_must_match_the_database(db: object, dialect: str, db_url: str) -> None:
    from harness import Database

    assert isinstance(db, Database)
    other = REF / FIXTURE[OTHER[dialect]]
    with pytest.raises(MigrationFolderError) as info:
        migrate(db, other)
    message = str(info.value)
    assert f"generated for {KIT_DIALECT[OTHER[dialect]]}" in message
    assert f"the database is {db.dialect.name}" in message and "\n" not in message
    if dialect != "sqlite":  # (the sqlite fixture's database file exists: db opened it)
        assert_untouched(db_url, dialect)
    else:
        with pytest.raises(QueryError):
            db.execute("select * from __drizzle_migrations")


def test_folder_dialect_spellings(tmp_path: Path) -> None:
    """Old drizzle-kit journals say "pg", 1.0 snapshots "postgres": both are postgresql."""
    newest = REF / "pg_v1" / "20261124122800_add_bio_and_tags" / "snapshot.json"
    assert folder_dialect(REF / "pg_v1") == ("postgresql", newest)
    old = tmp_path / "old"
    shutil.copytree(REF / "pg", old)
    journal_path = old / "meta" / "_journal.json"
    journal = json.loads(journal_path.read_text())
    journal["dialect"] = "pg"
    journal_path.write_text(json.dumps(journal))
    assert folder_dialect(old) == ("postgresql", journal_path)
    journal["dialect"] = "singlestore"
    journal_path.write_text(json.dumps(journal))
    with pytest.raises(MigrationFolderError, match="written for dialect 'singlestore'"):
        folder_dialect(old)
    del journal["dialect"]
    journal_path.write_text(json.dumps(journal))
    assert folder_dialect(old) is None


# -- a tag listed twice ---------------------------------------------------------------------------
def test_tag_listed_twice_is_refused_by_migrate(project: Path, dialect: str, db_url: str) -> None:
    journal_path = project / "drizzle" / "meta" / "_journal.json"
    journal = json.loads(journal_path.read_text())
    duplicate = dict(journal["entries"][0], idx=2, when=journal["entries"][-1]["when"] + 1)
    journal["entries"].append(duplicate)
    journal_path.write_text(json.dumps(journal))
    result = run(project, "migrate")
    assert_refused(result, "entries[2]", "tag '0000_init' is listed twice", "entries[0]")
    assert_untouched(db_url, dialect)
    checked = run(project, "check")  # `check` reports the same problem (exit 1)
    assert checked.returncode == 1 and "'0000_init' is listed twice" in checked.stdout
