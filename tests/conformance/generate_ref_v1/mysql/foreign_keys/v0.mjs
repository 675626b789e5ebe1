// foreign_keys v0 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const users = mysqlTable("users", { id: int().primaryKey() });
export const posts = mysqlTable("posts", {
  id: int().primaryKey(),
  authorId: int("author_id"),
  editorId: int("editor_id").references(() => users.id),
});
