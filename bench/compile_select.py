"""Query building: compile a select with two joins, where, order_by, limit.

Every call builds the statement object and turns it into text + parameters; nothing runs.

Peers (two rows, ``harness`` against each):

- ``sqlalchemy_core_uncached``: SQLAlchemy Core compiling the same statement with no cache
  (a fresh ``stmt.compile(dialect=...)``, ``str()`` + ``.params``), what a first-time query
  costs;
- ``sqlalchemy_core_cached``: the same statement through SQLAlchemy's compiled cache, the way
  ``Connection.execute`` uses it (SQLAlchemy 2.x ``Connection._execute_clauseelement``): the
  statement's cache key is computed, the compiled form is looked up in an ``LRUCache`` (the
  engine's default ``compiled_cache``) by ``ClauseElement._compile_w_cache``, and the
  parameters of this call are extracted from the cache key and bound with
  ``construct_params``.  It calls that private method directly instead of executing on a
  connection so that neither side pays a driver round trip; it is what a warm application's
  execute pays before reaching the driver.  The statement's literal values (``"admin"``,
  ``5``, ``10``) become bound parameters, so every call hits the cache, as a steady-state
  application would.

The harness has no compiled cache: it builds and renders on every call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from harness import and_, connect, desc, eq, gt
from harness.pg import integer, pg_enum, pg_table, timestamp, varchar


def harness_case() -> Callable[[], Any]:
    roles = pg_enum("roles", ["guest", "user", "admin"])
    users = pg_table(
        "users",
        {
            "id": integer().primary_key(),
            "email": varchar().not_null(),
            "role": roles().default("guest"),
            "created_at": timestamp().default_now(),
        },
    )
    posts = pg_table(
        "posts",
        {"id": integer().primary_key(), "title": varchar(length=256), "owner_id": integer()},
    )
    comments = pg_table(
        "comments",
        {"id": integer().primary_key(), "text": varchar(length=256), "post_id": integer()},
    )
    from harness.core.database import Database
    from harness.pg.dialect import PgDialect

    db = Database(_NoSession(), PgDialect())

    def run() -> Any:
        return (
            db.select(
                {
                    "user_id": users.id,
                    "email": users.email,
                    "post_title": posts.title,
                    "comment_text": comments.text,
                }
            )
            .from_(users)
            .left_join(posts, eq(posts.owner_id, users.id))
            .inner_join(comments, eq(comments.post_id, posts.id))
            .where(and_(eq(users.role, "admin"), gt(users.id, 5)))
            .order_by(desc(users.id))
            .limit(10)
            .to_sql()
        )

    return run


def _sqlalchemy_tables() -> tuple[Any, Any, Any, Any]:
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql

    md = sa.MetaData()
    users = sa.Table(
        "users",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String, nullable=False),
        sa.Column("role", sa.Enum("guest", "user", "admin", name="roles")),
        sa.Column("created_at", sa.DateTime),
    )
    posts = sa.Table(
        "posts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(256)),
        sa.Column("owner_id", sa.Integer),
    )
    comments = sa.Table(
        "comments",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.String(256)),
        sa.Column("post_id", sa.Integer),
    )
    dialect = postgresql.psycopg.dialect()  # type: ignore[no-untyped-call]
    return users, posts, comments, dialect


def _sqlalchemy_statement(users: Any, posts: Any, comments: Any) -> Any:
    import sqlalchemy as sa

    return (
        sa.select(
            users.c.id.label("user_id"),
            users.c.email,
            posts.c.title.label("post_title"),
            comments.c.text.label("comment_text"),
        )
        .select_from(
            users.outerjoin(posts, posts.c.owner_id == users.c.id).join(
                comments, comments.c.post_id == posts.c.id
            )
        )
        .where(sa.and_(users.c.role == "admin", users.c.id > 5))
        .order_by(users.c.id.desc())
        .limit(10)
    )


def sqlalchemy_uncached() -> Callable[[], Any]:
    users, posts, comments, dialect = _sqlalchemy_tables()

    def run() -> Any:
        compiled = _sqlalchemy_statement(users, posts, comments).compile(dialect=dialect)
        return str(compiled), compiled.params

    return run


def sqlalchemy_cached() -> Callable[[], Any]:
    from sqlalchemy.util import LRUCache

    users, posts, comments, dialect = _sqlalchemy_tables()
    cache: LRUCache[Any, Any] = LRUCache(500)

    def run() -> Any:
        stmt = _sqlalchemy_statement(users, posts, comments)
        compiled, extracted, param_dict, _hit = stmt._compile_w_cache(
            dialect, compiled_cache=cache, column_keys=[]
        )
        if param_dict is None:
            param_dict = compiled.construct_params(extracted_parameters=extracted)
        return compiled.string, param_dict

    run()
    if len(cache) != 1:
        raise RuntimeError("SQLAlchemy's compiled cache was not used")
    return run


class _NoSession:
    """Compile-only: a session that refuses to run anything."""

    client = None

    def run(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("compile-only benchmark")

    def close(self) -> None:
        pass

    def describe(self) -> str:
        return "no connection"


CASES = {
    "harness": harness_case,
    "sqlalchemy_core_uncached": sqlalchemy_uncached,
    "sqlalchemy_core_cached": sqlalchemy_cached,
}
PAIRS = [("harness", "sqlalchemy_core_uncached"), ("harness", "sqlalchemy_core_cached")]
_ = connect  # public entry point kept imported for readers comparing with README examples
