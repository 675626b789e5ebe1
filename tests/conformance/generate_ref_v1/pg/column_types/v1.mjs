import { bigint, integer, pgEnum, pgTable, varchar } from "drizzle-orm/pg-core";

export const item_status = pgEnum("item_status", ["new", "done"]);

export const items = pgTable("items", {
  id: integer().primaryKey(),
  qty: bigint({ mode: "number" }).default(1),
  code: varchar({ length: 64 }),
  status: item_status().default("new"),
});
