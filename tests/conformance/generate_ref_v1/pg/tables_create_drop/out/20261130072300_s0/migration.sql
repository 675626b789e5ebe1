CREATE TABLE "keep" (
	"id" integer PRIMARY KEY,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "old_log" (
	"id" integer PRIMARY KEY,
	"line" text
);
