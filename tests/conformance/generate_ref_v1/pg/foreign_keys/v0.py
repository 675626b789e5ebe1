from harness.pg import integer, pg_table, serial, text

authors = pg_table("authors", {"id": serial().primary_key(), "name": text()})

books = pg_table(
    "books",
    {
        "id": serial().primary_key(),
        "author_id": integer().references(lambda: authors.id),
        "editor_id": integer(),
    },
)
