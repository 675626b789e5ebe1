"""The SQLite introspector: a real database read back into drizzle-kit's snapshot, and ``push``
built on it (refusing data loss, rebuilding tables with their rows, renames).

Every database here is a real SQLite file under ``tmp_path``; the reference snapshots are the
ones drizzle-kit itself wrote (``drizzle_ref/out/sqlite*`` and the ``out`` folders of
``generate_ref/sqlite``), migrated with harness's migrator.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness import Database, connect, sql
from harness.core.schema_diff import Renames
from harness.kit import AmbiguousRenames, PushError, PushRefused, plan, push
from harness.kit.migrator import migrate
from harness.sqlite import (
    check,
    foreign_key,
    index,
    integer,
    primary_key,
    real,
    sqlite_table,
    sqlite_view,
    text,
    unique_index,
)
from harness.sqlite.introspect import SQLiteIntrospector
from harness.sqlite.introspect.parse import parse_index, parse_table, view_definition

CONFORMANCE = Path(__file__).parents[1] / "conformance"
DRIZZLE_OUT = CONFORMANCE / "drizzle_ref" / "out"
GENERATE_REF = CONFORMANCE / "generate_ref" / "sqlite"
INTROSPECTOR = SQLiteIntrospector()


@pytest.fixture
def lite(tmp_path: Path) -> Iterator[Database]:
    db = connect(str(tmp_path / "live.db"))
    try:
        yield db
    finally:
        db.close()


def _last_snapshot(out: Path) -> dict[str, Any]:
    snapshots = sorted((out / "meta").glob("*_snapshot.json"))
    result: dict[str, Any] = json.loads(snapshots[-1].read_text())
    return result


def _copy(value: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(value))
    return result


# -- the catalog read back as drizzle-kit's own snapshot ----------------------------------------


@pytest.mark.parametrize("folder", ["sqlite", "sqlite_details"])
def test_drizzle_kit_folder_reads_back_as_its_last_snapshot(lite: Database, folder: str) -> None:
    """Only ``tables`` and ``views`` are compared: ``id``/``prevId`` name the snapshot file,
    ``_meta`` records the renames answered for that migration and ``internal`` what the
    TypeScript declared; none of them is state of the database."""
    out = DRIZZLE_OUT / folder
    migrate(lite, out)
    expected = _last_snapshot(out)
    live = INTROSPECTOR.snapshot(lite)
    assert live["tables"] == expected["tables"]  # without any alignment
    assert live["views"] == expected["views"]
    assert "__drizzle_migrations" not in live["tables"]
    aligned = INTROSPECTOR.align(_copy(live), expected)
    assert aligned["tables"] == expected["tables"]


def _generate_cases() -> list[Path]:
    return sorted(p for p in GENERATE_REF.glob("*/") if (p / "out").is_dir())


@pytest.mark.parametrize("case", _generate_cases(), ids=lambda p: p.name)
def test_generate_ref_folder_reads_back_as_drizzle_kits_snapshot(
    lite: Database, case: Path
) -> None:
    """drizzle-kit's migrations of each reference case, migrated, introspect (after ``align``)
    to drizzle-kit's last snapshot of the case.  What ``align`` has to supply is checked
    too, so it cannot hide a real difference: a custom foreign-key name (SQLite keeps none),
    a blob default SQLite reads back as ``(x'00ff')``, and a view's columns (the pragma only
    knows a view column's declared type, never its key or NOT NULL flags)."""
    if case.name == "recreate_add_column":
        pytest.skip("drizzle-kit's SQL for this case fails on SQLite (see fixed/WHY.md)")
    migrate(lite, case / "out")
    expected = _last_snapshot(case / "out")
    live = INTROSPECTOR.snapshot(lite)
    aligned = INTROSPECTOR.align(_copy(live), expected)
    assert aligned["tables"] == expected["tables"]
    assert aligned["views"] == expected["views"]
    for name, table in expected["tables"].items():
        raw = live["tables"][name]
        for key in ("indexes", "compositePrimaryKeys", "checkConstraints", "uniqueConstraints"):
            assert raw[key] == table[key], (name, key)
        fks = [{**fk, "name": ""} for fk in raw["foreignKeys"].values()]
        assert fks == [{**fk, "name": ""} for fk in table["foreignKeys"].values()]
        for column_name, column in table["columns"].items():
            got = dict(raw["columns"][column_name])
            if column.get("default") == "x'00ff'":
                assert got.pop("default") == "(x'00ff')"
                got["default"] = column["default"]
            assert got == column, (name, column_name)
    for name, view in expected["views"].items():
        assert live["views"][name]["definition"] == view["definition"]
        assert list(live["views"][name]["columns"]) == list(view["columns"])


