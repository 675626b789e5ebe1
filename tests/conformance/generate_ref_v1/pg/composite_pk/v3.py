from harness.pg import integer, pg_table

memberships = pg_table(
    "memberships",
    {
        "user_id": integer().not_null(),
        "group_id": integer().not_null(),
        "role_id": integer().not_null(),
    },
)
