import { integer, pgTable } from "drizzle-orm/pg-core";

export const prices = pgTable("prices", {
  id: integer().primaryKey(),
  amount: integer().notNull(),
});
