// Every kind of declaration drizzle-kit serialises for SQLite, created on an empty folder.
import { sql } from "drizzle-orm";
import {
  blob,
  check,
  foreignKey,
  index,
  integer,
  numeric,
  primaryKey,
  real,
  sqliteTable,
  sqliteView,
  text,
  unique,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

export const authors = sqliteTable(
  "authors",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text({ length: 100 }).notNull(),
    email: text().notNull().unique(),
    nickname: text().unique("authors_nick_key"),
    age: integer(),
    active: integer({ mode: "boolean" }).default(true),
    score: real().default(1.5),
    rank: integer().default(0),
    bio: text().default("it's me"),
    meta: text({ mode: "json" }).default({ a: 1 }),
    avatar: blob(),
    price: numeric(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    nameLen: integer("name_len").generatedAlwaysAs(sql`length("name")`, { mode: "virtual" }),
    upperName: text("upper_name").generatedAlwaysAs(sql`upper("name")`, { mode: "stored" }),
  },
  (t) => [
    check("age_check", sql`${t.age} >= 0`),
    unique().on(t.name, t.age),
    index("authors_lower_email_idx").on(sql`lower(${t.email})`),
    uniqueIndex("authors_name_idx").on(t.name).where(sql`${t.active} = 1`),
    index("authors_age_rank_idx").on(t.age, t.rank),
  ],
);

export const books = sqliteTable("books", {
  id: integer().primaryKey(),
  title: text().notNull(),
  authorId: integer("author_id").references(() => authors.id, { onDelete: "cascade", onUpdate: "restrict" }),
});

export const bookTags = sqliteTable(
  "book_tags",
  {
    bookId: integer("book_id").notNull(),
    tag: text().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.bookId, t.tag] }),
    foreignKey({ columns: [t.bookId], foreignColumns: [books.id], name: "tags_book_fk" }).onDelete("set null"),
    unique("book_tags_note_unique_c").on(t.note),
  ],
);

export const adults = sqliteView("adults").as((qb) =>
  qb.select({ id: authors.id, name: authors.name }).from(authors).where(sql`${authors.age} > 17`),
);

export const bookCount = sqliteView("book_count", { n: integer() }).as(sql`select count(*) as n from books`);
