// Columns added (plain, default, NOT NULL with default, unique, referencing), then dropped.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const orgs = sqliteTable("orgs", { id: integer().primaryKey() });

export const users = sqliteTable("users", { id: integer().primaryKey(), name: text() });
