CREATE TABLE "handles" (
	"id" integer PRIMARY KEY,
	"name" text UNIQUE,
	"domain" text,
	"local" text
);
