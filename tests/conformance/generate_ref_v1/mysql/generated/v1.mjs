// generated v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const p = mysqlTable("p", {
  id: int().primaryKey(),
  first: varchar({ length: 50 }),
  last: varchar({ length: 50 }),
  full: varchar({ length: 101 }).generatedAlwaysAs(sql`concat(first, ' ', last)`, { mode: "stored" }),
  initials: varchar({ length: 2 }).generatedAlwaysAs(sql`concat(left(first, 1), left(last, 1))`),
});
