// Enums in public and in another schema: drizzle-kit writes the public ones first.
import { pgEnum, pgSchema, pgTable, integer } from "drizzle-orm/pg-core";

export const aaa = pgSchema("aaa");
export const zeta = aaa.enum("zeta", ["z1", "z2"]);
export const omega = pgEnum("omega", ["o"]);
export const alpha = pgEnum("alpha", ["a"]);
export const things = aaa.table("things", { id: integer().primaryKey(), z: zeta(), a: alpha() });
