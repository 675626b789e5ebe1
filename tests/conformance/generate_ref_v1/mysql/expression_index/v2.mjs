// expression_index v2 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const posts = mysqlTable("posts", { id: int().primaryKey(), title: varchar({ length: 100 }) }, (t) => [
  index("lower_title_idx").on(sql`(lower(${t.title}))`),
  uniqueIndex("upper_title_idx").on(sql`(upper(${t.title}))`),
]);
export const other = mysqlTable("other", { id: int().primaryKey(), title: varchar({ length: 100 }) }, (t) => [
  index("other_lower_idx").on(sql`(lower(${t.title}))`),
]);
