import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const prices = pgTable("prices", {
  id: integer().primaryKey(),
  amount: integer().notNull(),
}, (t) => [check("amount_positive", sql`${t.amount} > 0`)]);
