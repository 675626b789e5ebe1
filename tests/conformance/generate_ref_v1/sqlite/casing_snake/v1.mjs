// leftAt added, with an index.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const teamMembers = sqliteTable(
  "team_members",
  {
    teamId: integer().notNull().references(() => teams.id),
    userName: text().notNull(),
    joinedAt: integer(),
    leftAt: integer(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userName] }),
    index("members_joined_idx").on(t.joinedAt),
    index("members_left_idx").on(t.leftAt),
  ],
);

export const teams = sqliteTable(
  "teams",
  { id: integer().primaryKey(), displayName: text().unique(), maxSize: integer().default(5) },
  (t) => [check("teams_size_check", sql`${t.maxSize} > 0`)],
);
