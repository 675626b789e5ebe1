DROP MATERIALIZED VIEW "public"."price_stats";--> statement-breakpoint
ALTER VIEW "public"."cheap_products" SET (security_invoker = true);--> statement-breakpoint
ALTER VIEW "public"."cheap_products" RESET (security_barrier);--> statement-breakpoint
ALTER VIEW "public"."cheap_products" SET (check_option = cascaded);