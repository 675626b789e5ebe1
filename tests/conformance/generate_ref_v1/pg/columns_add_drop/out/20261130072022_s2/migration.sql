ALTER TABLE "people" DROP COLUMN "nickname";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "age";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "seq";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "name_upper";