CREATE TABLE "handles" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text,
	"domain" text,
	"local" text,
	CONSTRAINT "handles_name_unique" UNIQUE("name")
);
