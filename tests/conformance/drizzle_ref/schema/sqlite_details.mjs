// DDL details drizzle-kit writes for SQLite: a partial index's condition keeps its table name.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const projects = sqliteTable(
  "projects",
  { id: integer().primaryKey(), status: text().notNull() },
  (t) => [index("active_idx").on(t.id).where(sql`${t.status} <> 'b'`)],
);
