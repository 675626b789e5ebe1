ALTER TABLE "prices" DROP CONSTRAINT "amount_positive";--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "amount_small" CHECK ("prices"."amount" < 1000000);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "amount_positive" CHECK ("prices"."amount" >= 1);