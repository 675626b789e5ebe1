from harness.pg import foreign_key, integer, pg_table, serial, text

authors = pg_table("authors", {"id": serial().primary_key(), "name": text()})

books = pg_table(
    "books",
    {
        "id": serial().primary_key(),
        "author_id": integer().references(
            lambda: authors.id, on_delete="cascade", on_update="restrict"
        ),
        "editor_id": integer(),
    },
    lambda t: [
        foreign_key([t.editor_id], [authors.id], name="books_editor_fk").on_delete("set null")
    ],
)
