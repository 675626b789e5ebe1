// cheap redefined; totals created (raw SQL with declared columns).
import { sql } from "drizzle-orm";
import { integer, sqliteTable, sqliteView, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable("items", { id: integer().primaryKey(), name: text(), price: integer() });

export const cheap = sqliteView("cheap").as((qb) =>
  qb.select({ id: items.id, name: items.name }).from(items).where(sql`${items.price} < 20`),
);

export const totals = sqliteView("totals", { n: integer(), total: integer() }).as(
  sql`select count(*) as n, sum(price) as total from items`,
);
