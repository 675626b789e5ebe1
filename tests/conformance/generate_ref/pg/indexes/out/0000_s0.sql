CREATE TABLE "events" (
	"id" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb,
	"happened_at" timestamp,
	"score" integer
);
