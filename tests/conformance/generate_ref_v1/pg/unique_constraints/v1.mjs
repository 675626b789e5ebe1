import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const handles = pgTable("handles", {
  id: integer().primaryKey(),
  name: text().unique("handles_name_key", { nulls: "not distinct" }),
  domain: text(),
  local: text(),
}, (t) => [unique().on(t.domain, t.local).nullsNotDistinct()]);
