// items: qty integer -> real, name NOT NULL, note's default dropped.
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable(
  "items",
  {
    id: integer().primaryKey(),
    name: text().notNull(),
    qty: real(),
    price: real(),
    note: text(),
    code: text().notNull(),
  },
  (t) => [index("items_name_idx").on(t.name)],
);

export const logs = sqliteTable("logs", { id: integer().primaryKey(), level: integer(), msg: text() });
