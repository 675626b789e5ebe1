import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  id: integer().primaryKey(),
  name: text().notNull(),
  nickname: text(),
  age: integer(),
  email: varchar({ length: 256 }),
  verified: boolean().default(false).notNull(),
  seq: integer().generatedByDefaultAsIdentity({ startWith: 10 }),
  name_upper: text().generatedAlwaysAs(sql`upper(name)`),
});
