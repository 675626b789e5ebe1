// Columns added with constant defaults (ALTER TABLE ... ADD ... DEFAULT).
import { sql } from "drizzle-orm";
import { blob, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const settings = sqliteTable("settings", {
  id: integer().primaryKey(),
  label: text().default("off"),
  count: integer().default(10),
  ratio: real().default(1.5e-7),
  enabled: integer({ mode: "boolean" }).default(true),
  tags: text({ mode: "json" }).default({ k: [1, 2] }),
  created: integer().default(sql`(unixepoch() * 1000)`),
  raw: blob().default(sql`x'00ff'`),
  theme: text().notNull().default("dark"),
  limits: text({ mode: "json" }).default([]),
  weight: real().default(2),
});
