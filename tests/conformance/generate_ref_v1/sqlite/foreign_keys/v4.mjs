// a named two-column foreign key (table level) added.
import { foreignKey, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const parents = sqliteTable("parents", { id: integer().primaryKey(), code: text().notNull() });

export const children = sqliteTable(
  "children",
  {
    id: integer().primaryKey(),
    parentId: integer("parent_id").references(() => parents.id, { onDelete: "cascade", onUpdate: "cascade" }),
    sponsorId: integer("sponsor_id").references(() => parents.id),
    code: text(),
  },
  (t) => [foreignKey({ columns: [t.parentId, t.code], foreignColumns: [parents.id, parents.code], name: "children_pair_fk" })],
);
