"""Row-level security and materialized-view refresh on PostgreSQL: ``pg_policy``, ``pg_role``,
``enable_rls()`` in ``create_schema``/``generate`` (drizzle-kit 0.31's text and snapshot), the
refusal of policy changes a diff cannot write yet, and ``refresh_materialized_view``."""

from __future__ import annotations

from typing import Any

import pytest

from harness import Database, QueryBuildError, SchemaError, eq, sql
from harness.core.schema_diff import Renames
from harness.kit import create_schema
from harness.pg import (
    PgDatabase,
    integer,
    pg_materialized_view,
    pg_policy,
    pg_role,
    pg_schema,
    pg_table,
    serial,
    text,
)
from harness.pg.ddl import create_statements
from harness.pg.schema_diff import PgSchemaDiff
from harness.pg.session import open_mock

admin = pg_role("admin_rls_test", create_role=True, inherit=False)
reader = pg_role("reader_rls_test").existing()


def _posts(policies: bool = True, rls: bool = False) -> Any:
    table = pg_table(
        "posts",
        {"id": serial("id").primary_key(), "owner": text("owner").not_null()},
        (
            lambda t: [
                pg_policy(
                    "own rows",
                    for_="select",
                    to=[reader, "current_user"],
                    using=sql("{} = current_user", t.owner),
                ),
                pg_policy("admin all", as_="restrictive", to=admin, with_check=sql("true")),
            ]
        )
        if policies
        else None,
    )
    return table.enable_rls() if rls else table


def test_create_statements_follow_drizzle_kit() -> None:
    """CREATE ROLE before the tables, ENABLE ROW LEVEL SECURITY right after a table with
    policies or ``enable_rls()``, the policies last (after views)."""
    plain = pg_table("plain", {"id": integer("id")}).enable_rls()
    statements = create_statements([_posts(), plain, admin, reader])
    assert statements == [
        'CREATE ROLE "admin_rls_test" WITH CREATEROLE NOINHERIT;',
        'CREATE TABLE "plain" (\n\t"id" integer\n);',
        'ALTER TABLE "plain" ENABLE ROW LEVEL SECURITY;',
        'CREATE TABLE "posts" (\n\t"id" serial PRIMARY KEY NOT NULL,\n\t"owner" text NOT NULL\n);',
        'ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY "own rows" ON "posts" AS PERMISSIVE FOR SELECT TO current_user, '
        '"reader_rls_test" USING ("posts"."owner" = current_user);',
        'CREATE POLICY "admin all" ON "posts" AS RESTRICTIVE FOR ALL TO "admin_rls_test" '
        "WITH CHECK (true);",
    ]


def test_policy_in_a_schema() -> None:
    table = pg_schema("app").table(
        "notes", {"id": integer("id")}, lambda t: [pg_policy("p", using=sql("false"))]
    )
    assert create_statements([table])[-2:] == [
        'ALTER TABLE "app"."notes" ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY "p" ON "app"."notes" AS PERMISSIVE FOR ALL TO public USING (false);',
    ]


def test_snapshot_entries() -> None:
    snap = PgSchemaDiff().snapshot([_posts(), admin, reader])
    entry = snap["tables"]["public.posts"]
    assert entry["isRLSEnabled"] is False  # policies alone: drizzle-kit keeps the flag off
    assert entry["policies"] == {
        "own rows": {
            "name": "own rows",
            "as": "PERMISSIVE",
            "for": "SELECT",
            "to": ["current_user", "reader_rls_test"],
            "using": '"posts"."owner" = current_user',
        },
        "admin all": {
            "name": "admin all",
            "as": "RESTRICTIVE",
            "for": "ALL",
            "to": ["admin_rls_test"],
            "withCheck": "true",
        },
    }
    assert snap["roles"] == {
        "admin_rls_test": {
            "name": "admin_rls_test",
            "createDb": False,
            "createRole": True,
            "inherit": False,
        }
    }
    flagged = PgSchemaDiff().snapshot([_posts(policies=False, rls=True)])
    assert flagged["tables"]["public.posts"]["isRLSEnabled"] is True
    assert flagged["tables"]["public.posts"]["policies"] == {}


def test_duplicate_policy_names_are_refused() -> None:
    table = pg_table("t", {"id": integer("id")}, lambda t: [pg_policy("p"), pg_policy("p")])
    with pytest.raises(SchemaError, match="two policies are named 'p'"):
        PgSchemaDiff().snapshot([table])


def test_bad_policy_options_are_refused() -> None:
    with pytest.raises(SchemaError, match="as_='lenient'"):
        pg_policy("p", as_="lenient")
    with pytest.raises(SchemaError, match="for_='read'"):
        pg_policy("p", for_="read")


@pytest.mark.parametrize(
    ("before", "after"),
    [({"policies": False}, {"policies": True}), ({"policies": True}, {"policies": False})],
)
def test_a_diff_refuses_policy_changes_on_an_existing_table(
    before: dict[str, bool], after: dict[str, bool]
) -> None:
    differ = PgSchemaDiff()
    old = differ.snapshot([_posts(**before)])
    new = differ.snapshot([_posts(**after)])
    with pytest.raises(SchemaError, match="a change of its policies on an existing table"):
        differ.diff(old, new, Renames())