def test_catalog_details_sqlite_keeps_only_as_text(lite: Database) -> None:
    lite.execute(
        "create table t (id integer primary key autoincrement not null, "
        "a text default 'x, (y)' check (a <> ')'), "
        "b integer generated always as (id * 2) stored, "
        'c integer as ("id" + 1), '
        'constraint "t_b_check" check ("t"."b" >= 0))'
    )
    lite.execute("create table p (x integer not null, y integer not null, primary key (y, x))")
    lite.execute(
        "create table q (x integer, y integer, foreign key (y, x) references p (y, x) "
        "on delete cascade)"
    )
    lite.execute('create index "t_expr" on t (lower(a), id) where "t"."id" > 0')
    lite.execute("create view v (n) as select count(*) from t")
    live = INTROSPECTOR.snapshot(lite)
    t = live["tables"]["t"]
    assert t["columns"]["id"]["autoincrement"] is True
    assert t["columns"]["a"]["default"] == "'x, (y)'"
    assert t["columns"]["b"]["generated"] == {"as": "(id * 2)", "type": "stored"}
    assert t["columns"]["c"]["generated"] == {"as": '("id" + 1)', "type": "virtual"}
    assert t["checkConstraints"] == {
        "t_check_1": {"name": "t_check_1", "value": "a <> ')'"},
        "t_b_check": {"name": "t_b_check", "value": '"t"."b" >= 0'},
    }
    assert t["indexes"]["t_expr"] == {
        "name": "t_expr",
        "columns": ["lower(a)", "id"],
        "isUnique": False,
        "where": '"t"."id" > 0',
    }
    assert live["internal"]["indexes"]["t_expr"] == {
        "columns": {"lower(a)": {"isExpression": True}}
    }
    assert live["tables"]["p"]["compositePrimaryKeys"] == {
        "p_y_x_pk": {"columns": ["y", "x"], "name": "p_y_x_pk"}
    }
    assert live["tables"]["q"]["foreignKeys"] == {
        "q_y_x_p_y_x_fk": {
            "name": "q_y_x_p_y_x_fk",
            "tableFrom": "q",
            "tableTo": "p",
            "columnsFrom": ["y", "x"],
            "columnsTo": ["y", "x"],
            "onDelete": "cascade",
            "onUpdate": "no action",
        }
    }
    assert live["views"]["v"]["definition"] == "select count(*) from t"
    assert INTROSPECTOR.snapshot(lite, tables=["p"])["tables"].keys() == {"p"}


def test_text_parsers_ignore_quotes_and_nested_parentheses() -> None:
    table = parse_table(
        'CREATE TABLE "a(b" (`x,y` text default \'(,\' check (length("x,y") > 0), '
        "z integer GENERATED ALWAYS AS ((1 + 2) * 3) VIRTUAL, "
        'CONSTRAINT [odd name] CHECK ("a(b"."z" in (1, 2)))'
    )
    assert list(table.columns) == ["x,y", "z"]
    assert table.columns["z"].generated == ("((1 + 2) * 3)", "virtual")
    assert [(c.name, c.value) for c in table.checks] == [
        (None, 'length("x,y") > 0'),
        ("odd name", '"a(b"."z" in (1, 2)'),
    ]
    assert parse_index("CREATE INDEX i ON \"on\" (coalesce(a, ','), b) WHERE a = 'where'") == (
        ["coalesce(a, ',')", "b"],
        "a = 'where'",
    )
    assert view_definition("CREATE VIEW `as` (a) AS select 1 as a") == "select 1 as a"


# -- push on top of it -----------------------------------------------------------------------


def _users(*extra: str) -> Any:
    columns: dict[str, Any] = {"id": integer().primary_key(), "name": text()}
    if "age" in extra:
        columns["age"] = integer()
    return sqlite_table("users", columns)


def test_data_loss_is_refused_and_the_rows_survive(lite: Database) -> None:
    push(lite, [_users("age")])
    lite.execute("insert into users (id, name, age) values (1, 'ann', 30)")

    with pytest.raises(PushRefused, match=r"column age dropped with its values"):
        push(lite, [_users()])
    assert lite.execute("select * from users") == [{"id": 1, "name": "ann", "age": 30}]

    assert push(lite, [_users()], force=True) == ["ALTER TABLE `users` DROP COLUMN `age`;"]
    assert lite.execute("select * from users") == [{"id": 1, "name": "ann"}]
    assert plan(lite, [_users()]).statements == []


