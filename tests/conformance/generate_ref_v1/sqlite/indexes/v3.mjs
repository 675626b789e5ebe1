// Every index dropped.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const docs = sqliteTable("docs", { id: integer().primaryKey(), a: text(), b: text(), c: integer() });
