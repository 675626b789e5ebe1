// Views created, redefined (dropped and created), dropped.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, sqliteView, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable("items", { id: integer().primaryKey(), name: text(), price: integer() });

export const cheap = sqliteView("cheap").as((qb) =>
  qb.select({ id: items.id, name: items.name }).from(items).where(sql`${items.price} < 10`),
);
