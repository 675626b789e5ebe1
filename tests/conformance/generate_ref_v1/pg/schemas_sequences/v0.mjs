import { integer, pgSchema, pgSequence, pgTable } from "drizzle-orm/pg-core";

export const billing = pgSchema("billing");
export const mood = billing.enum("mood", ["ok", "meh"]);
export const order_no = pgSequence("order_no", { startWith: 1000 });
export const invoice_no = billing.sequence("invoice_no", { increment: 5, cycle: true });

export const invoices = billing.table("invoices", {
  id: integer().primaryKey(),
  mood: mood(),
});

export const plain = pgTable("plain", { id: integer().primaryKey() });
