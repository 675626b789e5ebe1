import { integer, pgTable, serial, text } from "drizzle-orm/pg-core";

export const authors = pgTable("authors", {
  id: serial().primaryKey(),
  name: text(),
});

export const books = pgTable("books", {
  id: serial().primaryKey(),
  author_id: integer(),
  editor_id: integer(),
});
