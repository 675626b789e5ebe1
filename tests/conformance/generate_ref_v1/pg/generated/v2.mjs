import { sql } from "drizzle-orm";
import { integer, pgTable } from "drizzle-orm/pg-core";

export const boxes = pgTable("boxes", {
  id: integer().primaryKey(),
  w: integer().notNull(),
  h: integer().notNull(),
  area: integer().generatedAlwaysAs(sql`w * h * 2`),
});
