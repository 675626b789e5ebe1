import { index, integer, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const archive = pgSchema("archive");
export const keep = pgTable("keep", { id: integer().primaryKey(), note: text(), extra: integer() });
export const records = archive.table("records", {
  id: integer().primaryKey(),
  keep_id: integer().references(() => keep.id, { onDelete: "cascade" }),
}, (t) => [index("records_keep_idx").on(t.keep_id)]);
