// The seed's schema for MySQL; mirrored by tests/schemas/mysql.py.
import { index, int, mysqlEnum, mysqlTable, timestamp, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const users = mysqlTable(
  "users",
  {
    id: int().primaryKey().autoincrement(),
    firstName: varchar("first_name", { length: 256 }),
    lastName: varchar("last_name", { length: 256 }),
    email: varchar({ length: 256 }).notNull(),
    invitee: int().references(() => users.id, { onDelete: "set null" }),
    role: mysqlEnum(["guest", "user", "admin"]).default("guest"),
    createdAt: timestamp("created_at").defaultNow().notNull(),
  },
  (t) => [uniqueIndex("email_idx").on(t.email)],
);

export const posts = mysqlTable(
  "posts",
  {
    id: int().primaryKey().autoincrement(),
    slug: varchar({ length: 256 }).$default(() => "fixed-slug"),
    title: varchar({ length: 256 }),
    ownerId: int("owner_id").references(() => users.id),
  },
  (t) => [uniqueIndex("slug_idx").on(t.slug), index("title_idx").on(t.title)],
);

export const comments = mysqlTable("comments", {
  id: int().primaryKey().autoincrement(),
  text: varchar({ length: 256 }),
  postId: int("post_id").references(() => posts.id),
  ownerId: int("owner_id").references(() => users.id),
});
