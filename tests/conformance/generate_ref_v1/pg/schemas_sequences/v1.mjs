import { integer, pgSchema, pgSequence, pgTable } from "drizzle-orm/pg-core";

export const billing = pgSchema("billing");
export const mood = billing.enum("mood", ["ok", "meh", "great"]);
export const order_no = pgSequence("order_no", { startWith: 1000, maxValue: 99999, cache: 20 });
export const invoice_no = billing.sequence("invoice_no", { increment: 5, cycle: true });
export const ticket_no = pgSequence("ticket_no", { increment: -1 });

export const invoices = billing.table("invoices", {
  id: integer().primaryKey(),
  mood: mood(),
});

export const plain = pgTable("plain", { id: integer().primaryKey() });
