import { integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const items = pgTable("items", {
  id: integer().primaryKey(),
  qty: integer().default(1),
  code: varchar({ length: 32 }),
  status: text().default("new"),
});
