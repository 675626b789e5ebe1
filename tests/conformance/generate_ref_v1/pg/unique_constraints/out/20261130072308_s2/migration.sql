ALTER TABLE "handles" DROP CONSTRAINT "handles_name_key";--> statement-breakpoint
ALTER TABLE "handles" DROP CONSTRAINT "handles_domain_local_unique";--> statement-breakpoint
ALTER TABLE "handles" ADD CONSTRAINT "handles_domain_local_unique" UNIQUE("domain","local");