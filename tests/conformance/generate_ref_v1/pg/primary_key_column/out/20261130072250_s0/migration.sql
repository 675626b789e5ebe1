CREATE TABLE "codes" (
	"id" integer NOT NULL,
	"label" text
);
