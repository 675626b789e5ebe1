from harness.pg import PgTable, index, integer, pg_table, primary_key, text

teams: PgTable = pg_table(
    "teams",
    {
        "teamId": integer().primary_key(),
        "displayName": text().unique(),
        "createdBy": text().default("system"),
    },
)

team_members = pg_table(
    "team_members",
    {
        "teamId": integer().not_null().references(lambda: teams.teamId),
        "memberName": text().not_null(),
        "joinedAt": integer(),
    },
    lambda t: [primary_key(columns=[t.teamId, t.memberName]), index().on(t.joinedAt)],
)
