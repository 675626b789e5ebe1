"""PostgreSQL bulk inserts through COPY (``harness.pg.copy``) keep what ``create_batch`` and
``insert_rows`` promise: rows come back as stored (ids, database defaults), in the order sent,
with every column kind round-tripping; post-generation hooks see stored rows; a failing row
raises a clear error and leaves nothing inserted.  Real server, no mocks."""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Iterator
from typing import Any

import factory
import pytest

from harness import Database, connect
from harness.core.errors import QueryError
from harness.kit import push
from harness.pg import boolean, integer, pg_table, serial, text, timestamp, uuid, varchar
from harness.pg.copy import COPY_MIN_ROWS
from harness.seed import factory_for, insert_rows, seed
from tests.integration.test_types_pg import CASES, mood

pytestmark = pytest.mark.dialects("postgres")

N = COPY_MIN_ROWS  # the smallest batch that goes through COPY


class Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def log_query(self, sql: str, params: Any) -> None:
        self.seen.append(sql)

    def starting(self, word: str) -> list[str]:
        return [s for s in self.seen if s.lower().startswith(word)]


@pytest.fixture
def logged(db_url: str) -> Iterator[tuple[Database, Statements]]:
    log = Statements()
    database = connect(db_url, logger=log)
    try:
        yield database, log
    finally:
        database.close()


def _people(name: str = "people") -> Any:
    return pg_table(
        name,
        {
            "id": serial().primary_key(),
            "email": varchar(length=120).not_null().unique(),
            "role": text().default("guest"),
            "created_at": timestamp().default_now(),
            "bio": text(),
            "active": boolean(),
        },
    )


def test_create_batch_copies_and_returns_ids_and_database_defaults(
    logged: tuple[Database, Statements],
) -> None:
    db, log = logged
    people = _people()
    push(db, [people])
    log.seen.clear()
    rows = factory_for(people, db).create_batch(N, bio=None)
    assert log.starting("copy") and not log.starting("insert")
    assert [r.id for r in rows] == list(range(1, N + 1))
    assert {r.role for r in rows} == {"guest"} and all(r.created_at for r in rows)
    assert all(r.bio is None for r in rows) and len({r.email for r in rows}) == N
    stored = db.select().from_(people).order_by(people.id).all()
    assert stored == [dict(r) for r in rows]
    # the sequence moved past the copied ids: a plain insert continues after them
    assert db.insert(people).values({"email": "next@x.y"}).returning().all()[0]["id"] == N + 1


def test_identity_always_key_is_filled_from_its_sequence(
    logged: tuple[Database, Statements],
) -> None:
    db, log = logged
    things = pg_table(
        "things",
        {
            "id": integer().primary_key().generated_always_as_identity(),
            "name": text().not_null(),
        },
    )
    push(db, [things])
    db.insert(things).values({"name": "first"}).execute()
    log.seen.clear()
    rows = insert_rows(db, things, [{"name": f"n{i}"} for i in range(N)])
    assert log.starting("copy")
    assert [(r.id, r.name) for r in rows] == [(i + 2, f"n{i}") for i in range(N)]
    assert db.count(things) == N + 1


def test_every_column_kind_round_trips_through_copy(logged: tuple[Database, Statements]) -> None:
    db, log = logged
    columns: dict[str, Any] = {"id": serial().primary_key()}
    columns.update({key: builder for key, builder, _, _ in CASES})
    kinds = pg_table("copy_kinds", columns)
    push(db, [mood, kinds])
    written = {key: value for key, _, value, _ in CASES}
    expected = {key: value for key, _, _, value in CASES}
    nulls = dict.fromkeys(written)
    # full rows and all-NULL rows in one batch, in a known order
    rows = [dict(written) if i % 3 else dict(nulls) for i in range(N)]
    log.seen.clear()
    stored = insert_rows(db, kinds, rows)
    assert log.starting("copy") and not log.starting("insert")
    assert [r.id for r in stored] == list(range(1, N + 1))
    for i, row in enumerate(stored):
        want = expected if i % 3 else nulls
        got = {k: v for k, v in row.items() if k != "id"}
        assert got == want, f"row {i}"
        for key, value in want.items():
            assert type(got[key]) is type(value), f"row {i}, {key}: {got[key]!r}"
    read = db.select().from_(kinds).order_by(kinds.id).all()
    assert read == [dict(r) for r in stored]


