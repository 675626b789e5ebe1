// Five indexes added to docs.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, unique, uniqueIndex } from "drizzle-orm/sqlite-core";

export const docs = sqliteTable(
  "docs",
  { id: integer().primaryKey(), a: text(), b: text().unique(), c: integer() },
  (t) => [
    index("docs_a_idx").on(t.a),
    uniqueIndex("docs_a_c_idx").on(t.a, t.c),
    index("docs_c_partial").on(t.c).where(sql`${t.c} > 0`),
    index("docs_lower_a").on(sql`lower(${t.a})`),
    unique("docs_b_c_unique").on(t.b, t.c),
  ],
);
