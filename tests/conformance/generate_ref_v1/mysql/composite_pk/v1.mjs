// composite_pk v1 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const members = mysqlTable("members", {
  groupId: int("group_id").notNull(),
  userId: int("user_id").notNull(),
  role: varchar({ length: 20 }).notNull(),
}, (t) => [primaryKey({ columns: [t.groupId, t.userId, t.role] })]);
