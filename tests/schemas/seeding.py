"""Tables for the seeding tests, declared for any engine: unique email + slug, a NOT NULL
foreign key, a composite-PK junction table, and a length/enum-constrained table."""

from __future__ import annotations

from typing import Any

from harness import relations


def build(dialect: str) -> dict[str, Any]:
    if dialect == "postgres":
        from harness import pg as d

        table, int_, text = d.pg_table, d.integer, lambda n=None: d.varchar(n, length=40)
        pk = lambda: d.integer().primary_key().generated_always_as_identity()  # noqa: E731
        stamp, flag = d.timestamp, d.boolean
        enum_col = lambda: d.text(enum=["draft", "live"])  # noqa: E731
    elif dialect == "mysql":
        from harness import mysql as d

        table, int_, text = d.mysql_table, d.int_, lambda n=None: d.varchar(n, length=40)
        pk = lambda: d.int_().primary_key().autoincrement()  # noqa: E731
        stamp, flag = d.datetime, d.boolean
        enum_col = lambda: d.mysql_enum(["draft", "live"])  # noqa: E731
    else:
        from harness import sqlite as d

        table, int_, text = d.sqlite_table, d.integer, lambda n=None: d.text(n, length=40)
        pk = lambda: d.integer().primary_key(auto_increment=True)  # noqa: E731
        stamp, flag = (lambda: d.integer(mode="timestamp")), (lambda: d.integer(mode="boolean"))
        enum_col = lambda: d.text(enum=["draft", "live"])  # noqa: E731
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
        lambda t: [d.primary_key(columns=[t.article_id, t.tag_id])],
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
