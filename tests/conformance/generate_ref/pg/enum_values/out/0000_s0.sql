CREATE TYPE "public"."level" AS ENUM('low', 'high');--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" integer PRIMARY KEY NOT NULL,
	"level" "level" DEFAULT 'low' NOT NULL
);
