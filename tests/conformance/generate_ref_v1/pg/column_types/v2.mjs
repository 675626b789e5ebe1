import { bigint, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";

export const item_status = pgEnum("item_status", ["new", "done"]);

export const items = pgTable("items", {
  id: integer().primaryKey(),
  qty: bigint({ mode: "number" }).default(1),
  code: text(),
  status: text().default("new"),
});
