import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const handles = pgTable("handles", {
  id: integer().primaryKey(),
  name: text(),
  domain: text(),
  local: text(),
}, (t) => [unique().on(t.domain, t.local)]);
