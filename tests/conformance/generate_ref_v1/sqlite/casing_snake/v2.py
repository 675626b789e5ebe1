"""teams.displayName NOT NULL (mirrors v2.mjs)."""

from harness import sql
from harness.sqlite import SQLiteTable, check, index, integer, primary_key, sqlite_table, text

teams: SQLiteTable = sqlite_table(
    "teams",
    {
        "id": integer().primary_key(),
        "displayName": text().not_null().unique(),
        "maxSize": integer().default(5),
    },
    lambda t: [check("teams_size_check", sql("{} > 0", t.maxSize))],
)

team_members = sqlite_table(
    "team_members",
    {
        "teamId": integer().not_null().references(lambda: teams.id),
        "userName": text().not_null(),
        "joinedAt": integer(),
        "leftAt": integer(),
    },
    lambda t: [
        primary_key(columns=[t.teamId, t.userName]),
        index("members_joined_idx").on(t.joinedAt),
        index("members_left_idx").on(t.leftAt),
    ],
)
