DROP TABLE "billing"."invoices" CASCADE;--> statement-breakpoint
DROP TYPE "billing"."mood";--> statement-breakpoint
DROP SEQUENCE "billing"."invoice_no";--> statement-breakpoint
DROP SEQUENCE "public"."ticket_no";--> statement-breakpoint
DROP SCHEMA "billing";
