// views v0 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const people = mysqlTable("people", { id: int().primaryKey(), active: boolean().notNull() });
