CREATE SCHEMA "archive";
--> statement-breakpoint
CREATE TABLE "archive"."records" (
	"id" integer PRIMARY KEY NOT NULL,
	"keep_id" integer
);
--> statement-breakpoint
ALTER TABLE "archive"."records" ADD CONSTRAINT "records_keep_id_keep_id_fk" FOREIGN KEY ("keep_id") REFERENCES "public"."keep"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "records_keep_idx" ON "archive"."records" USING btree ("keep_id");