def test_a_diff_toggles_row_level_security() -> None:
    """``enable_rls()`` added or removed on an existing table is one ALTER TABLE (drizzle-kit's
    ``enable_rls``/``disable_rls``)."""
    differ = PgSchemaDiff()
    plain = differ.snapshot([_posts(policies=False)])
    flagged = differ.snapshot([_posts(policies=False, rls=True)])
    enabled = differ.diff(plain, flagged, Renames())
    assert enabled.statements == ['ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;']
    assert enabled.changes == ["table posts: row level security enabled"]
    disabled = differ.diff(flagged, plain, Renames())
    assert disabled.statements == ['ALTER TABLE "posts" DISABLE ROW LEVEL SECURITY;']


def test_a_diff_refuses_dropped_or_changed_roles() -> None:
    differ = PgSchemaDiff()
    with pytest.raises(SchemaError, match="dropping or renaming a role"):
        differ.diff(differ.snapshot([admin]), differ.snapshot([]), Renames())
    changed = pg_role("admin_rls_test")
    with pytest.raises(SchemaError, match="changing a role's options"):
        differ.diff(differ.snapshot([admin]), differ.snapshot([changed]), Renames())


def test_a_diff_drops_the_policies_of_a_dropped_table() -> None:
    differ = PgSchemaDiff()
    diff = differ.diff(differ.snapshot([_posts()]), differ.snapshot([]), Renames())
    assert diff.statements == [
        'DROP POLICY "own rows" ON "posts" CASCADE;',
        'DROP POLICY "admin all" ON "posts" CASCADE;',
        'DROP TABLE "posts" CASCADE;',
    ]


@pytest.mark.dialects("postgres")
def test_create_schema_creates_policies(db: Database) -> None:
    """The statements run: the role, the table with row-level security on, and its policies.
    Roles belong to the whole server, so the test drops them again."""
    db.execute(sql.raw("create role reader_rls_test"))
    try:
        create_schema(db, [_posts(), admin, reader])
        rows = db.execute(
            sql.raw(
                "select policyname, permissive, cmd, roles::text[] as roles from pg_policies "
                "where tablename = 'posts' order by policyname"
            )
        )
        rls = db.execute(sql.raw("select relrowsecurity from pg_class where relname = 'posts'"))
    finally:
        db.execute(sql.raw("drop table if exists posts"))
        db.execute(sql.raw("drop role if exists admin_rls_test"))
        db.execute(sql.raw("drop role if exists reader_rls_test"))
    assert isinstance(rows, list)
    assert [(r["policyname"], r["permissive"], r["cmd"]) for r in rows] == [
        ("admin all", "RESTRICTIVE", "ALL"),
        ("own rows", "PERMISSIVE", "SELECT"),
    ]
    assert rows[0]["roles"] == ["admin_rls_test"]
    # current_user is the connected role, by name
    assert len(rows[1]["roles"]) == 2 and "reader_rls_test" in rows[1]["roles"]
    assert rls == [{"relrowsecurity": True}]


# -- refresh_materialized_view ----------------------------------------------------------------

_users = pg_table("users", {"id": serial("id").primary_key(), "name": text("name").not_null()})
_mat = pg_materialized_view("user_names").as_(
    lambda qb: qb.select({"name": _users.name}).from_(_users)
)


def test_refresh_materialized_view_text() -> None:
    db = open_mock()
    assert db.refresh_materialized_view(_mat).to_sql() == (
        'refresh materialized view "user_names"',
        [],
    )
    assert db.refresh_materialized_view(_mat).concurrently().to_sql()[0] == (
        'refresh materialized view concurrently "user_names"'
    )
    assert db.refresh_materialized_view(_mat).with_no_data().to_sql()[0] == (
        'refresh materialized view "user_names" with no data'
    )


def test_refresh_materialized_view_refusals() -> None:
    db = open_mock()
    with pytest.raises(QueryBuildError, match="cannot be used together"):
        db.refresh_materialized_view(_mat).concurrently().with_no_data()
    with pytest.raises(QueryBuildError, match="cannot be used together"):
        db.refresh_materialized_view(_mat).with_no_data().concurrently()
    with pytest.raises(QueryBuildError, match="takes a pg_materialized_view"):
        db.refresh_materialized_view(_users)


@pytest.mark.dialects("postgres")
def test_refresh_materialized_view_with_no_data(db: PgDatabase) -> None:
    create_schema(db, [_users, _mat])
    db.insert(_users).values({"name": "Ann"}).execute()
    db.refresh_materialized_view(_mat).execute()
    assert db.select().from_(_mat).all() == [{"name": "Ann"}]
    db.refresh_materialized_view(_mat).with_no_data().execute()
    db.refresh_materialized_view(_mat).execute()
    assert db.select().from_(_mat).where(eq(_mat.name, "Ann")).all() == [{"name": "Ann"}]


@pytest.mark.dialects("postgres")
def test_push_reads_policies_back(db: Database) -> None:
    """The catalog read has the policies (``pg_policies``): pushing the declarations again
    plans nothing (their ``using``/``withCheck`` are not compared, as drizzle-kit's push),
    and a policy added to the existing table is refused."""
    from harness.kit.push import plan

    def notes(extra: bool) -> Any:
        return pg_table(
            "notes",
            {"id": serial("id").primary_key(), "owner": text("owner")},
            lambda t: [
                pg_policy("mine", for_="update", using=sql("{} = 'x'", t.owner)),
                *([pg_policy("extra", as_="restrictive")] if extra else []),
            ],
        )

    create_schema(db, [notes(False)])
    assert plan(db, [notes(False)]).statements == []
    with pytest.raises(SchemaError, match="a change of its policies"):
        plan(db, [notes(True)])
