// alter_defaults v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const t = mysqlTable("t", {
  id: int().primaryKey(),
  a: int().default(3),
  b: varchar({ length: 10 }).default("y"),
  c: int(),
});
