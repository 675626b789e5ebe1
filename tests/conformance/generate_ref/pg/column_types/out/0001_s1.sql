CREATE TYPE "public"."item_status" AS ENUM('new', 'done');--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "qty" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "qty" SET DEFAULT 1;--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "code" SET DATA TYPE varchar(64);--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."item_status";--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "status" SET DATA TYPE "public"."item_status" USING "status"::"public"."item_status";