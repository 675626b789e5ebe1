from harness import sql
from harness.pg import boolean, integer, pg_table, text, varchar

people = pg_table(
    "people",
    {
        "id": integer().primary_key(),
        "name": text().not_null(),
        "nickname": text(),
        "age": integer(),
        "email": varchar(length=256),
        "verified": boolean().default(False).not_null(),
        "seq": integer().generated_by_default_as_identity(start_with=10),
        "name_upper": text().generated_always_as(sql("upper(name)")),
    },
)
