CREATE TABLE "authors" (
	"id" serial PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" serial PRIMARY KEY,
	"author_id" integer,
	"editor_id" integer
);
--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_author_id_authors_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors"("id");