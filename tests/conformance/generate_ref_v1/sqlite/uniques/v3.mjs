// Every unique dropped.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const accounts = sqliteTable("accounts", { id: integer().primaryKey(), email: text(), code: text(), region: text() });
