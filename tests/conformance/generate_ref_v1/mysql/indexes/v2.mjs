// indexes v2 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const posts = mysqlTable("posts", {
  id: int().primaryKey(),
  title: varchar({ length: 100 }),
  slug: varchar({ length: 100 }),
  body: text(),
});
