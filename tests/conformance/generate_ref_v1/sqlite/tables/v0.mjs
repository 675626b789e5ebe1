// Tables created, then one dropped, then one more created (no version both drops and creates).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const posts = sqliteTable("posts", {
  id: integer().primaryKey({ autoIncrement: true }),
  title: text().notNull(),
  userId: integer("user_id").references(() => users.id),
});

export const tags = sqliteTable("tags", { id: integer().primaryKey(), label: text() });

export const users = sqliteTable("users", { id: integer().primaryKey(), name: text() });
