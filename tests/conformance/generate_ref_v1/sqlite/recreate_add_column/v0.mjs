// A recreation in the same migration as added columns, on a table with a generated column:
// drizzle-kit's INSERT ... SELECT names the added and generated columns and fails on SQLite
// (see fixed/WHY.md).
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const notes = sqliteTable("notes", {
  id: integer().primaryKey(),
  title: text(),
  body: text(),
  titleLen: integer("title_len").generatedAlwaysAs(sql`length("title")`, { mode: "virtual" }),
});
