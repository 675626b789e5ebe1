ALTER TABLE "alerts" ALTER COLUMN "level" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" SET DEFAULT 'low'::text;--> statement-breakpoint
DROP TYPE "public"."level";--> statement-breakpoint
CREATE TYPE "public"."level" AS ENUM('low', 'high', 'critical');--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" SET DEFAULT 'low'::"public"."level";--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" SET DATA TYPE "public"."level" USING "level"::"public"."level";