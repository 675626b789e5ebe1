ALTER TABLE "items" ALTER COLUMN "code" SET DATA TYPE text USING "code"::text;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DATA TYPE text USING "status"::text;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DEFAULT 'new';