def test_explicit_keys_and_uuid_defaults_go_through_a_temporary_table(
    logged: tuple[Database, Statements],
) -> None:
    db, log = logged
    tokens = pg_table(
        "tokens",
        {
            "id": uuid().primary_key().default_random(),
            "label": text().not_null(),
            "role": text().default("guest"),
        },
    )
    numbered = pg_table(
        "numbered", {"id": integer().primary_key(), "label": text().not_null().unique()}
    )
    push(db, [tokens, numbered])
    log.seen.clear()
    made = insert_rows(db, tokens, [{"label": f"t{i}"} for i in range(N)])
    assert [r.label for r in made] == [f"t{i}" for i in range(N)]  # the order sent
    assert all(isinstance(r.id, uuid_module.UUID) for r in made)
    assert {r.role for r in made} == {"guest"}
    keys = random.Random(3).sample(range(1, 10 * N), N)  # explicit keys, in no order
    given = insert_rows(db, numbered, [{"id": k, "label": f"l{k}"} for k in keys])
    assert [(r.id, r.label) for r in given] == [(k, f"l{k}") for k in keys]
    assert len(log.starting("copy")) == 2 and len(log.starting("insert")) == 2
    assert not any("values" in s for s in log.starting("insert"))
    assert db.count(tokens) == N and db.count(numbered) == N


def test_a_batch_mixing_explicit_and_default_values_keeps_both(db: Database) -> None:
    people = _people()
    push(db, [people])
    rows: list[dict[str, Any]] = [{"email": f"u{i}@x.y"} for i in range(N)]
    for i in range(0, N, 2):
        rows[i]["role"] = "admin"  # given on every other row: the others get the default
    rows[1]["role"] = None  # NULL given is not DEFAULT
    stored = insert_rows(db, people, rows)
    assert [r.role for r in stored[:4]] == ["admin", None, "admin", "guest"]
    assert [r.email for r in stored] == [f"u{i}@x.y" for i in range(N)]


