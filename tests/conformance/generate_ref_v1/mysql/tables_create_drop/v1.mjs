// tables_create_drop v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const a = mysqlTable("a", { id: int().primaryKey() });
export const b = mysqlTable("b", { id: int().primaryKey(), aId: int("a_id").references(() => a.id) }, (t) => [index("b_a_idx").on(t.aId)]);
