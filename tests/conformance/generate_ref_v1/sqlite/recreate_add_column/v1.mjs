// title NOT NULL (recreation) while tag and views are added.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const notes = sqliteTable("notes", {
  id: integer().primaryKey(),
  title: text().notNull(),
  body: text(),
  titleLen: integer("title_len").generatedAlwaysAs(sql`length("title")`, { mode: "virtual" }),
  tag: text().default("none"),
  views: integer().notNull().default(0),
});
