// Column type, NOT NULL and default changes: SQLite cannot ALTER them, the table is recreated
// (with its indexes); two tables recreated in one migration share one PRAGMA pair.
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable(
  "items",
  {
    id: integer().primaryKey(),
    name: text(),
    qty: integer(),
    price: real(),
    note: text().default("x"),
    code: text().notNull(),
  },
  (t) => [index("items_name_idx").on(t.name)],
);

export const logs = sqliteTable("logs", { id: integer().primaryKey(), level: integer(), msg: text() });
