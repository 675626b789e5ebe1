// views v2 (see ../../README.md)
import { sql, eq } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey, text, timestamp, unique, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const people = mysqlTable("people", { id: int().primaryKey(), active: boolean().notNull() });
export const activePeople = mysqlView("active_people").as((qb) => qb.select().from(people).where(eq(people.active, false)));
export const allPeople = mysqlView("all_people").algorithm("temptable").sqlSecurity("invoker").as((qb) => qb.select({ id: people.id }).from(people));
