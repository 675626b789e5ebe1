"""The DDL details drizzle-kit writes (fixtures under tests/conformance/drizzle_ref/out/*_details)
also run: the statements apply on the real engine and mean what they say."""

from __future__ import annotations

import importlib

from harness import Database
from harness.kit import push


def test_details_schema_applies_and_behaves(db: Database, dialect: str) -> None:
    module = {"postgres": "pg"}.get(dialect, dialect)
    schema = importlib.import_module(f"tests.schemas.{module}_details")
    push(db, schema)
    if dialect == "mysql":
        people = schema.people
        db.insert(people).values([{"id": 1, "active": True}, {"id": 2, "active": False}]).execute()
        # the text default written as ('anonymous') is applied by the server
        assert db.execute("select nick from people where id = 1") == [{"nick": "anonymous"}]
        # the view's inlined boolean (= true) selects the active row only
        assert db.execute("select id from active_people") == [{"id": 1}]
        options = db.execute(
            "select security_type as s from information_schema.views "
            "where table_schema = database() and table_name = 'active_people'"
        )
        assert options == [{"s": "INVOKER"}]
    else:
        projects = schema.projects
        db.insert(projects).values([{"id": 1, "status": "a"}, {"id": 2, "status": "b"}]).execute()
        assert [r["id"] for r in db.select().from_(projects).all()] == [1, 2]
