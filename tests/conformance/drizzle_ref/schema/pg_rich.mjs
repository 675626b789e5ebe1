// A richer PostgreSQL schema: pgSchema table, enum, sequence, jsonb, timestamps with defaultNow,
// uuid defaultRandom, text[], composite-PK junction table, FK cascade / set null, check, view.
// Mirrored by tests/schemas/pg_rich.py.
import { eq, sql } from "drizzle-orm";
import {
  boolean, check, foreignKey, integer, jsonb, pgEnum, pgSchema, pgSequence, pgTable, pgView,
  primaryKey, serial, text, timestamp, uuid, varchar,
} from "drizzle-orm/pg-core";

export const shop = pgSchema("shop");
export const orderStatus = pgEnum("order_status", ["new", "paid", "shipped"]);
export const invoiceNumbers = pgSequence("invoice_numbers", { startWith: 1000, increment: 1 });

export const customers = pgTable(
  "customers",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: varchar({ length: 320 }).notNull().unique(),
    profile: jsonb().default({}),
    tags: text().array().default(sql`'{}'::text[]`),
    active: boolean().default(true).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
  },
  (t) => [check("email_has_at", sql`${t.email} like '%@%'`)],
);

export const orders = shop.table("orders", {
  id: serial().primaryKey(),
  customerId: uuid("customer_id").references(() => customers.id, { onDelete: "cascade" }),
  referrerId: uuid("referrer_id").references(() => customers.id, { onDelete: "set null" }),
  status: orderStatus().default("new").notNull(),
  total: integer().notNull(),
});

export const products = pgTable("products", {
  id: serial().primaryKey(),
  name: text().notNull(),
});

export const orderItems = pgTable(
  "order_items",
  {
    orderId: integer("order_id").notNull(),
    productId: integer("product_id").notNull(),
    quantity: integer().default(1).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.productId] }),
    foreignKey({ columns: [t.orderId], foreignColumns: [orders.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.productId], foreignColumns: [products.id] }).onDelete("cascade"),
  ],
);

export const activeCustomers = pgView("active_customers").as((qb) =>
  qb.select({ id: customers.id, email: customers.email }).from(customers).where(eq(customers.active, true)),
);
