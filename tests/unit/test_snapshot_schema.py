"""The declared snapshot shapes: every snapshot drizzle-kit wrote is valid, and what drizzle-kit
``check`` rejects (established against drizzle-kit 0.31.11 and 1.0.0-rc.5) is rejected here,
naming the first offending key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest

from harness.kit.snapshot_schema import (
    BOOL,
    STR,
    Obj,
    Verdict,
    format_path,
    kit_dialect,
    one_of,
    opt,
    validate_snapshot,
)

ROOT = Path(__file__).parents[2]
SEARCHED = (
    ROOT / "tests" / "conformance" / "drizzle_ref",
    ROOT / "tests" / "fixtures",
    ROOT / "examples",
)


def snapshot_files() -> list[Path]:
    found: list[Path] = []
    for top in SEARCHED:
        found += top.glob("**/meta/*_snapshot.json")  # legacy layout
        found += top.glob("**/[0-9]*_*/snapshot.json")  # 1.0 layout
    return sorted(p for p in found if "node_modules" not in p.parts)


def layout_of(path: Path) -> Literal["legacy", "v1"]:
    return "v1" if path.name == "snapshot.json" else "legacy"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


@pytest.mark.parametrize("path", snapshot_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_snapshot_in_the_repository_is_valid(path: Path) -> None:
    data = load(path)
    dialect = kit_dialect(data["dialect"])
    assert dialect is not None
    assert validate_snapshot(data, dialect, layout_of(path)) == Verdict("valid")


def test_snapshots_of_every_dialect_and_layout_are_checked() -> None:
    seen = {(load(p)["dialect"], layout_of(p)) for p in snapshot_files()}
    for pair in [("postgresql", "legacy"), ("mysql", "legacy"), ("sqlite", "legacy")]:
        assert pair in seen
    for pair in [("postgres", "v1"), ("mysql", "v1"), ("sqlite", "v1")]:
        assert pair in seen


REF = ROOT / "tests" / "conformance" / "drizzle_ref" / "out"


def verdict(fixture: str, change: Any, dialect: str) -> Verdict:
    data = load(REF / fixture / "meta" / "0001_snapshot.json")
    change(data)
    return validate_snapshot(data, dialect)


def test_optional_means_absent_not_null() -> None:
    def drop(d: dict[str, Any]) -> None:
        del d["tables"]["public.users"]["columns"]["role"]["typeSchema"]

    assert verdict("pg", lambda d: None, "postgresql").status == "valid"
    assert verdict("pg", drop, "postgresql").status == "valid"
    nulled = verdict(
        "pg",
        lambda d: d["tables"]["public.users"]["columns"]["id"].__setitem__("default", None),
        "postgresql",
    )
    assert nulled.status == "valid"  # `default` accepts any value, null included
    null_schema = verdict(
        "pg",
        lambda d: d["tables"]["public.users"]["columns"]["role"].__setitem__("typeSchema", None),
        "postgresql",
    )
    assert null_schema == Verdict(
        "malformed",
        'tables["public.users"].columns.role.typeSchema: expected a string, found null',
    )


def test_open_and_closed_objects_follow_drizzle_kit() -> None:
    def extra(d: dict[str, Any]) -> None:
        d["extra"] = 1

    assert verdict("pg", extra, "postgresql").status == "valid"
    assert verdict("mysql", extra, "mysql").status == "valid"
    assert verdict("sqlite", extra, "sqlite") == Verdict("malformed", "extra: unknown key")
    assert verdict("sqlite", lambda d: d.__setitem__("enums", {"x": 1}), "sqlite").status == (
        "valid"
    )


def test_mysql_accepts_both_version_5_shapes() -> None:
    def older(d: dict[str, Any]) -> None:
        d.pop("views")
        d["schemas"] = {}
        d["_meta"]["schemas"] = {}

    assert verdict("mysql", older, "mysql").status == "valid"

    def broken(d: dict[str, Any]) -> None:
        older(d)
        d["tables"]["users"]["columns"]["id"]["notNull"] = 1

    assert verdict("mysql", broken, "mysql") == Verdict(
        "malformed", "tables.users.columns.id.notNull: expected true or false, found 1"
    )


def test_versions() -> None:
    assert verdict("pg", lambda d: d.__setitem__("version", "8"), "postgresql") == Verdict(
        "unsupported", "8", "7"
    )
    assert verdict("pg", lambda d: d.__setitem__("version", "4"), "postgresql") == Verdict(
        "old", "4", "7"
    )
    number = verdict("pg", lambda d: d.__setitem__("version", 7), "postgresql")
    assert number == Verdict("malformed", 'version: expected "5" or "6" or "7", found 7')
    missing = verdict("sqlite", lambda d: d.pop("version"), "sqlite")
    assert missing == Verdict("malformed", "version: missing")
    assert validate_snapshot([], "sqlite") == Verdict(
        "malformed", "(top level): expected an object, found a list"
    )


def test_v1_entities() -> None:
    path = next(p for p in snapshot_files() if layout_of(p) == "v1" and "pg" in p.parts[-3])
    data = load(path)
    column = next(e for e in data["ddl"] if e["entityType"] == "columns")
    i = data["ddl"].index(column)
    label = f"(in columns {column['schema']}.{column['table']}.{column['name']})"

    column["generated"] = {"type": "virtual", "as": "1"}
    assert validate_snapshot(data, "postgresql", "v1") == Verdict(
        "malformed", f'ddl[{i}].generated.type: expected "stored", found "virtual" {label}'
    )
    column["generated"] = None
    del column["default"]
    assert validate_snapshot(data, "postgresql", "v1") == Verdict(
        "malformed", f"ddl[{i}].default: missing (expected a string or null) {label}"
    )
    column["default"] = None
    column["entityType"] = "column"
    problem = validate_snapshot(data, "postgresql", "v1")
    assert problem.status == "malformed"
    assert problem.detail.startswith(f"ddl[{i}].entityType: expected one of schemas, tables")
    column["entityType"] = "columns"
    data["renames"] = None
    assert validate_snapshot(data, "postgresql", "v1") == Verdict(
        "malformed", "renames: expected a list, found null"
    )


def test_shape_vocabulary() -> None:
    shape = Obj({"name": STR, "flag": opt(BOOL), "kind": one_of("a", None)})
    assert shape.check({"name": "x", "kind": None}, ()) is None
    problem = shape.check({"name": "x", "kind": "b", "Flag": True}, ("t",))
    assert problem is not None and str(problem) == 't.kind: expected one of "a", null, found "b"'
    problem = shape.check({"name": "x", "kind": "a", "Flag": True}, ("t",))
    assert str(problem) == "t.Flag: unknown key; did you mean 'flag'?"
    problem = shape.check({"kind": "a"}, ())
    assert str(problem) == "name: missing (expected a string)"
    assert (
        format_path(("tables", "public.users", "columns", 0)) == 'tables["public.users"].columns[0]'
    )
    assert format_path(()) == "(top level)"


@pytest.mark.parametrize(
    ("name", "kit"),
    [
        ("pg", "postgresql"),
        ("postgres", "postgresql"),
        ("turso", "sqlite"),
        ("gel", None),
        (3, None),
    ],
)
def test_dialect_names(name: object, kit: str | None) -> None:
    assert kit_dialect(name) == kit
