ALTER TABLE "boxes" DROP COLUMN "area";--> statement-breakpoint
ALTER TABLE "boxes" ADD COLUMN "area" integer GENERATED ALWAYS AS (w * h) STORED;