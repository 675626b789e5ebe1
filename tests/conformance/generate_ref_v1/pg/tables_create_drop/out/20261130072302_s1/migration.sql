DROP TABLE "old_log";--> statement-breakpoint
ALTER TABLE "keep" ADD COLUMN "extra" integer;