DROP VIEW "active_products";--> statement-breakpoint
ALTER MATERIALIZED VIEW "price_stats" SET (fillfactor = 70);--> statement-breakpoint
CREATE VIEW "cheap_products" WITH (check_option = local, security_barrier = true) AS (select "products"."id", "products"."name" from "products" where "products"."price" < 10);--> statement-breakpoint
CREATE VIEW "active_products" AS (select "id", "name" from "products" where "products"."price" > 0);