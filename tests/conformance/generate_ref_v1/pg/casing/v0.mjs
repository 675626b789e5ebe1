import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const teams = pgTable("teams", {
  teamId: integer().primaryKey(),
  displayName: text().unique(),
});

export const team_members = pgTable("team_members", {
  teamId: integer().notNull().references(() => teams.teamId),
  memberName: text().notNull(),
  joinedAt: integer(),
}, (t) => [primaryKey({ columns: [t.teamId, t.memberName] }), index().on(t.joinedAt)]);
