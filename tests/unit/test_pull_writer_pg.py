"""The PostgreSQL schema writer of ``harness pull``: the choices it makes for a real database.

Each test builds a schema on the PostgreSQL server with plain DDL, reads it back with the
introspector, writes the declarations and checks both the text (what a reader of
``schema.py`` sees) and that the written module, imported and serialised again, is the
database (the diff after the introspector's ``align`` is empty); where it matters, the
module is also created on a second, empty database whose catalog must be the first one's.
The full round trips over the reference cases are in ``tests/integration/test_pull.py``.
"""

from __future__ import annotations

import importlib.util
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from harness import Database, connect
from harness.core.codegen import formatted
from harness.core.ddl import entities_from
from harness.core.schema_diff import Edge, Renames, WrittenSchema
from harness.kit import create_schema
from harness.pg.dialect import PgDialect
from harness.pg.introspect import PgIntrospector
from harness.pg.pull_writer import PgSchemaWriter
from harness.pg.schema_diff import PgSchemaDiff
from tests.support import catalog

pytestmark = pytest.mark.dialects("postgres")

WRITER = PgSchemaWriter()
INTROSPECTOR = PgIntrospector()
DIFF = PgSchemaDiff()


@pytest.fixture
def other(server_url: str) -> Iterator[Database]:
    """A second empty database, to create the written module on."""
    from tests.support import servers

    name = f"harness_t_{uuid.uuid4().hex[:10]}"
    url = servers.create_database("postgres", server_url, name)
    database = connect(url)
    try:
        yield database
    finally:
        database.close()
        servers.drop_database("postgres", server_url, name)


