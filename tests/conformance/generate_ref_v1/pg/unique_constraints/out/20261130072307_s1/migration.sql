ALTER TABLE "handles" ADD CONSTRAINT "handles_domain_local_unique" UNIQUE NULLS NOT DISTINCT("domain","local");--> statement-breakpoint
ALTER TABLE "handles" DROP CONSTRAINT "handles_name_key";--> statement-breakpoint
ALTER TABLE "handles" ADD CONSTRAINT "handles_name_key" UNIQUE NULLS NOT DISTINCT("name");