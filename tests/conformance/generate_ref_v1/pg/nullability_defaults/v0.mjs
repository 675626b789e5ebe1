import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", {
  id: integer().primaryKey(),
  title: text(),
  body: text().notNull(),
  pinned: boolean(),
  rank: integer().default(5),
  color: text().default("blue"),
});
