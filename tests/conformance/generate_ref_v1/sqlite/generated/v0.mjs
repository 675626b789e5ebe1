// Generated columns: a VIRTUAL one added, its expression changed, then made a plain column
// (each drop + add); a STORED one created with its table.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const boxes = sqliteTable("boxes", {
  id: integer().primaryKey(),
  w: integer(),
  h: integer(),
  label: text().generatedAlwaysAs(sql`'box ' || "id"`, { mode: "stored" }),
});
