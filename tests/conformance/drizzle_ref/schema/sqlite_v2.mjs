// Second version (adds users.bio and table tags) of the seed's schema for SQLite; mirrored by tests/schemas/sqlite.py.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const users = sqliteTable(
  "users",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    firstName: text("first_name", { length: 256 }),
    lastName: text("last_name", { length: 256 }),
    email: text().notNull(),
    invitee: integer().references(() => users.id, { onDelete: "set null" }),
    role: text({ enum: ["guest", "user", "admin"] }).default("guest"),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    bio: text(),
  },
  (t) => [uniqueIndex("email_idx").on(t.email)],
);

export const posts = sqliteTable(
  "posts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().$default(() => "fixed-slug"),
    title: text({ length: 256 }),
    ownerId: integer("owner_id").references(() => users.id),
  },
  (t) => [uniqueIndex("slug_idx").on(t.slug), index("title_idx").on(t.title)],
);

export const comments = sqliteTable("comments", {
  id: integer().primaryKey({ autoIncrement: true }),
  text: text({ length: 256 }),
  postId: integer("post_id").references(() => posts.id),
  ownerId: integer("owner_id").references(() => users.id),
});

export const tags = sqliteTable("tags", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text({ length: 64 }).notNull().unique(),
});
