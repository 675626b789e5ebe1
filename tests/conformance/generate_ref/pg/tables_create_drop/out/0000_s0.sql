CREATE TABLE "keep" (
	"id" integer PRIMARY KEY NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "old_log" (
	"id" integer PRIMARY KEY NOT NULL,
	"line" text
);
