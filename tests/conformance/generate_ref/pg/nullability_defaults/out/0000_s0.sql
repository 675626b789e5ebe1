CREATE TABLE "notes" (
	"id" integer PRIMARY KEY NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"pinned" boolean,
	"rank" integer DEFAULT 5,
	"color" text DEFAULT 'blue'
);
