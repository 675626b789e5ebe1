// links' composite key dropped; notes.id no longer the primary key.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const links = sqliteTable("links", { a: integer().notNull(), b: integer().notNull(), c: integer().notNull() });

export const notes = sqliteTable("notes", { id: integer().notNull(), body: text() });
