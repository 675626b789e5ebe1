"""create_columns v0: the Python twin of v0.mjs."""

from harness.mysql import (
    bigint,
    boolean,
    int_,
    json_,
    mysql_enum,
    mysql_table,
    text,
    timestamp,
    varchar,
)

users = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "name": varchar(length=256).not_null(),
        "age": int_().default(0),
        "score": bigint(mode="number").default(7),
        "active": boolean().default(True),
        "bio": text().default("it's me"),
        "prefs": json_().default({"theme": "dark"}),
        "role": mysql_enum(["a", "b"]).default("a"),
        "created_at": timestamp("created_at").default_now().not_null(),
        "updated_at": timestamp("updated_at").default_now().on_update_now(),
    },
)
