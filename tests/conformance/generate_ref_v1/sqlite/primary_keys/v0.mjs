// Primary keys: set on a column, autoincrement added, a composite key added and changed.
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const links = sqliteTable("links", { a: integer().notNull(), b: integer().notNull(), c: integer().notNull() });

export const notes = sqliteTable("notes", { id: integer().notNull(), body: text() });
