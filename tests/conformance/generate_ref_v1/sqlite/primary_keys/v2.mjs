// notes.id autoincrements; links' composite key becomes (a, c).
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const links = sqliteTable(
  "links",
  { a: integer().notNull(), b: integer().notNull(), c: integer().notNull() },
  (t) => [primaryKey({ columns: [t.a, t.c] })],
);

export const notes = sqliteTable("notes", { id: integer().primaryKey({ autoIncrement: true }), body: text() });
