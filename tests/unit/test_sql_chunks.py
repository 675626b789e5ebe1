"""The chunk tree and operators without a database: rendering rules Drizzle users rely on."""

from __future__ import annotations

from typing import Any

import pytest

from harness import (
    SchemaError,
    and_,
    count,
    eq,
    in_array,
    not_in_array,
    or_,
    sql,
    to_camel_case,
    to_snake_case,
)
from harness.core.database import Database
from harness.mysql.dialect import MySqlDialect
from harness.pg import integer, pg_table, text, varchar
from harness.pg.dialect import PgDialect
from harness.sqlite.dialect import SQLiteDialect


class NoSession:
    client = None

    def run(self, *a: Any, **k: Any) -> Any:
        raise AssertionError("unit tests never execute")

    def stream(self, *a: Any, **k: Any) -> Any:
        raise AssertionError("nothing runs here")

    def run_dicts(self, *a: Any, **k: Any) -> Any:
        raise AssertionError("unit tests never execute")

    def close(self) -> None: ...

    def describe(self) -> str:
        return "none"


def make_db(dialect: Any, casing: str | None = None) -> Database:
    return Database(NoSession(), dialect, casing=casing)


users = pg_table("users", {"id": integer().primary_key(), "name": text(), "firstName": varchar()})


def test_template_values_become_params_and_columns_identifiers() -> None:
    q = sql("select {} from {} where {} > {}", users.id, users, users.id, 10)
    assert PgDialect().to_sql(q) == (
        'select "users"."id" from "users" where "users"."id" > $1',
        [10],
    )
    assert MySqlDialect().to_sql(q) == (
        "select `users`.`id` from `users` where `users`.`id` > ?",
        [10],
    )


def test_template_slot_count_is_checked() -> None:
    with pytest.raises(ValueError, match="2 '\\{\\}' slots but 1 values"):
        sql("{} {}", 1)


def test_raw_identifier_join_placeholder() -> None:
    q = sql.join([sql.identifier("a"), sql.raw("1"), sql.placeholder("p")], sql.raw(", "))
    text, params = PgDialect().to_sql(q)
    assert text == '"a", 1, $1'
    assert [repr(p) for p in params] == ["Placeholder('p')"]


def test_identifier_quotes_are_doubled() -> None:
    assert PgDialect().to_sql(sql("{}", sql.identifier('we"ird')))[0] == '"we""ird"'
    assert MySqlDialect().to_sql(sql("{}", sql.identifier("we`ird")))[0] == "`we``ird`"


def test_inline_params_writes_literals() -> None:
    q = sql("select {}, {}, {}", "it's", 3, None).inline_params()
    assert PgDialect().to_sql(q) == ("select 'it''s', 3, null", [])


def test_as_and_map_with() -> None:
    expr = sql("count(*)").map_with(int).as_("n")
    db = make_db(PgDialect())
    text, _ = db.select({"n": expr}).from_(users).to_sql()
    assert text == 'select count(*) as "n" from "users"'


def test_and_or_drop_none_and_unwrap_single() -> None:
    d = PgDialect()
    assert and_() is None
    assert and_(None, None) is None
    single = and_(eq(users.id, 1), None)
    assert single is not None
    assert d.to_sql(single) == ('"users"."id" = $1', [1])
    both = or_(eq(users.id, 1), eq(users.id, 2))
    assert both is not None
    assert d.to_sql(both) == ('("users"."id" = $1 or "users"."id" = $2)', [1, 2])


def test_empty_in_array_renders_constant() -> None:
    d = PgDialect()
    assert d.to_sql(in_array(users.id, [])) == ("false", [])
    assert d.to_sql(not_in_array(users.id, [])) == ("true", [])
    assert d.to_sql(in_array(users.id, [1, 2])) == ('"users"."id" in ($1, $2)', [1, 2])


def test_mysql_driver_text_escapes_percent_and_uses_format_placeholders() -> None:
    q = sql("select '100%' where {} like {}", users.name, "a%")
    assert MySqlDialect().to_sql(q)[0] == "select '100%' where `users`.`name` like ?"
    assert MySqlDialect().to_driver(q)[0] == "select '100%%' where `users`.`name` like %s"


def test_same_builder_compiles_for_every_dialect() -> None:
    for dialect, expected in [
        (PgDialect(), 'select "id" from "users" where "users"."id" = $1'),
        (MySqlDialect(), "select `id` from `users` where `users`.`id` = ?"),
        (SQLiteDialect(), 'select "id" from "users" where "users"."id" = ?'),
    ]:
        db = make_db(dialect)
        assert db.select({"id": users.id}).from_(users).where(eq(users.id, 1)).to_sql() == (
            expected,
            [1],
        )


def test_casing_renames_only_unnamed_columns() -> None:
    t = pg_table("people", {"firstName": text(), "lastName": text("SURNAME")})
    db = make_db(PgDialect(), casing="snake_case")
    assert db.select().from_(t).to_sql()[0] == 'select "first_name", "SURNAME" from "people"'
    assert to_snake_case("userID2Name") == "user_id_2_name"  # Drizzle splits digit runs
    assert to_camel_case("first_name") == "firstName"


def test_casing_collision_is_a_schema_error() -> None:
    t = pg_table("people", {"firstName": text(), "first_name": text("x")})
    clash = pg_table("clash", {"firstName": text(), "first_name": integer()})
    with pytest.raises(SchemaError, match="both become 'first_name'"):
        Database(NoSession(), PgDialect(), casing="snake_case", schema={"clash": clash})
    assert t.firstName.db_name(None) == "firstName"


def test_reused_column_dict_gives_each_table_its_own_columns() -> None:
    timestamps = {"created_at": integer(), "updated_at": integer()}
    a = pg_table("a", {"id": integer(), **timestamps})
    b = pg_table("b", {"id": integer(), **timestamps})
    assert a.created_at is not b.created_at
    assert a.created_at.table is a and b.created_at.table is b


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: pg_table("t", {"a": integer("x"), "b": integer("x")}), "both map to"),
        (lambda: pg_table("t" * 64, {"a": integer()}), "longer than"),
        (lambda: pg_table("t", {"a": integer("c" * 64)}), "longer than"),
        (lambda: pg_table("t", {}), "at least one column"),
        (lambda: pg_table("t", {"a": text(enum=[])}), "enum needs at least one value"),
        (lambda: pg_table("t", {"_name": text()}), "collides"),
        (lambda: pg_table("t", {"a": 5}), "expected a column builder"),  # type: ignore[dict-item]
    ],
)
def test_invalid_declarations_name_table_and_column(build: Any, message: str) -> None:
    with pytest.raises(SchemaError, match=message) as info:
        build()
    assert "'t" in str(info.value)


def test_count_decodes_to_int() -> None:
    expr = count()
    assert expr.decoder is not None
    assert expr.decoder("5") == 5


def test_primary_key_on_nothing_names_the_table() -> None:
    from harness.pg import primary_key

    t = pg_table("pk_less", {"a": integer()}, lambda t: [primary_key(columns=[])])
    with pytest.raises(SchemaError, match=r"'pk_less'.*lists no column"):
        _ = t._primary_keys


def test_foreign_key_to_another_dialect_is_rejected() -> None:
    from harness.sqlite import integer as sqlite_integer
    from harness.sqlite import sqlite_table

    other = sqlite_table("owners", {"id": sqlite_integer().primary_key()})
    t = pg_table("pets", {"owner_id": integer().references(lambda: other.id)})
    with pytest.raises(SchemaError, match=r"'pets', column 'owner_id'.*sqlite table"):
        _ = t._foreign_keys
