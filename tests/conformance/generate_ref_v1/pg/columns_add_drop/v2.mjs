import { boolean, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  id: integer().primaryKey(),
  name: text().notNull(),
  email: varchar({ length: 256 }),
  verified: boolean().default(false).notNull(),
});
