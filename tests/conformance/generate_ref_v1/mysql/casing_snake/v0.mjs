// casing_snake v0 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const users = mysqlTable("users", {
  id: int().primaryKey(),
  firstName: varchar({ length: 50 }),
  lastLogin: timestamp(),
}, (t) => [index("users_first_name_idx").on(t.firstName)]);
