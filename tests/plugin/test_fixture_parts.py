"""The plugin's parts in-process, on the real engines (quick; the end-to-end runs through pytest
are in test_fixture_semantics.py and test_leftovers.py):

- the ``db`` fixture's guarded client: ``rollback()`` returns to the test's start;
- ``admin.user_tables`` leaves out the bookkeeping table the Kit config names;
- ``db_url``'s value masks its password in its repr and stays a ``str``;
- database owners: a dead process's databases are recognised, a live one's are not.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import connect
from harness.core.database import Database
from harness.servers.owners import Owner, abandoned, host_key, owned_name, owner_of
from harness.servers.url import url_server
from harness_pytest.plugin import MaskedUrl, pytest_assertrepr_compare
from harness_pytest.session_db import begin_test, end_test
from tests.plugin.conftest import URLS, require

ENGINES = ["sqlite", "postgres", "mariadb"]
MARK = {"sqlite": "?", "postgres": "%s", "mariadb": "%s"}


@pytest.fixture(params=ENGINES)
def scratch(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Database]]:
    """(engine, an empty database of its own) on each engine; dropped afterwards."""
    engine = str(request.param)
    if engine == "sqlite":
        db = connect(f"sqlite:///{tmp_path / 'scratch.db'}")
        try:
            yield engine, db
        finally:
            db.close()
        return
    require(engine)
    var, default = URLS[engine]
    server = url_server(os.environ.get(var, default))
    name = f"harness_t_parts_{uuid.uuid4().hex[:10]}"
    db = connect(server.create_database(name))
    try:
        yield engine, db
    finally:
        db.close()
        server.drop_database(name)


def _items(db: Database) -> list[str]:
    return [r["name"] for r in db.execute("select name from items order by id")]


def test_client_rollback_returns_to_the_start_of_the_test(scratch: tuple[str, Database]) -> None:
    engine, db = scratch
    db.execute("create table items (id integer primary key, name varchar(40))")
    transaction, test_db = begin_test(db)
    try:
        test_db.execute("insert into items values (1, 'before the client was taken')")
        client = test_db.client  # the first use of the client comes after a write
        client.rollback()
        assert _items(test_db) == []  # back to the test's start, not to the client's

        client.cursor().execute(f"insert into items values (2, {MARK[engine]})", ("kept",))
        client.commit()
        test_db.execute("insert into items values (3, 'undone')")
        client.rollback()
        assert _items(test_db) == ["kept"]  # back to the commit
        client.rollback()
        assert _items(test_db) == ["kept"]
        with test_db.transaction() as tx:  # library savepoints still nest after the client
            tx.execute("insert into items values (4, 'nested')")
        assert _items(test_db) == ["kept", "nested"]
    finally:
        end_test(transaction)
    assert _items(db) == []  # the test's commit stayed inside the test

    # the next test starts clean: its client rolls back to its own start
    transaction, test_db = begin_test(db)
    try:
        test_db.execute("insert into items values (5, 'second test')")
        test_db.client.commit()
        test_db.client.rollback()
        assert _items(test_db) == ["second test"]
    finally:
        end_test(transaction)
    assert _items(db) == []


def test_user_tables_leave_out_the_configured_bookkeeping_table(
    scratch: tuple[str, Database],
) -> None:
    engine, db = scratch
    admin = db.dialect.admin
    db.execute("create table users (id integer primary key)")
    db.execute("create table __drizzle_migrations (id integer primary key)")
    if engine == "postgres":
        db.execute("create schema my_schema")
        db.execute("create table my_schema.my_mig (id integer primary key)")
        db.execute("create schema drizzle")
        db.execute("create table drizzle.__drizzle_migrations (id integer primary key)")
        db.execute("create table drizzle.notes (id integer primary key)")
        custom = admin.user_tables(db, "my_mig", "my_schema")
        assert sorted(custom) == [
            "drizzle.__drizzle_migrations",
            "drizzle.notes",
            "public.__drizzle_migrations",
            "public.users",
        ]
        assert sorted(admin.user_tables(db)) == [
            "drizzle.notes",
            "my_schema.my_mig",
            "public.__drizzle_migrations",
            "public.users",
        ]
        return
    db.execute("create table my_mig (id integer primary key)")
    custom = admin.user_tables(db, "my_mig", "ignored")
    default = admin.user_tables(db)
    quote = '"' if engine == "sqlite" else "`"
    assert sorted(custom) == sorted(f"{quote}{t}{quote}" for t in ("__drizzle_migrations", "users"))
    assert sorted(default) == sorted(f"{quote}{t}{quote}" for t in ("my_mig", "users"))


def test_db_url_value_masks_its_password_only_in_its_repr() -> None:
    url = MaskedUrl("postgresql://app:s3cret-pw@127.0.0.1:5432/harness_w_x")
    assert isinstance(url, str)
    assert url == "postgresql://app:s3cret-pw@127.0.0.1:5432/harness_w_x"
    assert str(url) == f"{url}" == url + ""
    assert "s3cret-pw" not in repr(url) and ":***@" in repr(url)
    assert "s3cret-pw" not in repr([url]) and "s3cret-pw" not in repr({"url": url})
    assert url.split("@")[1] == "127.0.0.1:5432/harness_w_x"
    assert repr(MaskedUrl("sqlite:///tmp/x.db")) == "'sqlite:///tmp/x.db'"
    lines = pytest_assertrepr_compare("==", url, "postgresql://app:other@h/x")
    assert lines is not None
    assert not any("s3cret-pw" in line or "other" in line for line in lines)
    assert pytest_assertrepr_compare("==", "a", "b") is None  # other strings: pytest's own


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # exited and reaped: the pid names no process (until the kernel reuses it)
    return child.pid


def test_owner_recorded_in_a_name_tells_whether_its_process_is_gone() -> None:
    me = Owner.current()
    name = owned_name("harness_w_", me, "gw0")
    assert len(name) <= 63 and owner_of(name, "harness_w_") == me
    assert me.alive()
    dead = Owner(host_key(), _dead_pid(), me.start)
    reused = Owner(host_key(), os.getpid(), "1")  # this pid, but another start time
    elsewhere = Owner("abcdef" if host_key() != "abcdef" else "fedcba", _dead_pid(), "1")
    names = [owned_name("harness_w_", o, "main") for o in (me, dead, reused, elsewhere)]
    names += ["harness_w_legacy_gw0_123", "harness_wx_" + me.token + "_main"]
    assert abandoned(names, "harness_w_") == names[1:3]
