// DDL details drizzle-kit writes: enum order across schemas, a qualified partial-index condition.
import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const custom = pgSchema("custom");
export const zeta = pgEnum("zeta", ["z1", "z2"]);
export const alpha = custom.enum("alpha", ["a1", "a2"]);
export const beta = pgEnum("beta", ["b1"]);

export const projects = custom.table(
  "projects",
  {
    id: integer().primaryKey(),
    status: text().notNull(),
    kind: alpha(),
    stage: zeta(),
    level: beta(),
  },
  (t) => [index("active_idx").on(t.id).where(sql`${t.status} <> 'b'`)],
);
