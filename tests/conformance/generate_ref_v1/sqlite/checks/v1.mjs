// The age check changes; a name check is added.
import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const people = sqliteTable(
  "people",
  { id: integer().primaryKey(), age: integer(), name: text() },
  (t) => [
    check("people_age_check", sql`${t.age} >= 0 and ${t.age} < 200`),
    check("people_name_check", sql`length(${t.name}) > 0`),
  ],
);
