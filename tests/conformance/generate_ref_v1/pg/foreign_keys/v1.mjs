import { foreignKey, integer, pgTable, serial, text } from "drizzle-orm/pg-core";

export const authors = pgTable("authors", {
  id: serial().primaryKey(),
  name: text(),
});

export const books = pgTable("books", {
  id: serial().primaryKey(),
  author_id: integer().references(() => authors.id, { onDelete: "cascade", onUpdate: "restrict" }),
  editor_id: integer(),
}, (t) => [foreignKey({ name: "books_editor_fk", columns: [t.editor_id], foreignColumns: [authors.id] }).onDelete("set null")]);
