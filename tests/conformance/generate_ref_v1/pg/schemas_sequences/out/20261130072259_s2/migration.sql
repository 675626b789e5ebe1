DROP TABLE "billing"."invoices";--> statement-breakpoint
DROP TYPE "billing"."mood";--> statement-breakpoint
DROP SEQUENCE "billing"."invoice_no";--> statement-breakpoint
DROP SEQUENCE "public"."ticket_no";--> statement-breakpoint
DROP SCHEMA "billing";
