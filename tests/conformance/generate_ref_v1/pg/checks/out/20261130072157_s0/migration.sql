CREATE TABLE "prices" (
	"id" integer PRIMARY KEY,
	"amount" integer NOT NULL
);
