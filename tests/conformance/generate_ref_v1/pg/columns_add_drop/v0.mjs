import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  id: integer().primaryKey(),
  name: text().notNull(),
  nickname: text(),
  age: integer(),
});