def _pull(
    db: Database, tmp_path: Path, ddl: str, casing: str = "camel"
) -> tuple[WrittenSchema, dict[str, Any], ModuleType]:
    """The schema made by ``ddl``: what the writer wrote, the snapshot, the loaded module."""
    db.execute(ddl)
    live = INTROSPECTOR.snapshot(db)
    written = WRITER.write(json.loads(json.dumps(live)), casing)
    path = tmp_path / f"schema_{uuid.uuid4().hex}.py"
    path.write_text(written.source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return written, live, module


def _changes(live: dict[str, Any], module: ModuleType) -> list[str]:
    declared = DIFF.snapshot(entities_from(module))
    aligned = INTROSPECTOR.align(json.loads(json.dumps(live)), declared)
    return [str(c) for c in DIFF.diff(aligned, declared, Renames(none=True)).changes]


def _same_catalog(db: Database, other: Database, module: ModuleType) -> None:
    create_schema(other, module)
    assert catalog.dump(other, "postgres") == catalog.dump(db, "postgres")


def test_the_dialect_has_the_writer() -> None:
    assert isinstance(PgDialect.schema_writer, PgSchemaWriter)


def test_camel_keys_keep_the_database_name_and_defaults_are_python_values(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table user_accounts (id serial primary key,"
        " first_name varchar(256) not null, nick text default 'it''s me',"
        " score real default 1.5, balance numeric(12, 2) default 0.00,"
        ' settings jsonb default \'{"theme": "dark", "n": [1, null]}\','
        " created_at timestamp with time zone default now() not null,"
        " token uuid default gen_random_uuid(), active boolean default true not null,"
        " big bigint default 42, wait interval default '1 day',"
        " seen_at timestamp(3) default '2024-01-02 03:04:05', today date default current_date)",
    )
    source = written.source
    assert "userAccounts = pg_table(\n" in source
    assert '"id": serial().primary_key(),' in source
    assert '"firstName": varchar("first_name", length=256).not_null(),' in source
    assert '"nick": text().default("it\'s me"),' in source
    assert '"score": real().default(1.5),' in source
    assert '"balance": numeric(precision=12, scale=2).default("0.00"),' in source
    assert '"settings": jsonb().default({"n": [1, None], "theme": "dark"}),' in source
    assert (
        '"createdAt": timestamp("created_at", with_timezone=True).not_null().default_now(),'
        in source
    )
    assert '"token": uuid().default_random(),' in source
    assert '"active": boolean().not_null().default(True),' in source
    assert '"big": bigint().default(42),' in source
    assert '"wait": interval().default("1 day"),' in source
    assert '"seenAt": timestamp("seen_at", precision=3).default("2024-01-02 03:04:05"),' in source
    assert '"today": date().default(sql("CURRENT_DATE")),' in source
    assert formatted(source) == source
    assert written.todos == [] and written.edges == []
    assert module.userAccounts.firstName.name == "first_name"
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_preserve_keeps_database_names_as_keys(db: Database, tmp_path: Path) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table user_accounts (id integer primary key, first_name text)",
        casing="preserve",
    )
    assert "user_accounts = pg_table(" in written.source
    assert '"first_name": text(),' in written.source
    assert module.user_accounts.first_name.name == "first_name"
    assert _changes(live, module) == []


def test_names_that_are_not_identifiers_keywords_or_imported_names(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        'create table "class" (id integer primary key, "from" integer, "my-col" text,'
        ' "1st" text, "_columns" text, "{x}" text, "_checks" text);'
        'create table "text" (id integer primary key,'
        " constraint braces check (id <> length('{}')));"
        'create table "sql" (id integer primary key)',
        casing="preserve",
    )
    source = written.source
    assert "class_ = pg_table(" in source  # a keyword gets an underscore
    assert "text_ = pg_table(" in source  # `text` would shadow the imported column type
    assert "sql_ = pg_table(" in source
    assert '"from_": integer("from"),' in source
    assert '"my_col": text("my-col"),' in source
    assert '"_1st": text("1st"),' in source
    assert '"_columns_": text("_columns"),' in source  # not the table's own attribute
    assert '"_checks_": text("_checks"),' in source
    assert '"_x_": text("{x}"),' in source
    assert 'check("braces", sql("id <> length(\'{{}}\'::text)"))' in source
    assert module.class_.from_.name == "from"
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_enums_and_arrays(db: Database, other: Database, tmp_path: Path) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create schema shop;"
        "create type mood as enum ('sad', 'ok', 'it''s fine');"
        "create type shop.size as enum ('s', 'm');"
        "create table items (id integer primary key, mood mood default 'ok' not null,"
        " moods mood[], sizes shop.size[], grid integer[][], addresses inet[],"
        " tags text[] default '{a,\"b c\"}')",
    )
    source = written.source
    assert 'mood = pg_enum("mood", ["sad", "ok", "it\'s fine"])' in source
    assert 'shop = pg_schema("shop")' in source
    assert 'sizeInShop = shop.enum("size", ["s", "m"])' in source
    assert '"mood": mood().not_null().default("ok"),' in source
    assert '"moods": mood().array(),' in source
    assert '"sizes": sizeInShop().array(),' in source
    assert '"grid": integer().array().array(),' in source
    assert '"addresses": inet().array(),' in source
    assert '"tags": text().array().default(sql("\'{{a,\\"b c\\"}}\'::text[]")),' in source
    assert written.todos == []
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_identity_options_only_where_they_differ(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table counters (plain integer generated always as identity primary key,"
        " big bigint generated by default as identity (start with 100 increment by 5"
        " maxvalue 100000 cache 10 cycle),"
        " down smallint generated always as identity (increment by -1),"
        " named integer generated by default as identity (sequence name my_seq minvalue 0))",
    )
    source = written.source
    assert '"plain": integer().primary_key().generated_always_as_identity(),' in source
    assert (
        '"big": bigint().generated_by_default_as_identity(\n'
        "            increment_by=5, max_value=100000, start_with=100, cache=10, cycle=True\n"
        "        ),"
    ) in formatted(source)
    # a descending identity starts from its maximum, -1, and goes down to smallint's minimum
    assert '"down": smallint().generated_always_as_identity(increment_by=-1),' in source
    assert (
        '"named": integer().generated_by_default_as_identity(name="my_seq", min_value=0),' in source
    )
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_a_schema_other_than_public(db: Database, other: Database, tmp_path: Path) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create schema shop; create schema empty_one;"
        "create sequence shop.order_no start with 1000 maxvalue 99999 cache 20;"
        "create sequence down_seq increment by -1;"
        "create table customers (id integer primary key);"
        "create table shop.orders (id integer primary key,"
        " customer_id integer constraint orders_customer_id_customers_id_fk"
        " references customers(id) on delete cascade);"
        "create table shop.lines (order_id integer references shop.orders(id), n integer);"
        "create index lines_order on shop.lines (order_id);"
        "create view shop.recent as select id from shop.orders where id > 10",
    )
    source = written.source
    assert 'shop = pg_schema("shop")' in source
    assert 'emptyOne = pg_schema("empty_one")' in source
    assert (
        'orderNoInShop = shop.sequence("order_no", start_with=1000, max_value=99999, cache=20)'
        in source
    )
    assert 'downSeq = pg_sequence("down_seq", increment_by=-1)' in source
    assert "ordersInShop = shop.table(\n" in source
    assert "linesInShop = shop.table(\n" in source
    assert (
        '"customerId": integer("customer_id").references(lambda: customers.id, '
        'on_delete="cascade"),'
    ) in formatted(source)
    # PostgreSQL named the key <table>_<column>_fkey: not drizzle's default, so table level
    assert 'foreign_key([t.orderId], [ordersInShop.id], name="lines_order_id_fkey")' in source
    assert 'index("lines_order").on(t.orderId)' in source
    assert 'recentInShop = shop.view(\n    "recent",' in source
    assert written.edges == [
        Edge("linesInShop", ("orderId",), "ordersInShop", ("id",)),
        Edge("ordersInShop", ("customerId",), "customers", ("id",)),
    ]
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_composite_keys_and_named_constraints(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table members (org integer, usr integer, role text,"
        " constraint members_org_usr_pk primary key (org, usr),"
        " constraint members_org_role_unique unique (org, role));"
        "create table tags (id integer constraint tags_key primary key,"
        " label text constraint tags_label_unique unique,"
        " code text constraint tag_code unique nulls not distinct)",
    )
    source = written.source
    assert '"org": integer().not_null(),' in source
    assert "primary_key([t.org, t.usr])," in source  # drizzle's default name: not written
    assert "unique().on(t.org, t.role)," in source
    assert 'primary_key([t.id], name="tags_key"),' in source
    assert '"label": text().unique(),' in source
    assert 'unique("tag_code").on(t.code).nulls_not_distinct(),' in source
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_foreign_key_actions_inline_and_table_level(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table parents (a integer, b integer, primary key (a, b));"
        "create table children (id integer primary key, pa integer, pb integer,"
        " parent_id integer, boss integer,"
        " constraint children_parent_id_children_id_fk foreign key (parent_id)"
        " references children(id) on delete set null on update cascade,"
        " constraint children_parent foreign key (pa, pb) references parents (a, b)"
        " on delete restrict on update set default,"
        " constraint children_boss foreign key (boss) references children (id))",
    )
    source = formatted(written.source)
    assert (
        '"parentId": integer("parent_id").references(\n'
        '            lambda: children.id, on_delete="set null", on_update="cascade"\n'
        "        ),"
    ) in source
    assert (
        'foreign_key([t.pa, t.pb], [parents.a, parents.b], name="children_parent")\n'
        '        .on_delete("restrict")\n'
        '        .on_update("set default"),'
    ) in source
    assert 'foreign_key([t.boss], [t.id], name="children_boss"),' in source  # itself: t
    assert 'primary_key([t.a, t.b], name="parents_pkey")' in source
    assert Edge("children", ("pa", "pb"), "parents", ("a", "b")) in written.edges
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_indexes_orders_expressions_methods_and_where(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table events (id integer primary key, kind text not null, payload jsonb,"
        " at timestamp, score integer);"
        "create unique index events_kind_at on events (kind, at desc);"
        "create index events_score on events (score desc nulls last, at nulls first)"
        " where score > 10;"
        "create index events_payload on events using gin (payload);"
        "create index events_lower on events (lower(kind))",
    )
    source = written.source
    assert 'unique_index("events_kind_at").on(t.kind, t.at.desc().nulls_first()),' in source
    assert (
        'index("events_score").on(t.score.desc(), t.at.asc().nulls_first())'
        '.where(sql("score > 10")),'
    ) in source
    assert 'index("events_payload").using("gin", t.payload),' in source
    assert 'index("events_lower").on(sql("lower(kind)")),' in source
    assert written.todos == []
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_what_the_api_cannot_express_is_a_todo(db: Database, tmp_path: Path) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table docs (id integer primary key, body tsvector, notes text);"
        "create index docs_notes on docs (lower(notes) desc);"
        "create index docs_ops on docs (notes text_pattern_ops);"
        "alter table docs enable row level security",
    )
    source = written.source
    # a type without a constructor of its own is declared exactly with custom_type
    assert 'tsvector = custom_type("tsvector")' in source
    assert '"body": tsvector(),' in source
    assert ").enable_rls()" in source  # row level security is declared
    assert written.todos == [
        "docs: index docs_notes: the expression lower(notes) cannot be declared descending "
        "or nulls first; it is declared ascending, nulls last",
        "docs: index docs_ops: operator class text_pattern_ops on notes has no declaration; "
        "the default class is used",
    ]
    changes = _changes(live, module)
    assert not any("column body" in c for c in changes)  # tsvector came back as tsvector


def test_a_foreign_key_to_a_table_that_was_not_pulled(db: Database, tmp_path: Path) -> None:
    db.execute(
        "create table users (id integer primary key);"
        "create table posts (id integer primary key, author integer references users(id))"
    )
    live = INTROSPECTOR.snapshot(db)
    del live["tables"]["public.users"]  # what tables_filter=["posts"] leaves
    written = WRITER.write(live)
    assert ".references(" not in written.source and "foreign_key" not in written.source
    assert written.edges == []
    assert written.todos == [
        "posts: foreign key posts_author_fkey references public.users, which was not pulled; "
        "it is left out"
    ]


def test_views_with_options_and_materialized_views(
    db: Database, other: Database, tmp_path: Path
) -> None:
    written, live, module = _pull(
        db,
        tmp_path,
        "create table products (id integer primary key, name text not null, price integer);"
        "create view cheap with (check_option = cascaded, security_barrier = true)"
        " as select id, name from products where price < 10;"
        "create materialized view totals with (fillfactor = 70)"
        " as select count(*) as n, max(price) as top from products",
    )
    source = formatted(written.source)
    assert (
        "cheap = (\n"
        "    pg_view(\n"
        '        "cheap",\n'
        "        {\n"
        '            "id": integer(),\n'
        '            "name": text(),\n'
        "        },\n"
        "    )\n"
        '    .with_(check_option="cascaded", security_barrier=True)\n'
        "    .as_(sql(_SQL_1))\n"
        ")"
    ) in source
    assert "totals = (\n    pg_materialized_view(\n" in source
    assert ".with_(fillfactor=70)" in source
    assert '"top": integer(),' in source
    assert written.todos == []
    assert _changes(live, module) == []
    _same_catalog(db, other, module)


def test_row_level_security_policies_are_declared(db: Database, tmp_path: Path) -> None:
    """Policies come back as ``pg_policy(...)`` in the table's extras (only the options that
    are not the defaults) and the module serialises to the same policies."""
    written, live, module = _pull(
        db,
        tmp_path,
        "create table notes (id integer primary key, owner text);"
        "create policy mine on notes as restrictive for update to public using (owner = 'x');"
        "create policy anyone on notes with check (true);"
        "create table plain (id integer);"
        "alter table plain enable row level security",
    )
    source = written.source
    assert 'pg_policy("anyone", with_check=sql("true"))' in source
    assert (
        'pg_policy("mine", as_="restrictive", for_="update", '
        "using=sql(\"(owner = 'x'::text)\"))" in source
    )
    assert ").enable_rls()" in source
    assert written.todos == []
    assert _changes(live, module) == []
