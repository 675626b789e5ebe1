from harness.pg import integer, pg_table, primary_key

memberships = pg_table(
    "memberships",
    {
        "user_id": integer().not_null(),
        "group_id": integer().not_null(),
        "role_id": integer().not_null(),
    },
    lambda t: [primary_key(columns=[t.user_id, t.role_id], name="memberships_pk")],
)
