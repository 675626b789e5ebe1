// posts gains editorId with a named foreign key (added in place) and a VIRTUAL generated
// titleLen; stamps gains a STORED generated column (recreated); tags dropped with its index.
import { sql } from "drizzle-orm";
import { blob, foreignKey, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const authors = sqliteTable("authors", {
  id: integer().primaryKey(),
  email: text().unique("authors_email_key"),
});

export const posts = sqliteTable(
  "posts",
  {
    id: integer(),
    authorId: integer(),
    title: text(),
    slug: text().unique(),
    editorId: integer(),
    titleLen: integer().generatedAlwaysAs(sql`length("title")`, { mode: "virtual" }),
  },
  (t) => [
    primaryKey({ name: "posts_pkey", columns: [t.id] }),
    foreignKey({ name: "posts_author_fk", columns: [t.authorId], foreignColumns: [authors.id] }).onDelete("cascade"),
    foreignKey({ name: "posts_editor_fk", columns: [t.editorId], foreignColumns: [authors.id] }).onUpdate("restrict"),
    index("posts_slug_idx").on(t.slug),
  ],
);

export const stamps = sqliteTable("stamps", {
  id: integer().primaryKey(),
  at: integer({ mode: "timestamp" }).default(new Date("2024-01-02T03:04:05Z")),
  raw: blob().default(Buffer.from("hi")),
  note: text().default("a\\b 'q'"),
  doubled: integer().generatedAlwaysAs(sql`"id" * 2`, { mode: "stored" }),
});
