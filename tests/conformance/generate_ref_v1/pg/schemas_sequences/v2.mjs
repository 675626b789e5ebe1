import { integer, pgSequence, pgTable } from "drizzle-orm/pg-core";

export const order_no = pgSequence("order_no", { startWith: 1000, maxValue: 99999, cache: 20 });

export const plain = pgTable("plain", { id: integer().primaryKey() });
