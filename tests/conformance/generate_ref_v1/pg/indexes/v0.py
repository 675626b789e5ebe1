from harness.pg import integer, jsonb, pg_table, text, timestamp

events = pg_table(
    "events",
    {
        "id": integer().primary_key(),
        "kind": text().not_null(),
        "payload": jsonb(),
        "happened_at": timestamp(),
        "score": integer(),
    },
)
