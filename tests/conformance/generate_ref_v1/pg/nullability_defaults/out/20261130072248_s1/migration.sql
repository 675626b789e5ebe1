ALTER TABLE "notes" ALTER COLUMN "title" SET DEFAULT 'untitled';--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "pinned" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "rank" SET DEFAULT 10 + 1;--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "color" DROP DEFAULT;