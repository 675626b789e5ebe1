import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const codes = pgTable("codes", {
  id: integer().notNull(),
  label: text(),
});
