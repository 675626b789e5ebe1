// The seed's users/posts/comments schema for PostgreSQL; mirrored by tests/schemas/pg.py.
import { index, integer, pgEnum, pgTable, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";

export const rolesEnum = pgEnum("roles", ["guest", "user", "admin"]);

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    firstName: varchar("first_name", { length: 256 }),
    lastName: varchar("last_name", { length: 256 }),
    email: varchar().notNull(),
    invitee: integer().references(() => users.id, { onDelete: "set null" }),
    role: rolesEnum().default("guest"),
    createdAt: timestamp("created_at").defaultNow().notNull(),
  },
  (t) => [uniqueIndex("email_idx").on(t.email)],
);

export const posts = pgTable(
  "posts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: varchar().$default(() => "fixed-slug"),
    title: varchar({ length: 256 }),
    ownerId: integer("owner_id").references(() => users.id),
  },
  (t) => [uniqueIndex("slug_idx").on(t.slug), index("title_idx").on(t.title)],
);

export const comments = pgTable("comments", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  text: varchar({ length: 256 }),
  postId: integer("post_id").references(() => posts.id),
  ownerId: integer("owner_id").references(() => users.id),
});
