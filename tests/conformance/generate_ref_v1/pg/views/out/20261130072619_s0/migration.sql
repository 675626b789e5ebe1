CREATE TABLE "products" (
	"id" integer PRIMARY KEY,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"price" integer
);
--> statement-breakpoint
CREATE VIEW "active_products" AS (select "id", "name" from "products" where "products"."active" = true);--> statement-breakpoint
CREATE MATERIALIZED VIEW "price_stats" AS (select sum("products"."price") as total from "products");