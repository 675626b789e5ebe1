CREATE TABLE "events" (
	"id" integer PRIMARY KEY,
	"kind" text NOT NULL,
	"payload" jsonb,
	"happened_at" timestamp,
	"score" integer
);
