import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer().primaryKey(), note: text() });
export const old_log = pgTable("old_log", { id: integer().primaryKey(), line: text() });
