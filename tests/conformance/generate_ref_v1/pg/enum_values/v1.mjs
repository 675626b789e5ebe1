import { integer, pgEnum, pgTable } from "drizzle-orm/pg-core";

export const level = pgEnum("level", ["low", "medium", "high", "critical"]);

export const alerts = pgTable("alerts", {
  id: integer().primaryKey(),
  level: level().default("low").notNull(),
});
