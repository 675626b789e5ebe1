CREATE SCHEMA "custom";
--> statement-breakpoint
CREATE TYPE "custom"."alpha" AS ENUM('a1', 'a2');--> statement-breakpoint
CREATE TYPE "public"."beta" AS ENUM('b1');--> statement-breakpoint
CREATE TYPE "public"."zeta" AS ENUM('z1', 'z2');--> statement-breakpoint
CREATE TABLE "custom"."projects" (
	"id" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"kind" "custom"."alpha",
	"stage" "zeta",
	"level" "beta"
);
--> statement-breakpoint
CREATE INDEX "active_idx" ON "custom"."projects" USING btree ("id") WHERE "custom"."projects"."status" <> 'b';