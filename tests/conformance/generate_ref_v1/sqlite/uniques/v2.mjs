// email's unique gets a name; the pair becomes (code) only, named.
import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";

export const accounts = sqliteTable(
  "accounts",
  { id: integer().primaryKey(), email: text().unique("accounts_email_key"), code: text(), region: text() },
  (t) => [unique("accounts_code_key").on(t.code)],
);
