// uniques_and_checks v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const users = mysqlTable("users", {
  id: int().primaryKey(),
  email: varchar({ length: 100 }).unique(),
  a: int(),
  b: int(),
  age: int(),
}, (t) => [unique("a_b_unique").on(t.a, t.b), check("age_check", sql`${t.age} > 0`)]);
