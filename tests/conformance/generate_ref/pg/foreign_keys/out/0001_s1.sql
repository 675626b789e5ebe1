ALTER TABLE "books" DROP CONSTRAINT "books_author_id_authors_id_fk";
--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_editor_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE restrict;