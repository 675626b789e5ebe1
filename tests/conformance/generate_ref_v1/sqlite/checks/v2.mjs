// The age check dropped.
import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const people = sqliteTable(
  "people",
  { id: integer().primaryKey(), age: integer(), name: text() },
  (t) => [check("people_name_check", sql`length(${t.name}) > 0`)],
);
