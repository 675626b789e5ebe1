CREATE TABLE "boxes" (
	"id" integer PRIMARY KEY NOT NULL,
	"w" integer NOT NULL,
	"h" integer NOT NULL,
	"area" integer
);
