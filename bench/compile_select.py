"""Query building: compile a select with two joins, where, order_by, limit.

Anchor: SQLAlchemy Core compiling the same statement with its compiled cache disabled
(``compiled_cache=None`` semantics: a fresh ``str(stmt.compile(dialect=...))`` each time),
which is what a first-time query costs.  Both sides build the statement object and compile it
to text + parameters in every iteration.
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


def sqlalchemy_case() -> Callable[[], Any]:
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
    dialect = postgresql.psycopg.dialect()

    def run() -> Any:
        stmt = (
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
        compiled = stmt.compile(dialect=dialect)
        return str(compiled), compiled.params

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


CASES = {"harness": harness_case, "sqlalchemy_core_uncached": sqlalchemy_case}
ANCHOR = "sqlalchemy_core_uncached"
_ = connect  # public entry point kept imported for readers comparing with README examples
