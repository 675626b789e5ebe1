CREATE TABLE "products" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"price" integer
);
--> statement-breakpoint
CREATE VIEW "public"."active_products" AS (select "id", "name" from "products" where "products"."active" = true);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."price_stats" AS (select sum("products"."price") as total from "products");