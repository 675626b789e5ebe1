CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TYPE "billing"."mood" AS ENUM('ok', 'meh');--> statement-breakpoint
CREATE SEQUENCE "billing"."invoice_no" INCREMENT BY 5 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE SEQUENCE "public"."order_no" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" integer PRIMARY KEY,
	"mood" "billing"."mood"
);
--> statement-breakpoint
CREATE TABLE "plain" (
	"id" integer PRIMARY KEY
);
