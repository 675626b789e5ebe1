DROP TABLE "old_log" CASCADE;--> statement-breakpoint
ALTER TABLE "keep" ADD COLUMN "extra" integer;