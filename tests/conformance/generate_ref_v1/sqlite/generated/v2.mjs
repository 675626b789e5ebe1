// area's expression changes.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const boxes = sqliteTable("boxes", {
  id: integer().primaryKey(),
  w: integer(),
  h: integer(),
  label: text().generatedAlwaysAs(sql`'box ' || "id"`, { mode: "stored" }),
  area: integer().generatedAlwaysAs(sql`"w" * "h" * 2`, { mode: "virtual" }),
});
