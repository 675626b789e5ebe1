import { integer, pgTable, primaryKey } from "drizzle-orm/pg-core";

export const memberships = pgTable("memberships", {
  user_id: integer().notNull(),
  group_id: integer().notNull(),
  role_id: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.user_id, t.group_id] })]);
