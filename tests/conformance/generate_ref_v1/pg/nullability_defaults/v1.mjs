import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", {
  id: integer().primaryKey(),
  title: text().default("untitled").notNull(),
  body: text(),
  pinned: boolean().default(false),
  rank: integer().default(sql`10 + 1`),
  color: text(),
});
