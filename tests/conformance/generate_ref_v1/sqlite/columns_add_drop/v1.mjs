// Five columns added to users.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const orgs = sqliteTable("orgs", { id: integer().primaryKey() });

export const users = sqliteTable("users", {
  id: integer().primaryKey(),
  name: text(),
  bio: text(),
  age: integer().default(18),
  active: integer({ mode: "boolean" }).notNull().default(true),
  nick: text().unique(),
  orgId: integer("org_id").references(() => orgs.id, { onDelete: "set null" }),
});
