import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const tickets = pgTable("tickets", {
  id: integer().notNull(),
  num: integer().notNull(),
  label: text(),
});
