import { eq, sql } from "drizzle-orm";
import { boolean, integer, pgMaterializedView, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const products = pgTable("products", {
  id: integer().primaryKey(),
  name: text().notNull(),
  active: boolean().default(true).notNull(),
  price: integer(),
});

export const active_products = pgView("active_products").as((qb) =>
  qb.select({ id: products.id, name: products.name }).from(products).where(eq(products.active, true)),
);

export const price_stats = pgMaterializedView("price_stats", { total: integer() }).as(
  sql`select sum(${products.price}) as total from ${products}`,
);
