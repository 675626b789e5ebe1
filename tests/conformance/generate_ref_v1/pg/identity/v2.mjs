import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const tickets = pgTable("tickets", {
  id: integer().notNull(),
  num: integer().generatedByDefaultAsIdentity({ startWith: 100, increment: 5, cache: 10, cycle: true }),
  label: text(),
});
