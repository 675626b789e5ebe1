// Indexes added (plain, unique, partial, expression, column unique(), table unique()), changed, dropped.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, unique, uniqueIndex } from "drizzle-orm/sqlite-core";

export const docs = sqliteTable("docs", { id: integer().primaryKey(), a: text(), b: text(), c: integer() });
