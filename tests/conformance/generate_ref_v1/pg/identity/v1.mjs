import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const tickets = pgTable("tickets", {
  id: integer().notNull(),
  num: integer().generatedAlwaysAsIdentity({ startWith: 100, increment: 2 }),
  label: text(),
});
