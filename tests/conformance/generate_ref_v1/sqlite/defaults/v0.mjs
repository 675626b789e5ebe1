// Defaults of every JSON kind: created, changed (recreation), added with new columns.
import { sql } from "drizzle-orm";
import { blob, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const settings = sqliteTable("settings", {
  id: integer().primaryKey(),
  label: text().default("it's \"on\""),
  count: integer().default(-3),
  ratio: real().default(0.25),
  enabled: integer({ mode: "boolean" }).default(false),
  tags: text({ mode: "json" }).default(["a", "b"]),
  created: integer().default(sql`(unixepoch())`),
  raw: blob(),
});
