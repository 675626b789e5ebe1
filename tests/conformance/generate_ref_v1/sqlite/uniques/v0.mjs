// unique() on columns and tables: added (unique indexes), renamed, dropped.
import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";

export const accounts = sqliteTable("accounts", { id: integer().primaryKey(), email: text(), code: text(), region: text() });
