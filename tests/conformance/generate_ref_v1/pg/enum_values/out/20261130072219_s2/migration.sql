ALTER TABLE "alerts" ALTER COLUMN "level" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "level";--> statement-breakpoint
CREATE TYPE "level" AS ENUM('low', 'high', 'critical');--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" SET DATA TYPE "level" USING "level"::"level";--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "level" SET DEFAULT 'low'::"level";