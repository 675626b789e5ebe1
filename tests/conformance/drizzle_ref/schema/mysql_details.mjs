// DDL details drizzle-kit writes: text defaults in parentheses, view algorithm/security,
// booleans in a query-builder view.
import { eq } from "drizzle-orm";
import { boolean, int, mysqlTable, mysqlView, text } from "drizzle-orm/mysql-core";

export const people = mysqlTable("people", {
  id: int().primaryKey(),
  nick: text().default("anonymous"),
  active: boolean().notNull(),
});

export const activePeople = mysqlView("active_people")
  .algorithm("merge")
  .sqlSecurity("invoker")
  .as((qb) => qb.select().from(people).where(eq(people.active, true)));
