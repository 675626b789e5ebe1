"""drizzle-kit 1.0 specifics (mirrors v0.mjs)."""

import datetime as dt

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
    {"id": integer(), "authorId": integer(), "title": text(), "slug": text().unique()},
    lambda t: [
        primary_key(columns=[t.id], name="posts_pkey"),
        foreign_key([t.authorId], [authors.id], name="posts_author_fk").on_delete("cascade"),
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
    },
)

tags = sqlite_table(
    "tags",
    {"id": integer().primary_key(), "label": text()},
    lambda t: [index("tags_label_idx").on(t.label)],
)
