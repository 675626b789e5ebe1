// email unique(), (code, region) unique.
import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";

export const accounts = sqliteTable(
  "accounts",
  { id: integer().primaryKey(), email: text().unique(), code: text(), region: text() },
  (t) => [unique().on(t.code, t.region)],
);
