"""editorId, titleLen, a stored generated column; tags dropped (mirrors v1.mjs)."""

import datetime as dt

from harness import sql
from harness.sqlite import (
    SQLiteTable,
    blob,
    foreign_key,
    index,
    integer,
    primary_key,
    sqlite_table,
    text,
)

authors: SQLiteTable = sqlite_table(
    "authors",
    {"id": integer().primary_key(), "email": text().unique("authors_email_key")},
)

posts = sqlite_table(
    "posts",
    {
        "id": integer(),
        "authorId": integer(),
        "title": text(),
        "slug": text().unique(),
        "editorId": integer(),
        "titleLen": integer().generated_always_as(sql('length("title")'), mode="virtual"),
    },
    lambda t: [
        primary_key(columns=[t.id], name="posts_pkey"),
        foreign_key([t.authorId], [authors.id], name="posts_author_fk").on_delete("cascade"),
        foreign_key([t.editorId], [authors.id], name="posts_editor_fk").on_update("restrict"),
        index("posts_slug_idx").on(t.slug),
    ],
)

stamps = sqlite_table(
    "stamps",
    {
        "id": integer().primary_key(),
        "at": integer(mode="timestamp").default(
            dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
        ),
        "raw": blob().default(b"hi"),
        "note": text().default("a\\b 'q'"),
        "doubled": integer().generated_always_as(sql('"id" * 2'), mode="stored"),
    },
)
