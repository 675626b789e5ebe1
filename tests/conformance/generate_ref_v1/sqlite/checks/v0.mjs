// Checks added, changed, dropped: each recreates the table.
import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const people = sqliteTable(
  "people",
  { id: integer().primaryKey(), age: integer(), name: text() },
  (t) => [check("people_age_check", sql`${t.age} >= 0`)],
);
