from harness.pg import integer, pg_table, text

people = pg_table(
    "people",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "nickname": text(),
        "age": integer(),
    },
)
