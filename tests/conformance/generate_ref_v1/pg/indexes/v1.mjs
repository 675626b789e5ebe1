import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const events = pgTable("events", {
  id: integer().primaryKey(),
  kind: text().notNull(),
  payload: jsonb(),
  happened_at: timestamp(),
  score: integer(),
}, (t) => [
  index().on(t.kind),
  uniqueIndex("events_kind_time_idx").on(t.kind, t.happened_at.desc()),
  index("events_score_idx").on(t.score.desc().nullsLast()).where(sql`${t.score} > 0`),
  index("events_payload_idx").using("gin", t.payload),
  index("events_lower_kind_idx").on(sql`lower(${t.kind})`),
  index("events_time_idx").on(t.happened_at.asc().nullsFirst()),
]);
