CREATE TABLE "tickets" (
	"id" integer NOT NULL,
	"num" integer NOT NULL,
	"label" text
);
