CREATE SCHEMA "archive";
--> statement-breakpoint
CREATE TABLE "archive"."records" (
	"id" integer PRIMARY KEY,
	"keep_id" integer
);
--> statement-breakpoint
CREATE INDEX "records_keep_idx" ON "archive"."records" ("keep_id");--> statement-breakpoint
ALTER TABLE "archive"."records" ADD CONSTRAINT "records_keep_id_keep_id_fkey" FOREIGN KEY ("keep_id") REFERENCES "keep"("id") ON DELETE CASCADE;