CREATE TYPE "item_status" AS ENUM('new', 'done');--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "qty" SET DATA TYPE bigint USING "qty"::bigint;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "code" SET DATA TYPE varchar(64) USING "code"::varchar(64);--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DATA TYPE "item_status" USING "status"::"item_status";--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DEFAULT 'new'::"item_status";