def test_post_generation_hooks_see_stored_rows(db: Database) -> None:
    people = _people()
    push(db, [people])
    seen: list[dict[str, Any]] = []

    class Hooked(factory_for(people, db)):  # type: ignore[misc]
        @factory.post_generation  # type: ignore[untyped-decorator]  # factory_boy is untyped
        def remember(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
            seen.append(dict(obj))

    rows = Hooked.create_batch(N)
    assert [s["id"] for s in seen] == [r.id for r in rows] == list(range(1, N + 1))
    assert all(s["role"] == "guest" and s["created_at"] is not None for s in seen)


@pytest.mark.parametrize("keyed", [True, False], ids=["keyed", "temporary-table"])
def test_a_failing_row_raises_a_clear_error_and_inserts_nothing(db: Database, keyed: bool) -> None:
    people = _people()
    push(db, [people])
    rows: list[dict[str, Any]] = [{"email": f"u{i}@x.y"} for i in range(N)]
    if not keyed:
        for i, row in enumerate(rows):
            row["id"] = i + 1
    rows[-1]["email"] = "u7@x.y"  # the last row collides with the eighth
    with pytest.raises(QueryError, match="duplicate key value") as raised:
        insert_rows(db, people, rows)
    assert "u7@x.y" in str(raised.value)  # the server's detail names the key
    assert db.count(people) == 0
    # the connection is usable afterwards (no transaction left open or aborted)
    assert len(insert_rows(db, people, [{"email": f"v{i}@x.y"} for i in range(N)])) == N


def test_a_value_the_column_rejects_names_the_row(db: Database) -> None:
    people = _people()
    push(db, [people])
    rows: list[dict[str, Any]] = [{"email": f"u{i}@x.y", "id": i + 1} for i in range(N)]
    rows[5]["id"] = "six"  # explicit keys: the temporary table's COPY rejects it
    with pytest.raises(QueryError, match="line 6"):
        insert_rows(db, people, rows)
    assert db.count(people) == 0


def test_copy_inside_a_transaction_rolls_back_with_it(db: Database) -> None:
    people = _people()
    push(db, [people])
    with db.transaction() as tx:
        keyed = factory_for(people, tx).create_batch(N)  # straight into the table
        assert [r.id for r in keyed] == list(range(1, N + 1)) and tx.count(people) == N
        explicit = [{"email": f"u{i}@x.y", "id": 10 * N + i} for i in range(N)]
        rows = insert_rows(tx, people, explicit)  # through a temporary table (a savepoint)
        assert [r.id for r in rows] == [10 * N + i for i in range(N)]
        assert tx.count(people) == 2 * N
        tx.rollback()
    assert db.count(people) == 0


def test_seed_inserts_through_copy(logged: tuple[Database, Statements]) -> None:
    db, log = logged
    people = _people()
    posts = pg_table(
        "posts",
        {
            "id": serial().primary_key(),
            "author_id": integer().not_null().references(lambda: people.id),
            "title": text().not_null(),
        },
    )
    push(db, [people, posts])
    log.seen.clear()
    counts = seed(db, {"people": people, "posts": posts}, count=N, seed=1).run()
    assert counts == {"people": N, "posts": N}
    assert len(log.starting("copy")) == 2
    ids = {r["id"] for r in db.select({"id": people.id}).from_(people).all()}
    assert {r["author_id"] for r in db.select().from_(posts).all()} <= ids


def _plain(name: str = "plain", email_length: int = 120) -> Any:
    """Only columns stored exactly as sent (no defaults beyond the key)."""
    return pg_table(
        name,
        {
            "id": serial().primary_key(),
            "email": varchar(length=email_length).not_null(),
            "score": integer(),
            "active": boolean().not_null(),
        },
    )


def test_rows_stored_exactly_as_sent_are_not_read_back(
    logged: tuple[Database, Statements],
) -> None:
    db, log = logged
    plain = _plain()
    push(db, [plain])
    log.seen.clear()
    rows = factory_for(plain, db).create_batch(N)
    copies = [i for i, s in enumerate(log.seen) if s.lower().startswith("copy")]
    assert copies and not any(s.lower().startswith("select") for s in log.seen[copies[-1] :])
    assert [r.id for r in rows] == list(range(1, N + 1))
    assert db.select().from_(plain).order_by(plain.id).all() == [dict(r) for r in rows]


def test_a_trigger_that_changes_rows_is_seen_in_the_returned_rows(
    logged: tuple[Database, Statements],
) -> None:
    db, _ = logged
    plain = _plain("shouting")
    push(db, [plain])
    db.execute(
        "create function shout() returns trigger language plpgsql as "
        "$$ begin new.email := upper(new.email); return new; end $$"
    )
    db.execute(
        "create trigger shout before insert on shouting for each row execute function shout()"
    )
    rows = factory_for(plain, db).create_batch(N)
    assert all(r.email == r.email.upper() for r in rows)
    assert db.select().from_(plain).order_by(plain.id).all() == [dict(r) for r in rows]


def test_values_the_server_cuts_come_back_as_stored(logged: tuple[Database, Statements]) -> None:
    """varchar(n) silently cuts a tail of spaces beyond n: what was sent is not what is kept."""
    db, _ = logged
    plain = _plain("short", email_length=6)
    push(db, [plain])
    rows = factory_for(plain, db).create_batch(
        N, email=factory.Sequence(lambda n: f"e{n % 1000:03d}" + " " * 8)
    )
    assert {len(r.email) for r in rows} == {6}
    assert db.select().from_(plain).order_by(plain.id).all() == [dict(r) for r in rows]
