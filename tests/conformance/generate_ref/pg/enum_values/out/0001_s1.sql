ALTER TYPE "public"."level" ADD VALUE 'medium' BEFORE 'high';--> statement-breakpoint
ALTER TYPE "public"."level" ADD VALUE 'critical';