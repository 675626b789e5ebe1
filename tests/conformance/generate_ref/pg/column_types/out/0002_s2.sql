ALTER TABLE "items" ALTER COLUMN "code" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DEFAULT 'new';