from harness import sql
from harness.pg import index, integer, jsonb, pg_table, text, timestamp, unique_index

events = pg_table(
    "events",
    {
        "id": integer().primary_key(),
        "kind": text().not_null(),
        "payload": jsonb(),
        "happened_at": timestamp(),
        "score": integer(),
    },
    lambda t: [
        unique_index("events_kind_time_idx").on(t.kind, t.happened_at.desc()),
        index("events_score_idx").on(t.score.desc().nulls_last()).where(sql("{} > 10", t.score)),
        index("events_payload_idx").using("gin", t.payload),
    ],
)
