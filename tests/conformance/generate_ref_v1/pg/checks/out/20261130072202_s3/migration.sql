ALTER TABLE "prices" DROP CONSTRAINT "amount_positive";--> statement-breakpoint
ALTER TABLE "prices" DROP CONSTRAINT "amount_small";