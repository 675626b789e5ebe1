"""Tables for the seeding tests, declared for any engine: unique email + slug, a NOT NULL
foreign key, a composite-PK junction table, and a length/enum-constrained table."""

from __future__ import annotations

from typing import Any

from harness import relations
from tests.support.declare import Builder, TableFn


def build(dialect: str) -> dict[str, Any]:
    table: TableFn
    int_: Builder
    text: Builder
    pk: Builder
    stamp: Builder
    flag: Builder
    enum_col: Builder
    if dialect == "postgres":
        from harness import pg
        from harness.pg import primary_key

        table, int_, text = pg.pg_table, pg.integer, lambda: pg.varchar(length=40)
        pk = lambda: pg.integer().primary_key().generated_always_as_identity()  # noqa: E731
        stamp, flag = pg.timestamp, pg.boolean
        enum_col = lambda: pg.text(enum=["draft", "live"])  # noqa: E731
    elif dialect == "mysql":
        from harness import mysql
        from harness.mysql import primary_key

        table, int_, text = mysql.mysql_table, mysql.int_, lambda: mysql.varchar(length=40)
        pk = lambda: mysql.int_().primary_key().autoincrement()  # noqa: E731
        stamp, flag = mysql.datetime, mysql.boolean
        enum_col = lambda: mysql.mysql_enum(["draft", "live"])  # noqa: E731
    else:
        from harness import sqlite
        from harness.sqlite import primary_key

        table, int_, text = sqlite.sqlite_table, sqlite.integer, lambda: sqlite.text(length=40)
        pk = lambda: sqlite.integer().primary_key(auto_increment=True)  # noqa: E731
        stamp = lambda: sqlite.integer(mode="timestamp")  # noqa: E731
        flag = lambda: sqlite.integer(mode="boolean")  # noqa: E731
        enum_col = lambda: sqlite.text(enum=["draft", "live"])  # noqa: E731
    authors = table(
        "authors",
        {
            "id": pk(),
            "email": text().not_null().unique(),
            "name": text().not_null(),
            "joined_at": stamp(),
            "active": flag(),
        },
    )
    articles = table(
        "articles",
        {
            "id": pk(),
            "slug": text().not_null().unique(),
            "title": text(),
            "status": enum_col().not_null(),
            "author_id": int_().not_null().references(lambda: authors.id),
            "editor_id": int_().references(lambda: authors.id),
        },
    )
    tags = table("tags", {"id": pk(), "label": text().not_null().unique()})
    article_tags = table(
        "article_tags",
        {
            "article_id": int_().not_null().references(lambda: articles.id),
            "tag_id": int_().not_null().references(lambda: tags.id),
        },
        lambda t: [primary_key(columns=[t.article_id, t.tag_id])],
    )
    return {
        "authors": authors,
        "articles": articles,
        "tags": tags,
        "article_tags": article_tags,
        "authors_relations": relations(
            authors, lambda r: {"articles": r.many(articles, relation_name="author")}
        ),
        "articles_relations": relations(
            articles,
            lambda r: {
                "author": r.one(
                    authors,
                    fields=[articles.author_id],
                    references=[authors.id],
                    relation_name="author",
                ),
            },
        ),
    }
