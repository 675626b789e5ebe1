import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer().primaryKey(), note: text(), extra: integer() });
