DROP MATERIALIZED VIEW "price_stats";--> statement-breakpoint
ALTER VIEW "cheap_products" SET (check_option = cascaded, security_invoker = true);--> statement-breakpoint
ALTER VIEW "cheap_products" RESET (security_barrier);