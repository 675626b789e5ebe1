import { sql } from "drizzle-orm";
import { bigint, boolean, integer, jsonb, numeric, pgTable, serial, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const accounts = pgTable("accounts", {
  id: serial().primaryKey(),
  handle: varchar({ length: 32 }).notNull(),
  bio: text(),
  active: boolean().default(true).notNull(),
  score: integer().default(0),
  balance: numeric({ precision: 12, scale: 2 }).default("0.00"),
  big: bigint({ mode: "number" }),
  settings: jsonb().default({ theme: "dark" }),
  tags: text().array().default(sql`'{}'::text[]`),
  token: uuid().defaultRandom(),
  created_at: timestamp({ withTimezone: true }).defaultNow().notNull(),
});
