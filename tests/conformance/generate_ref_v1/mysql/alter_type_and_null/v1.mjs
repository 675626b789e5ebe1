// alter_type_and_null v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const items = mysqlTable("items", {
  id: int().primaryKey(),
  qty: bigint({ mode: "number" }),
  label: varchar({ length: 128 }).notNull(),
  price: int().notNull().default(0),
});
