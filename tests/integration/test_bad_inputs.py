"""Bad input: each case gives a one-line error naming the cause (file, key) and leaves the
database untouched (no bookkeeping table, no tables)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from harness import Database
from harness.kit import ConfigError, KitError, load_config, migrate

JOURNAL: dict[str, object] = {"version": "7", "dialect": "sqlite", "entries": []}


def legacy(
    out: Path, entries: list[dict[str, object]] | None = None, files: dict[str, bytes] | None = None
) -> Path:
    (out / "meta").mkdir(parents=True)
    journal = dict(JOURNAL)
    journal["entries"] = (
        entries
        if entries is not None
        else [{"idx": 0, "when": 1, "tag": "0000_a", "breakpoints": True}]
    )
    (out / "meta" / "_journal.json").write_text(json.dumps(journal))
    for name, content in (
        files if files is not None else {"0000_a.sql": b"CREATE TABLE a (id integer);"}
    ).items():
        (out / name).write_bytes(content)
    return out


def journal_text(out: Path, text: str) -> Path:
    legacy(out)
    (out / "meta" / "_journal.json").write_text(text)
    return out


def empty_folder(parent: Path) -> Path:
    (parent / "empty").mkdir()
    return parent / "empty"


def v1(out: Path, folder: str, sql: bytes | None = b"CREATE TABLE a (id integer);") -> Path:
    (out / folder).mkdir(parents=True)
    if sql is not None:
        (out / folder / "migration.sql").write_bytes(sql)
    return out


FOLDER_CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing folder": (lambda p: p / "nope", "migrations folder not found"),
    "no layout": (empty_folder, "is this a drizzle-kit out folder"),
    "both layouts": (
        lambda p: v1(legacy(p / "o"), "20240101000000_x"),
        "convert the folder with `drizzle-kit up`",
    ),
    "broken json": (lambda p: journal_text(p / "o", "{not json"), "invalid JSON"),
    "empty journal": (lambda p: journal_text(p / "o", "   "), "the journal is empty"),
    "no entries": (lambda p: journal_text(p / "o", '{"version": "7"}'), "no `entries` list"),
    "entries not a list": (
        lambda p: journal_text(p / "o", '{"entries": {}}'),
        "`entries` must be a list",
    ),
    "entry not an object": (
        lambda p: journal_text(p / "o", '{"entries": [3]}'),
        "entries[0]: must be an object",
    ),
    "entry without tag": (lambda p: legacy(p / "o", [{"when": 1}]), "`tag` missing"),
    "tag with separator": (
        lambda p: legacy(p / "o", [{"when": 1, "tag": "../etc/x"}]),
        "path separator",
    ),
    "tag is dot-dot": (lambda p: legacy(p / "o", [{"when": 1, "tag": ".."}]), "path separator"),
    "when is a string": (
        lambda p: legacy(p / "o", [{"when": "1", "tag": "0000_a"}]),
        "`when` must be an integer",
    ),
    "when is a bool": (
        lambda p: legacy(p / "o", [{"when": True, "tag": "0000_a"}]),
        "`when` must be an integer",
    ),
    "missing sql file": (
        lambda p: legacy(p / "o", files={}),
        "listed in meta/_journal.json as '0000_a' but the file is missing",
    ),
    "non-utf8 file": (
        lambda p: legacy(p / "o", files={"0000_a.sql": b"CREATE TABLE \xff\xfe"}),
        "not UTF-8",
    ),
    "empty sql file": (
        lambda p: legacy(p / "o", files={"0000_a.sql": b""}),
        "the migration is empty",
    ),
    "whitespace sql file": (
        lambda p: legacy(p / "o", files={"0000_a.sql": b"\n  \n"}),
        "the migration is empty",
    ),
    "v1 without migration.sql": (
        lambda p: v1(p / "o", "20240101000000_x", None),
        "without migration.sql",
    ),
    "v1 impossible timestamp": (
        lambda p: v1(p / "o", "20241399999999_x"),
        "is not a YYYYMMDDHHMMSS timestamp",
    ),
}


def untouched(db: Database) -> bool:
    from harness import QueryError

    for probe in (
        "select count(*) as n from drizzle.__drizzle_migrations",
        "select count(*) as n from __drizzle_migrations",
    ):
        try:
            db.execute(probe)
            return False
        except QueryError:
            continue
    return True


@pytest.mark.parametrize("case", sorted(FOLDER_CASES))
def test_bad_out_folder(case: str, db: Database, tmp_path: Path) -> None:
    make, expected = FOLDER_CASES[case]
    out = make(tmp_path)
    with pytest.raises(KitError) as info:
        migrate(db, out)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message
    assert untouched(db)


CONFIG_CASES: dict[str, tuple[str, str, str]] = {
    "typo key": (
        "drizzle.config.py",
        "config = define_config(dialect='sqlite', outt='x')",
        "unknown config key 'outt'; did you mean 'out'?",
    ),
    "wrong type": (
        "drizzle.config.py",
        "config = define_config(dialect='sqlite', strict='yes')",
        "strict must be true/false",
    ),
    "unknown dialect": (
        "drizzle.config.py",
        "config = define_config(dialect='oracle')",
        "dialect 'oracle' is not supported",
    ),
    "missing dialect": (
        "drizzle.config.py",
        "config = define_config(out='x')",
        "`dialect` is required",
    ),
    "bad prefix": (
        "drizzle.config.py",
        "config = define_config(dialect='sqlite', migrations={'prefix': 'weekly'})",
        "migrations.prefix 'weekly'",
    ),
    "sub-key typo": (
        "drizzle.config.py",
        "config = define_config(dialect='sqlite', migrations={'tabel': 'x'})",
        "unknown key migrations.tabel; did you mean 'table'?",
    ),
    "no config variable": ("drizzle.config.py", "x = 1", "define `config = define_config(...)`"),
    "syntax error": ("drizzle.config.py", "config = (", "syntax error"),
    "bad toml": ("pyproject.toml", "[tool.harness\n", "invalid TOML"),
    "no tool.harness": ("pyproject.toml", "[project]\nname='x'\n", "no [tool.harness] table"),
    "toml typo": (
        "pyproject.toml",
        "[tool.harness]\ndialect='sqlite'\ncasng='snake_case'\n",
        "unknown config key 'casng'; did you mean 'casing'?",
    ),
    "toml missing env": (
        "pyproject.toml",
        "[tool.harness]\ndialect='sqlite'\ndb_credentials={url='${HARNESS_NOT_SET_ANYWHERE}'}\n",
        "environment variable HARNESS_NOT_SET_ANYWHERE is not set",
    ),
}


@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_bad_config(case: str, tmp_path: Path) -> None:
    name, text, expected = CONFIG_CASES[case]
    header = "from harness.kit import define_config\n" if name.endswith(".py") else ""
    (tmp_path / name).write_text(header + text)
    with pytest.raises(ConfigError) as info:
        load_config(cwd=tmp_path)
    message = str(info.value)
    assert expected in message
    assert name in message  # names the file
    assert "\n" not in message


def test_missing_explicit_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"drizzle-dev\.config\.py: config file not found"):
        load_config("drizzle-dev.config.py", cwd=tmp_path)


@pytest.mark.dialects("postgres", "mysql")
def test_unreachable_url_and_wrong_password(dialect: str, server_url: str) -> None:
    from urllib.parse import urlsplit

    from harness import ConnectionFailed, connect

    parts = urlsplit(server_url)
    if dialect == "postgres":
        # trust auth accepts any password locally: use a role that does not exist instead
        bad = f"postgresql://nobody_here:hunter2pw@{parts.hostname}:{parts.port}/test"
    else:
        bad = f"mysql://root:hunter2pw@{parts.hostname}:{parts.port}/test"
    with pytest.raises(ConnectionFailed) as info:
        connect(bad)
    message = str(info.value)
    assert "hunter2pw" not in message and str(parts.hostname) in message
    with pytest.raises(ConnectionFailed, match="could not connect"):
        connect(f"{parts.scheme}://u:hunter2pw@127.0.0.1:9/nowhere")
