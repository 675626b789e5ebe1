// cheap dropped.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, sqliteView, text } from "drizzle-orm/sqlite-core";

export const items = sqliteTable("items", { id: integer().primaryKey(), name: text(), price: integer() });

export const totals = sqliteView("totals", { n: integer(), total: integer() }).as(
  sql`select count(*) as n, sum(price) as total from items`,
);
