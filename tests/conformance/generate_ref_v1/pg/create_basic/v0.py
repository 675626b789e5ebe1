from harness import sql
from harness.pg import (
    bigint,
    boolean,
    integer,
    jsonb,
    numeric,
    pg_table,
    serial,
    text,
    timestamp,
    uuid,
    varchar,
)

accounts = pg_table(
    "accounts",
    {
        "id": serial().primary_key(),
        "handle": varchar(length=32).not_null(),
        "bio": text(),
        "active": boolean().default(True).not_null(),
        "score": integer().default(0),
        "balance": numeric(precision=12, scale=2).default("0.00"),
        "big": bigint(mode="number"),
        "settings": jsonb().default({"theme": "dark"}),
        "tags": text().array().default(sql("'{{}}'::text[]")),
        "token": uuid().default_random(),
        "created_at": timestamp(with_timezone=True).default_now().not_null(),
    },
)
