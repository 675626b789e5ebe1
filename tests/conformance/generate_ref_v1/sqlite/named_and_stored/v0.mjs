// drizzle-kit 1.0 specifics: named primary key, unique and foreign key; a column unique()
// that an index on the same column cancels; timestamp, blob and escaped text defaults.
import { sql } from "drizzle-orm";
import { blob, foreignKey, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const authors = sqliteTable("authors", {
  id: integer().primaryKey(),
  email: text().unique("authors_email_key"),
});

export const posts = sqliteTable(
  "posts",
  { id: integer(), authorId: integer(), title: text(), slug: text().unique() },
  (t) => [
    primaryKey({ name: "posts_pkey", columns: [t.id] }),
    foreignKey({ name: "posts_author_fk", columns: [t.authorId], foreignColumns: [authors.id] }).onDelete("cascade"),
    index("posts_slug_idx").on(t.slug),
  ],
);

export const stamps = sqliteTable("stamps", {
  id: integer().primaryKey(),
  at: integer({ mode: "timestamp" }).default(new Date("2024-01-02T03:04:05Z")),
  raw: blob().default(Buffer.from("hi")),
  note: text().default("a\\b 'q'"),
});

export const tags = sqliteTable("tags", { id: integer().primaryKey(), label: text() }, (t) => [
  index("tags_label_idx").on(t.label),
]);
