// tags dropped.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const posts = sqliteTable("posts", {
  id: integer().primaryKey({ autoIncrement: true }),
  title: text().notNull(),
  userId: integer("user_id").references(() => users.id),
});

export const users = sqliteTable("users", { id: integer().primaryKey(), name: text() });
