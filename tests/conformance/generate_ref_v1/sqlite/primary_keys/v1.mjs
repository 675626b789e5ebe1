// notes.id becomes the primary key; links gets a composite primary key (a, b).
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const links = sqliteTable(
  "links",
  { a: integer().notNull(), b: integer().notNull(), c: integer().notNull() },
  (t) => [primaryKey({ columns: [t.a, t.b] })],
);

export const notes = sqliteTable("notes", { id: integer().primaryKey(), body: text() });
