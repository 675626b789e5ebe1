import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const events = pgTable("events", {
  id: integer().primaryKey(),
  kind: text().notNull(),
  payload: jsonb(),
  happened_at: timestamp(),
  score: integer(),
});