def test_a_rebuilt_table_keeps_its_rows_and_its_children(lite: Database) -> None:
    def schema(weight_default: float) -> list[Any]:
        parents = sqlite_table(
            "parents",
            {
                "id": integer().primary_key(),
                "name": text().not_null(),
                "weight": real().default(weight_default),
            },
        )
        children = sqlite_table(
            "children",
            {
                "id": integer().primary_key(),
                "parent_id": integer().references(lambda: parents.id, on_delete="cascade"),
            },
        )
        return [parents, children]

    push(lite, schema(1.0))
    lite.execute("insert into parents (id, name) values (1, 'a'), (2, 'b')")
    lite.execute("insert into children (id, parent_id) values (10, 1), (11, 2)")

    ran = push(lite, schema(2.5))  # a default change: SQLite rebuilds the table
    assert 'INSERT INTO `__new_parents`("id", "name", "weight") SELECT' in " ".join(ran)
    assert lite.execute("select id, name, weight from parents order by id") == [
        {"id": 1, "name": "a", "weight": 1.0},
        {"id": 2, "name": "b", "weight": 1.0},
    ]
    assert lite.execute("select count(*) as n from children") == [{"n": 2}]
    assert lite.execute("pragma foreign_keys") == [{"foreign_keys": 1}]
    assert lite.execute("pragma foreign_key_check") == []
    assert plan(lite, schema(2.5)).statements == []


def test_a_rename_answered_through_renames_keeps_the_data(lite: Database) -> None:
    before = sqlite_table("people", {"id": integer().primary_key(), "name": text()})
    after = sqlite_table("persons", {"id": integer().primary_key(), "full_name": text()})
    push(lite, [before])
    lite.execute("insert into people (id, name) values (1, 'ann')")

    with pytest.raises(AmbiguousRenames):
        plan(lite, [after])
    renames = (
        Renames()
        .with_rename("table", "people", "persons")
        .with_rename("column", "persons.name", "persons.full_name")
    )
    assert push(lite, [after], renames=renames) == [
        "ALTER TABLE `people` RENAME TO `persons`;",
        'ALTER TABLE `persons` RENAME COLUMN "name" TO "full_name";',
    ]
    assert lite.execute("select * from persons") == [{"id": 1, "full_name": "ann"}]
    assert plan(lite, [after]).statements == []


def test_a_rich_schema_pushes_once_then_plans_nothing(lite: Database) -> None:
    orgs = sqlite_table(
        "orgs",
        {"id": integer().primary_key(auto_increment=True), "slug": text().unique()},
    )
    members = sqlite_table(
        "members",
        {
            "org_id": integer().not_null(),
            "user_id": integer().not_null(),
            "role": text().default("member"),
            "joined": integer().default(sql("(unixepoch())")),
            "score": real().default(0.5),
            "label": text().generated_always_as(sql('upper("role")'), mode="virtual"),
        },
        lambda t: [
            primary_key(name="members_key", columns=[t.org_id, t.user_id]),
            foreign_key([t.org_id], [orgs.id], name="members_org").on_delete("cascade"),
            index("members_role_idx").on(sql("lower({})", t.role)).where(sql("{} > 0", t.score)),
            unique_index("members_user_idx").on(t.user_id, t.org_id),
            check("members_score_check", sql("{} between 0 and 1", t.score)),
        ],
    )
    active = sqlite_view("active_members").as_(
        lambda qb: qb.select({"user_id": members.user_id}).from_(members)
    )
    schema = [orgs, members, active]
    assert push(lite, schema)
    assert plan(lite, schema).statements == []
    assert push(lite, schema) == []


def test_the_migrations_table_and_sqlite_internals_are_left_out(lite: Database) -> None:
    migrate(lite, DRIZZLE_OUT / "sqlite_details")
    lite.execute("create table own_book (id integer)")
    tables = INTROSPECTOR.snapshot(lite, migrations_table="own_book")["tables"]
    assert "own_book" not in tables and "sqlite_sequence" not in tables
    assert "__drizzle_migrations" in tables  # only the table named is bookkeeping


def test_a_rebuild_that_would_break_a_foreign_key_is_rolled_back(lite: Database) -> None:
    """The rebuild runs with foreign keys off (as drizzle-kit's SQL asks); the keys are
    checked before the commit, so orphan rows fail the push and nothing changes."""
    parents = sqlite_table("parents", {"id": integer().primary_key()})

    def children(referenced: bool) -> Any:
        parent_id = integer()
        if referenced:
            parent_id = parent_id.references(lambda: parents.id)
        return sqlite_table("children", {"id": integer().primary_key(), "parent_id": parent_id})

    push(lite, [parents, children(False)])
    lite.execute("insert into children (id, parent_id) values (1, 99)")
    with pytest.raises(PushError, match=r"broke 1 foreign key"):
        push(lite, [parents, children(True)])
    assert lite.execute("select * from children") == [{"id": 1, "parent_id": 99}]
    assert INTROSPECTOR.snapshot(lite)["tables"]["children"]["foreignKeys"] == {}
    assert lite.execute("pragma foreign_keys") == [{"foreign_keys": 1}]
