CREATE TABLE "items" (
	"id" integer PRIMARY KEY,
	"qty" integer DEFAULT 1,
	"code" varchar(32),
	"status" text DEFAULT 'new'
);
