from harness.pg import boolean, integer, pg_table, text, varchar

people = pg_table(
    "people",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "email": varchar(length=256),
        "verified": boolean().default(False).not_null(),
    },
)
