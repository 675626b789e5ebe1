// area becomes a plain column.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const boxes = sqliteTable("boxes", {
  id: integer().primaryKey(),
  w: integer(),
  h: integer(),
  label: text().generatedAlwaysAs(sql`'box ' || "id"`, { mode: "stored" }),
  area: integer(),
});
