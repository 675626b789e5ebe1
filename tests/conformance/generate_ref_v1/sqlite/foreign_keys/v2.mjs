// the reference's actions change (table recreated).
import { foreignKey, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const parents = sqliteTable("parents", { id: integer().primaryKey(), code: text().notNull() });

export const children = sqliteTable("children", {
  id: integer().primaryKey(),
  parentId: integer("parent_id").references(() => parents.id, { onDelete: "cascade", onUpdate: "cascade" }),
});
