CREATE TABLE "notes" (
	"id" integer PRIMARY KEY,
	"title" text,
	"body" text NOT NULL,
	"pinned" boolean,
	"rank" integer DEFAULT 5,
	"color" text DEFAULT 'blue'
);
