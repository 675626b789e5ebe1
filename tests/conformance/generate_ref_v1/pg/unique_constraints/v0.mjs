import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const handles = pgTable("handles", {
  id: integer().primaryKey(),
  name: text().unique(),
  domain: text(),
  local: text(),
});
