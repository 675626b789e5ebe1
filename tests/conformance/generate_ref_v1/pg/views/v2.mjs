import { gt, sql } from "drizzle-orm";
import { boolean, integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const products = pgTable("products", {
  id: integer().primaryKey(),
  name: text().notNull(),
  active: boolean().default(true).notNull(),
  price: integer(),
});

export const active_products = pgView("active_products").as((qb) =>
  qb.select({ id: products.id, name: products.name }).from(products).where(gt(products.price, 0)),
);

export const cheap_products = pgView("cheap_products", { id: integer(), name: text() }).with({ checkOption: "cascaded", securityInvoker: true }).as(
  sql`select ${products.id}, ${products.name} from ${products} where ${products.price} < 10`,
);
