import { integer, pgTable } from "drizzle-orm/pg-core";

export const boxes = pgTable("boxes", {
  id: integer().primaryKey(),
  w: integer().notNull(),
  h: integer().notNull(),
  area: integer(),
});
