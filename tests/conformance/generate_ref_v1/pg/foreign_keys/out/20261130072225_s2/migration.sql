ALTER TABLE "books" DROP CONSTRAINT "books_author_id_authors_id_fkey";--> statement-breakpoint
ALTER TABLE "books" DROP CONSTRAINT "books_editor_fk";