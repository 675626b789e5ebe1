// items: price gets a default, code loses NOT NULL; logs: level gets a default, msg a length.
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable(
  "items",
  {
    id: integer().primaryKey(),
    name: text().notNull(),
    qty: real(),
    price: real().default(9.5),
    note: text(),
    code: text(),
  },
  (t) => [index("items_name_idx").on(t.name)],
);

export const logs = sqliteTable("logs", {
  id: integer().primaryKey(),
  level: integer().default(1),
  msg: text({ length: 200 }),
});
