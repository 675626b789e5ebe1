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
        index().on(t.kind),
        unique_index("events_kind_time_idx").on(t.kind, t.happened_at.desc()),
        index("events_score_idx").on(t.score.desc().nulls_last()).where(sql("{} > 0", t.score)),
        index("events_payload_idx").using("gin", t.payload),
        index("events_lower_kind_idx").on(sql("lower({})", t.kind)),
        index("events_time_idx").on(t.happened_at.asc().nulls_first()),
    ],
)
