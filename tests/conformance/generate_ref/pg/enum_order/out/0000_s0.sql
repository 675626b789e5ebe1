CREATE SCHEMA "aaa";
--> statement-breakpoint
CREATE TYPE "public"."alpha" AS ENUM('a');--> statement-breakpoint
CREATE TYPE "public"."omega" AS ENUM('o');--> statement-breakpoint
CREATE TYPE "aaa"."zeta" AS ENUM('z1', 'z2');--> statement-breakpoint
CREATE TABLE "aaa"."things" (
	"id" integer PRIMARY KEY NOT NULL,
	"z" "aaa"."zeta",
	"a" "alpha"
);
