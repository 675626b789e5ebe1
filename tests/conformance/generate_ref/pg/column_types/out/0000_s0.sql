CREATE TABLE "items" (
	"id" integer PRIMARY KEY NOT NULL,
	"qty" integer DEFAULT 1,
	"code" varchar(32),
	"status" text DEFAULT 'new'
);
