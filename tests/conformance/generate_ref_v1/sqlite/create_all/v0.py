"""Every kind of declaration drizzle-kit serialises for SQLite (mirrors v0.mjs)."""

from harness import sql
from harness.sqlite import (
    SQLiteTable,
    blob,
    check,
    foreign_key,
    index,
    integer,
    numeric,
    primary_key,
    real,
    sqlite_table,
    sqlite_view,
    text,
    unique,
    unique_index,
)

authors: SQLiteTable = sqlite_table(
    "authors",
    {
        "id": integer().primary_key(auto_increment=True),
        "name": text(length=100).not_null(),
        "email": text().not_null().unique(),
        "nickname": text().unique("authors_nick_key"),
        "age": integer(),
        "active": integer(mode="boolean").default(True),
        "score": real().default(1.5),
        "rank": integer().default(0),
        "bio": text().default("it's me"),
        "meta": text(mode="json").default({"a": 1}),
        "avatar": blob(),
        "price": numeric(),
        "created_at": integer("created_at", mode="timestamp")
        .not_null()
        .default(sql("(unixepoch())")),
        "name_len": integer("name_len").generated_always_as(sql('length("name")'), mode="virtual"),
        "upper_name": text("upper_name").generated_always_as(sql('upper("name")'), mode="stored"),
    },
    lambda t: [
        check("age_check", sql("{} >= 0", t.age)),
        unique().on(t.name, t.age),
        index("authors_lower_email_idx").on(sql("lower({})", t.email)),
        unique_index("authors_name_idx").on(t.name).where(sql("{} = 1", t.active)),
        index("authors_age_rank_idx").on(t.age, t.rank),
    ],
)

books = sqlite_table(
    "books",
    {
        "id": integer().primary_key(),
        "title": text().not_null(),
        "author_id": integer("author_id").references(
            lambda: authors.id, on_delete="cascade", on_update="restrict"
        ),
    },
)

book_tags = sqlite_table(
    "book_tags",
    {
        "book_id": integer("book_id").not_null(),
        "tag": text().not_null(),
        "note": text(),
    },
    lambda t: [
        primary_key(columns=[t.book_id, t.tag]),
        foreign_key([t.book_id], [books.id], name="tags_book_fk").on_delete("set null"),
        unique("book_tags_note_unique_c").on(t.note),
    ],
)

adults = sqlite_view("adults").as_(
    lambda qb: (
        qb.select({"id": authors.id, "name": authors.name})
        .from_(authors)
        .where(sql("{} > 17", authors.age))
    )
)

book_count = sqlite_view("book_count", {"n": integer()}).as_(sql("select count(*) as n from books"))
