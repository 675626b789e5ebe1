// categories created, with indexes and a foreign key to an existing table.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const categories = sqliteTable(
  "categories",
  {
    id: integer().primaryKey(),
    slug: text().notNull().unique(),
    ownerId: integer("owner_id").references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("categories_owner_idx").on(t.ownerId), uniqueIndex("categories_slug_owner").on(t.slug, t.ownerId)],
);

export const posts = sqliteTable("posts", {
  id: integer().primaryKey({ autoIncrement: true }),
  title: text().notNull(),
  userId: integer("user_id").references(() => users.id),
});

export const users = sqliteTable("users", { id: integer().primaryKey(), name: text() });
