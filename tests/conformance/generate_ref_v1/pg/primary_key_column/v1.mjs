import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const codes = pgTable("codes", {
  id: integer().primaryKey(),
  label: text(),
});
