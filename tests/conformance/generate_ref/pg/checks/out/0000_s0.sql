CREATE TABLE "prices" (
	"id" integer PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL
);
